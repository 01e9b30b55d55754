import { buildSendgridParsedForm, type SimulatedReply } from '../../src/inbound/sendgrid-form-builder.js';

/** A small client for the real HTTP API, as a script or the dashboard would use it. */
export class ApiClient {
  constructor(readonly baseUrl: string, public apiKey?: string) {}

  async call<T = any>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T; headers: Headers }> {
    const headers: Record<string, string> = {};
    if (this.apiKey) headers.authorization = `Bearer ${this.apiKey}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON (CSV, HTML)
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  static async signUp(baseUrl: string, name = 'Acme'): Promise<ApiClient> {
    const email = `${name.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.com`;
    const client = new ApiClient(baseUrl);
    const res = await client.call('POST', '/api/v1/signup', { accountName: name, email, password: 'correct horse battery' });
    if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.body)}`);
    client.apiKey = res.body.apiKey;
    return client;
  }
}

export async function postSendgrid(baseUrl: string, body: Buffer, contentType: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/webhooks/inbound/sendgrid`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body: new Uint8Array(body) });
  return { status: response.status, body: await response.text() };
}

export async function postSimulatedReply(baseUrl: string, reply: SimulatedReply, headers: Record<string, string> = {}) {
  const form = buildSendgridParsedForm(reply);
  return postSendgrid(baseUrl, form.body, form.contentType, headers);
}

/** Polls until the check returns a value (jobs run in the background); fails after the timeout. */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
