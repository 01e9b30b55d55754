import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_ANALYZER_VERSION, createBuiltinAnalyzer } from '../../src/analysis/builtin/index.js';
import { createLlmAnalyzer, LLM_ANALYZER_VERSION } from '../../src/analysis/llm/llm-analyzer.js';
import type { LlmProvider } from '../../src/analysis/llm/language-model.js';
import { PROMPT_VERSION } from '../../src/analysis/llm/prompt.js';
import { analysisSchema, type Analysis, type AnalysisRecord } from '../../src/analysis/schema.js';
import { FAKE_USAGE, startFakeLlmVendor, type FakeLlmVendor, type ScriptedReply } from '../helpers/fake-llm-vendor.js';

const API_KEY = 'sk-test-NEVER-LEAK-4242';

const answer: Analysis = {
  response_type: 'high_value',
  sentiment: 'positive',
  key_insights: ['Wants a demo for the sales team'],
  opportunity_score: 4,
  follow_up_needed: true,
  product_interest: 'very_interested',
  action_items: ['Schedule a demo next Tuesday'],
  product_usage: 'Sends onboarding emails to 3 teams',
  monthly_volume: { amount: 20000, unit: 'email', period: 'month' },
  pain_points: [],
  flags: { auto_reply: false, unsubscribe: false, meeting_request: true, referral: false },
  language: 'en',
};

// The real built-in analyzer answers whenever the LLM cannot, as in production.
const fallback = createBuiltinAnalyzer();

const cases: { provider: LlmProvider; model: string; path: string }[] = [
  { provider: 'openai', model: 'gpt-4o-mini', path: '/v1/responses' },
  { provider: 'anthropic', model: 'claude-haiku-4-5', path: '/v1/messages' },
  { provider: 'openai-compatible', model: 'llama3.1:8b', path: '/v1/chat/completions' },
];

const input = { newText: 'Looks great. Can we book a demo next Tuesday? We send 20k emails a month.', sent: 'Hi Ana, how is the trial going?' };

let vendor: FakeLlmVendor | undefined;
afterEach(async () => {
  await vendor?.close();
  vendor = undefined;
});

async function analyzeWith(
  provider: LlmProvider,
  model: string,
  script: (index: number) => ScriptedReply,
  options: { timeoutMs?: number; maxRetries?: number } = {},
): Promise<{ record: AnalysisRecord; elapsedMs: number }> {
  vendor = await startFakeLlmVendor(script);
  const analyzer = createLlmAnalyzer({ provider, model, apiKey: API_KEY, baseUrl: vendor.baseUrl, fallback, ...options });
  const started = performance.now();
  const record = await analyzer.analyze(input);
  return { record, elapsedMs: performance.now() - started };
}

