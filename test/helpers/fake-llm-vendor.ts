import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the fake vendor does for one request. On 200, `text` is the model's answer, wrapped in the protocol of the
 * path asked; on an error status it is the error message.
 */
export interface ScriptedReply {
  status?: number;
  headers?: Record<string, string>;
  text?: string;
  delayMs?: number;
}

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export interface FakeLlmVendor {
  /** API root with its version segment, as the providers' `baseURL` expects. */
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export const FAKE_USAGE = { input: 321, output: 123 };

/**
 * A local server speaking OpenAI Responses (`/v1/responses`), Chat Completions (`/v1/chat/completions`)
 * and Anthropic Messages (`/v1/messages`). `script(n)` decides the reply to the n-th request (0-based).
 */
export async function startFakeLlmVendor(script: (index: number) => ScriptedReply): Promise<FakeLlmVendor> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
    const path = req.url ?? '';
    const reply = script(requests.length);
    requests.push({ path, headers: req.headers, body });
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (res.destroyed) return;
    const status = reply.status ?? 200;
    const payload = status === 200 ? protocolBody(path, body, reply.text ?? '') : errorBody(status, reply.text);
    res.writeHead(status, { 'content-type': 'application/json', ...reply.headers });
    res.end(JSON.stringify(payload));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function protocolBody(path: string, request: Record<string, unknown>, text: string): unknown {
  if (path === '/v1/responses') return responsesBody(text);
  if (path === '/v1/chat/completions') return chatCompletionBody(text);
  if (path === '/v1/messages') return anthropicBody(request, text);
  throw new Error(`fake vendor: unexpected path ${path}`);
}

function errorBody(status: number, message = `fake ${status}`): unknown {
  return { type: 'error', error: { type: status === 429 ? 'rate_limit_error' : 'api_error', message } };
}

function responsesBody(text: string): unknown {
  return {
    id: 'resp_fake',
    object: 'response',
    created_at: 1_764_000_000,
    status: 'completed',
    model: 'fake',
    output: [{ type: 'message', id: 'msg_fake', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text, annotations: [] }] }],
    usage: { input_tokens: FAKE_USAGE.input, output_tokens: FAKE_USAGE.output, input_tokens_details: { cached_tokens: 0 }, output_tokens_details: { reasoning_tokens: 0 } },
  };
}

function chatCompletionBody(text: string): unknown {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_764_000_000,
    model: 'fake',
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    usage: { prompt_tokens: FAKE_USAGE.input, completion_tokens: FAKE_USAGE.output, total_tokens: FAKE_USAGE.input + FAKE_USAGE.output },
  };
}

// The SDK asks older Claude models for JSON through a forced tool named "json"; a model can still answer in plain text.
function anthropicBody(request: Record<string, unknown>, text: string): unknown {
  const usesJsonTool = Array.isArray(request.tools) && request.tools.some((tool: { name?: string }) => tool.name === 'json');
  const toolInput = usesJsonTool ? parseOrNull(text) : null;
  const content = toolInput !== null ? [{ type: 'tool_use', id: 'toolu_fake', name: 'json', input: toolInput }] : [{ type: 'text', text }];
  return {
    id: 'msg_fake',
    type: 'message',
    role: 'assistant',
    model: 'fake',
    content,
    stop_reason: toolInput !== null ? 'tool_use' : 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: FAKE_USAGE.input, output_tokens: FAKE_USAGE.output },
  };
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
