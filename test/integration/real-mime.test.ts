import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, eventually, postSendgrid } from '../helpers/api-client.js';
import { sharedFixtures } from '../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const mimeDir = path.join(sharedFixtures, 'emails/own/mime');
const parserDir = path.join(sharedFixtures, 'emails/nodemailer-mailparser/test/fixtures');
const normalize = (s: string) => s.replace(/\r\n/g, '\n').replace(/[ \t]+\n/g, '\n').trim();

/** SendGrid's raw form: the message as received, and the envelope naming our reply address. */
function rawForm(mime: Buffer, to: string) {
  const boundary = 'xYzZYrawform';
  const head = (name: string) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`);
  const body = Buffer.concat([
    head('email'), mime, Buffer.from('\r\n'),
    head('envelope'), Buffer.from(JSON.stringify({ to: [to], from: 'sender@example.com' })), Buffer.from('\r\n'),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('real MIME through the raw SendGrid form', () => {
  let t: TestApp;
  let api: ApiClient;
  beforeAll(async () => {
    t = await startTestApp();
    api = await ApiClient.signUp(t.url);
  });
  afterAll(async () => t?.stop());

  async function deliver(file: string) {
    const created = await api.call('POST', '/api/v1/customers', { email: `${path.basename(file, '.eml').replace(/[^a-z0-9]/gi, '')}-${Math.random().toString(36).slice(2)}@example.com` });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const customer = created.body;
    const sent = (await api.call('POST', `/api/v1/customers/${customer.id}/emails`, { subject: 'Hello', text: 'Hi' })).body;
    // A header of our own makes each delivery a distinct message: the same bytes twice would be deduplicated.
    const mime = Buffer.concat([Buffer.from(`X-Test-Delivery: ${Math.random()}\r\n`), readFileSync(file)]);
    const form = rawForm(mime, sent.replyTo);
    expect((await postSendgrid(t.url, form.body, form.contentType)).status).toBe(200);
    return customer.id as string;
  }

  const expectations = readdirSync(path.join(mimeDir, 'expected_text'));
  it.each(expectations)('decodes %s to its expected text', async (expectedFile) => {
    const customerId = await deliver(path.join(mimeDir, expectedFile.replace(/\.txt$/, '.eml')));
    const reply = await eventually(async () => (await api.call('GET', `/api/v1/customers/${customerId}/timeline`)).body.items.find((i: any) => i.type === 'reply'));
    expect(normalize(reply.text)).toBe(normalize(readFileSync(path.join(mimeDir, 'expected_text', expectedFile), 'utf8')));
  });

  it('turns an HTML-only Outlook reply into text and new text', async () => {
    const customerId = await deliver(path.join(mimeDir, 'html_only_outlook_es_b64.eml'));
    const reply = await eventually(async () => (await api.call('GET', `/api/v1/customers/${customerId}/timeline`)).body.items.find((i: any) => i.type === 'reply'));
    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply.newText.length).toBeGreaterThan(0);
    expect(reply.newText).not.toMatch(/Enviado:/);
    expect(reply.html).not.toBeNull();
  });

  it('keeps attachment metadata, RFC 2231 filenames decoded', async () => {
    const customerId = await deliver(path.join(mimeDir, 'fwd_rfc822_rfc2231_filename.eml'));
    const reply = await eventually(async () => (await api.call('GET', `/api/v1/customers/${customerId}/timeline`)).body.items.find((i: any) => i.type === 'reply'));
    expect(reply.attachments.length).toBeGreaterThan(0);
    expect(reply.attachments.some((a: any) => /[^\x00-\x7f]/.test(a.filename ?? ''))).toBe(true);
  });

  it('settles hostile parser fixtures (huge, deeply nested, broken) without hanging: every one processed', async () => {
    const files = ['large_text.eml', 'htmllargecallstack.eml', 'outofmemory.eml', 'nested.eml', 'decoderended.eml', 'base64encodedroot.eml'];
    for (const file of files) await deliver(path.join(parserDir, file));
    const rows = await eventually(async () => {
      const result = (await t.runtime.ctx.db.execute(sql`select status from inbound_messages`)) as unknown as { rows: { status: string }[] };
      return result.rows.every((r) => r.status !== 'received') && result.rows.length >= files.length ? result.rows : null;
    }, 60_000);
    expect(rows.every((r) => ['routed', 'failed', 'unrouted'].includes(r.status))).toBe(true);
  }, 90_000);
});