describe.each(cases)('$provider analyzer against a local fake vendor', ({ provider, model, path }) => {
  it('returns the model answer with provider, model, prompt version and usage', async () => {
    const { record } = await analyzeWith(provider, model, () => ({ text: JSON.stringify(answer) }));
    expect(record.result).toEqual(answer);
    expect(record).toMatchObject({
      analyzer: provider,
      analyzerVersion: LLM_ANALYZER_VERSION,
      model,
      promptVersion: PROMPT_VERSION,
      usage: { inputTokens: FAKE_USAGE.input, outputTokens: FAKE_USAGE.output },
      fallbackReason: null,
    });
    expect(record.latencyMs).toBeGreaterThanOrEqual(0);
    expect(vendor!.requests.map((request) => request.path)).toEqual([path]);
  });

  it('falls back with a reason when the answer is not JSON', async () => {
    const { record } = await analyzeWith(provider, model, () => ({ text: '{"response_type": "high_value", oops' }));
    expect(record).toMatchObject({ analyzer: 'builtin', analyzerVersion: BUILTIN_ANALYZER_VERSION, model: null, usage: null });
    expect(record.fallbackReason).toBe('schema: answer is not valid JSON');
    expect(analysisSchema.safeParse(record.result).success).toBe(true);
  });

  it('falls back when the answer breaks the schema', async () => {
    const { record } = await analyzeWith(provider, model, () => ({ text: JSON.stringify({ ...answer, opportunity_score: 9 }) }));
    expect(record.analyzer).toBe('builtin');
    expect(record.fallbackReason).toMatch(/^schema: opportunity_score: /);
  });

  it('retries after a 429 and uses the second answer', async () => {
    const { record } = await analyzeWith(provider, model, (index) =>
      index === 0 ? { status: 429, headers: { 'retry-after': '0' }, text: 'slow down' } : { text: JSON.stringify(answer) },
    );
    expect(vendor!.requests).toHaveLength(2);
    expect(record).toMatchObject({ analyzer: provider, fallbackReason: null, result: answer });
  });

  it('falls back after every attempt answers 500, backing off between them', async () => {
    const { record, elapsedMs } = await analyzeWith(provider, model, () => ({ status: 500 }), { maxRetries: 2 });
    expect(vendor!.requests).toHaveLength(3);
    expect(record.analyzer).toBe('builtin');
    expect(record.fallbackReason).toBe(`${provider}: HTTP 500 after 3 attempts`);
    expect(elapsedMs).toBeGreaterThanOrEqual(500 + 1000 - 50);
  });

  it('falls back in about the timeout when the vendor is slow', async () => {
    const { record, elapsedMs } = await analyzeWith(provider, model, () => ({ delayMs: 5_000, text: JSON.stringify(answer) }), {
      timeoutMs: 300,
    });
    expect(record.analyzer).toBe('builtin');
    expect(record.fallbackReason).toBe(`${provider}: timed out after 300 ms (after 1 attempt)`);
    expect(elapsedMs).toBeGreaterThanOrEqual(290);
    expect(elapsedMs).toBeLessThan(1_500);
    expect(vendor!.requests).toHaveLength(1);
  });

  it('does not retry a 4xx other than 429', async () => {
    const { record } = await analyzeWith(provider, model, () => ({ status: 400, text: 'bad request' }));
    expect(vendor!.requests).toHaveLength(1);
    expect(record.fallbackReason).toBe(`${provider}: HTTP 400 after 1 attempt`);
  });

  it('sends the key only in the request headers, never in the record', async () => {
    const success = await analyzeWith(provider, model, () => ({ text: JSON.stringify(answer) }));
    const headers = vendor!.requests[0].headers;
    expect(headers['x-api-key'] ?? headers.authorization).toContain(API_KEY);
    expect(JSON.stringify(success.record)).not.toContain(API_KEY);
    await vendor!.close();

    // Vendors echo a wrong key in their 401 message.
    const rejected = await analyzeWith(provider, model, () => ({ status: 401, text: `Incorrect API key provided: ${API_KEY}` }));
    expect(rejected.record.fallbackReason).toBe(`${provider}: HTTP 401 after 1 attempt`);
    expect(JSON.stringify(rejected.record)).not.toContain(API_KEY);
  });

  it('puts the reply and our email inside their delimited blocks', async () => {
    await analyzeWith(provider, model, () => ({ text: JSON.stringify(answer) }));
    const sentStrings = collectStrings(vendor!.requests[0].body).join('\n');
    expect(sentStrings).toContain(`<customer_reply>\n${input.newText}\n</customer_reply>`);
    expect(sentStrings).toContain(`<our_email>\n${input.sent}\n</our_email>`);
    expect(sentStrings).toContain('DATA');
  });
});

it('honours Retry-After before the next attempt', async () => {
  const { record, elapsedMs } = await analyzeWith('openai', 'gpt-4o-mini', (index) =>
    index === 0 ? { status: 429, headers: { 'retry-after': '1' } } : { text: JSON.stringify(answer) },
  );
  expect(record.fallbackReason).toBeNull();
  expect(elapsedMs).toBeGreaterThanOrEqual(950);
});

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}

it('falls back when the vendor cannot be reached', async () => {
  const closed = await startFakeLlmVendor(() => ({}));
  await closed.close();
  const analyzer = createLlmAnalyzer({ provider: 'openai', model: 'gpt-4o-mini', apiKey: API_KEY, baseUrl: closed.baseUrl, fallback });
  const record = await analyzer.analyze(input);
  expect(record.analyzer).toBe('builtin');
  expect(record.fallbackReason).toMatch(/^openai: .*Cannot connect to API.*\(after 1 attempt\)$/);
  expect(record.fallbackReason).not.toContain(API_KEY);
});
