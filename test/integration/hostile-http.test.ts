import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { buildSendgridParsedForm } from '../../src/inbound/sendgrid-form-builder.js';
import { ApiClient } from '../helpers/api-client.js';
import { inboundRows, openConversation, processedInbound } from '../helpers/inbound-scenario.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let api: ApiClient;

beforeAll(async () => {
  // As behind one load balancer: the tests name the client's address in X-Forwarded-For.
  t = await startTestApp({ TRUST_PROXY: '1' });
  api = await ApiClient.signUp(t.url, 'Hostile');
});
afterAll(async () => t?.stop());

const fromIp = (ip: string) => ({ 'x-forwarded-for': ip });

function sendgridReply(to: string, text = 'Yes, let us talk on Monday.') {
  const form = buildSendgridParsedForm({ to, from: 'Renée <renee@customer.example>', subject: 'Re: Our offer', text });
  return { headers: { 'content-type': form.contentType }, payload: form.body };
}

describe('X-Forwarded-For without TRUST_PROXY', () => {
  test('is not believed, so a client cannot pick a fresh address to slip past a limit', async () => {
    const direct = await startTestApp();
    try {
      const login = (ip: string) => direct.app.inject({ method: 'POST', url: '/api/v1/login', headers: fromIp(ip), payload: { email: 'nobody@example.com', password: 'wrong password' } });
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) statuses.push((await login(`192.0.2.${i}`)).statusCode);
      expect(statuses[20]).toBe(429);
    } finally {
      await direct.stop();
    }
  });
});

describe('rate limits', () => {
  let limited: FastifyInstance;

  beforeAll(async () => {
    // The same app, built with a tiny webhook limit so the test can cross it.
    limited = await buildApp(t.runtime.ctx, { webhookRateLimit: { max: 3, windowMs: 60_000 } });
    await limited.ready();
  });
  afterAll(async () => limited?.close());

  test('a webhook over its per-IP limit answers 503 with Retry-After (the provider retries), never a 4xx', async () => {
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 5; i++) {
      const response = await limited.inject({ method: 'POST', url: '/webhooks/inbound/sendgrid', ...withIp(sendgridReply('reply+aaaaaaaaaaaaaaaa@reply.test', `attempt ${i}`), '203.0.113.7') });
      statuses.push(response.statusCode);
      if (response.statusCode === 503) retryAfter = String(response.headers['retry-after']);
    }
    expect(statuses).toEqual([200, 200, 200, 503, 503]);
    expect(Number(retryAfter)).toBeGreaterThan(0);

    const otherSender = await limited.inject({ method: 'POST', url: '/webhooks/inbound/sendgrid', ...withIp(sendgridReply('reply+aaaaaaaaaaaaaaaa@reply.test', 'other ip'), '203.0.113.8') });
    expect(otherSender.statusCode).toBe(200);
  });

  test('every webhook route shares the limit', async () => {
    for (const url of ['/webhooks/inbound/postmark', '/webhooks/inbound/mailgun', '/webhooks/inbound/mailgun/mime']) {
      const response = await limited.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...fromIp('203.0.113.7') }, payload: '{}' });
      expect(response.statusCode, url).toBe(503);
      expect(response.headers['retry-after'], url).toBeDefined();
    }
  });

  test('a caller on this machine without a proxy (reply-as-customer, the CLI, the bench) is not limited', async () => {
    for (let i = 0; i < 5; i++) {
      const response = await limited.inject({ method: 'POST', url: '/webhooks/inbound/sendgrid', ...sendgridReply('reply+aaaaaaaaaaaaaaaa@reply.test', `local ${i}`) });
      expect(response.statusCode).toBe(200);
    }
  });

  test('the default limit lets a provider burst of 1,000 deliveries from one IP through', async () => {
    const statuses = new Set<number>();
    for (let i = 0; i < 1_000; i++) {
      const response = await t.app.inject({ method: 'POST', url: '/webhooks/inbound/postmark', headers: { 'content-type': 'application/json', ...fromIp('198.51.100.9') }, payload: '{}' });
      statuses.add(response.statusCode);
    }
    expect([...statuses]).toEqual([200]);
  }, 120_000);

  test('sign-in answers 429 after 20 attempts a minute from one IP, and other IPs are not affected', async () => {
    const attempt = (ip: string) => t.app.inject({ method: 'POST', url: '/api/v1/login', headers: fromIp(ip), payload: { email: 'nobody@example.com', password: 'wrong password' } });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await attempt('192.0.2.50')).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect((await attempt('192.0.2.51')).statusCode).toBe(401);
  });

  test('sign-up has the same limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/signup', headers: fromIp('192.0.2.60'), payload: { accountName: 'x', email: 'not-an-email', password: 'long enough password' } });
      statuses.push(response.statusCode);
    }
    expect(statuses[20]).toBe(429);
  });
});

