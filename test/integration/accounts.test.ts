import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { ApiClient } from '../helpers/api-client.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('accounts, sign-in and isolation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.stop());

  it('signs up, stores the API key hashed, and rejects a taken email', async () => {
    const client = new ApiClient(t.url);
    const body = { accountName: 'Acme', email: 'owner@acme.example', password: 'a long password' };
    const res = await client.call('POST', '/api/v1/signup', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ accountId: expect.any(String), userId: expect.any(String), apiKey: expect.stringMatching(/^rt_/) });
    const stored = await t.runtime.ctx.db.execute(sql`select key_hash from api_keys`);
    const hashes = (stored as unknown as { rows: { key_hash: string }[] }).rows.map((r) => r.key_hash);
    expect(hashes).not.toContain(res.body.apiKey);
    expect(hashes.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
    expect((await client.call('POST', '/api/v1/signup', { ...body, email: 'OWNER@acme.example' })).status).toBe(409);
  });

  it('signs in with an httpOnly SameSite cookie, rotated on every login', async () => {
    const login = (cookie?: string) =>
      fetch(`${t.url}/api/v1/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ email: 'owner@acme.example', password: 'a long password' }),
      });
    const first = await login();
    expect(first.status).toBe(200);
    const setCookie = first.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/rt_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0];
    expect((await fetch(`${t.url}/api/v1/me`, { headers: { cookie } })).status).toBe(200);

    const second = await login(cookie);
    const rotated = second.headers.get('set-cookie')!.split(';')[0];
    expect(rotated).not.toBe(cookie);
    expect((await fetch(`${t.url}/api/v1/me`, { headers: { cookie } })).status).toBe(401);
    expect((await fetch(`${t.url}/api/v1/me`, { headers: { cookie: rotated } })).status).toBe(200);

    const wrong = await fetch(`${t.url}/api/v1/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'owner@acme.example', password: 'nope nope nope' }) });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: { code: 'invalid_credentials', message: expect.any(String) } });
  });

  it('answers 401 without credentials and 404 for another account\'s ids', async () => {
    const a = await ApiClient.signUp(t.url, 'Alpha');
    const b = await ApiClient.signUp(t.url, 'Beta');
    const customer = (await a.call('POST', '/api/v1/customers', { email: 'c@alpha.example' })).body;
    const email = (await a.call('POST', `/api/v1/customers/${customer.id}/emails`, { subject: 'Hi', text: 'Hello' })).body;
    const manual = (await a.call('POST', `/api/v1/customers/${customer.id}/replies`, { text: 'ok', channel: 'other' })).body;

    expect((await new ApiClient(t.url).call('GET', '/api/v1/customers')).status).toBe(401);
    expect((await new ApiClient(t.url, 'rt_not-a-key').call('GET', '/api/v1/customers')).status).toBe(401);
    for (const [method, path, body] of [
      ['GET', `/api/v1/customers/${customer.id}`],
      ['PATCH', `/api/v1/customers/${customer.id}`, { status: 'lost' }],
      ['GET', `/api/v1/customers/${customer.id}/timeline`],
      ['POST', `/api/v1/customers/${customer.id}/emails`, { subject: 'x', text: 'y' }],
      ['POST', `/api/v1/customers/${customer.id}/emails`, { subject: 'x', text: 'y', conversationId: email.conversationId }],
      ['POST', `/api/v1/customers/${customer.id}/replies`, { text: 'x', channel: 'phone' }],
      ['GET', `/api/v1/replies/${manual.id}`],
    ] as const) {
      const res = await b.call(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    expect((await b.call('GET', '/api/v1/customers')).body.items).toEqual([]);
  });

  it('validates bodies with a clear 400', async () => {
    const res = await new ApiClient(t.url).call('POST', '/api/v1/signup', { accountName: 'x', email: 'not-an-email', password: 'short' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
  });

  it('serves the OpenAPI document at /api/docs', async () => {
    const res = await fetch(`${t.url}/api/docs/json`);
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/customers', '/api/v1/customers/{id}/timeline', '/webhooks/inbound/sendgrid']));
  });
});