describe('unknown-token deliveries look like known ones to the sender', () => {
  test('known, unknown, malformed and other-domain reply addresses get the same status and body', async () => {
    const { replyTo } = await openConversation(api, 'renee@customer.example');
    const addresses = [replyTo, 'reply+zzzzzzzzzzzzzzzz@reply.test', 'reply+!!@reply.test', 'reply+aaaaaaaaaaaaaaaa@elsewhere.example', 'support@reply.test'];
    const answers = [];
    for (const to of addresses) {
      const response = await t.app.inject({ method: 'POST', url: '/webhooks/inbound/sendgrid', ...sendgridReply(to, `reply to ${to.length}`) });
      answers.push({ status: response.statusCode, body: response.body, contentType: response.headers['content-type'] });
    }
    expect(answers[0]).toEqual({ status: 200, body: '{"status":"stored"}', contentType: expect.stringContaining('application/json') });
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  test('the same holds on Postmark', async () => {
    const { replyTo } = await openConversation(api, 'otto@customer.example');
    const answers = [];
    for (const to of [replyTo, 'reply+yyyyyyyyyyyyyyyy@reply.test']) {
      const payload = { OriginalRecipient: to, FromFull: { Email: 'otto@customer.example', Name: 'Otto' }, Subject: 'Re: Our offer', TextBody: `Hi from ${to}`, Headers: [{ Name: 'Message-ID', Value: `<${to.length}-${Date.now()}@x>` }] };
      const response = await t.app.inject({ method: 'POST', url: '/webhooks/inbound/postmark', payload });
      answers.push({ status: response.statusCode, body: response.body });
    }
    expect(answers[1]).toEqual(answers[0]);
  });
});

describe('NUL bytes, which PostgreSQL text cannot hold (found by the HTTP fuzzer)', () => {
  test('in a Message-ID, a subject, a body or an unparseable request: stored and answered 200, never 503', async () => {
    const { replyTo } = await openConversation(api, 'nul@customer.example');
    const form = buildSendgridParsedForm({ to: replyTo, from: 'nul@customer.example', subject: 'Re: Our\0 offer', text: 'Yes\0 please', html: '<p>Yes\0</p>' });
    const withNulId = Buffer.from(form.body.toString('utf8').replace(/Message-ID: <([^>]+)>/, 'Message-ID: <nul\0$1>'), 'utf8');
    const posted = await t.app.inject({ method: 'POST', url: '/webhooks/inbound/sendgrid', headers: { 'content-type': form.contentType }, payload: withNulId });
    expect(posted.statusCode).toBe(200);
    const unparseable = await t.app.inject({ method: 'POST', url: '/webhooks/inbound/postmark', headers: { 'content-type': 'application/json' }, payload: 'X: \0\r\n{' });
    expect(unparseable.statusCode).toBe(200);

    const [row] = (await inboundRows(t, 'sendgrid')).filter((r) => r.messageId?.startsWith('<nul'));
    expect((await processedInbound(t, row!.id)).status).toBe('routed');
  });
});

describe('security headers', () => {
  const pages = ['/', '/customers/cu_123', '/api/v1/me', '/api/v1/customers', '/api/docs/static/index.html', '/no-such-asset.js'];
  // Swagger UI sets its own CSP, which allows same-origin framing.
  const framing = (path: string) => (path.startsWith('/api/docs') ? /frame-ancestors '(none|self)'/ : /frame-ancestors 'none'/);

  test.each(pages)('%s carries CSP (no inline script, no framing), nosniff, frame and referrer policies', async (path) => {
    const response = await fetch(`${t.url}${path}`, { headers: path.startsWith('/api/v1') ? { authorization: `Bearer ${api.apiKey}` } : {} });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(framing(path));
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toMatch(/^(DENY|SAMEORIGIN)$/);
    expect(response.headers.get('referrer-policy')).toMatch(/no-referrer|same-origin|strict-origin/);
  });

  test('the dashboard page restricts scripts and everything else to its own origin', async () => {
    const csp = (await fetch(`${t.url}/`)).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/base-uri 'none'/);
  });

  test('webhook answers carry them too', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/webhooks/inbound/postmark', payload: {} });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(String(response.headers['content-security-policy'])).toMatch(/frame-ancestors 'none'/);
  });
});

function withIp(request: { headers: Record<string, string>; payload: Buffer }, ip: string) {
  return { ...request, headers: { ...request.headers, ...fromIp(ip) } };
}
