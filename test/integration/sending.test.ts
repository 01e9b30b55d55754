import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { ApiClient, eventually } from '../helpers/api-client.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('sending with the outbox: tokens and threading', () => {
  let t: TestApp;
  let api: ApiClient;
  beforeAll(async () => {
    t = await startTestApp({ TOKEN_TTL_DAYS: '90' });
    api = await ApiClient.signUp(t.url);
  });
  afterAll(async () => t?.stop());

  it('keeps one token per conversation, threads follow-ups, and issues a new token after expiry', async () => {
    const c = (await api.call('POST', '/api/v1/customers', { email: 'tok@x.example', name: 'Tok' })).body;
    const first = (await api.call('POST', `/api/v1/customers/${c.id}/emails`, { subject: 'Hello', text: 'First' })).body;
    const token = first.replyTo.match(/^reply\+([a-z2-7]{16})@reply\.test$/)![1];
    expect(first.messageId).toMatch(/^<em_[0-9a-f]+@reply\.test>$/);

    const second = (await api.call('POST', `/api/v1/customers/${c.id}/emails`, { subject: 'Re: Hello', text: 'Second', conversationId: first.conversationId })).body;
    expect(second.replyTo).toBe(first.replyTo);
    const other = (await api.call('POST', `/api/v1/customers/${c.id}/emails`, { subject: 'Another topic', text: 'New conversation' })).body;
    expect(other.replyTo).not.toBe(first.replyTo);

    const outbox = await eventually(async () => {
      const items = (await api.call('GET', '/api/v1/outbox')).body.items;
      return items.length >= 3 ? items : null;
    });
    const secondMail = outbox.find((m: any) => m.text === 'Second');
    expect(secondMail.replyTo).toBe(first.replyTo);
    expect(secondMail.headers['In-Reply-To']).toBe(first.messageId);
    expect(secondMail.headers.References).toBe(first.messageId);
    expect(secondMail.from).toMatch(/via Replytrack" <notifications@reply\.test>$/);
    expect(secondMail.to).toBe('"Tok" <tok@x.example>');

    t.clock.now = new Date(Date.now() + 91 * 86_400_000);
    try {
      const later = (await api.call('POST', `/api/v1/customers/${c.id}/emails`, { subject: 'Re: Hello', text: 'Third', conversationId: first.conversationId })).body;
      const newToken = later.replyTo.match(/^reply\+([a-z2-7]{16})@/)![1];
      expect(newToken).not.toBe(token);
      const timeline = (await api.call('GET', `/api/v1/customers/${c.id}/timeline`)).body.items;
      expect(timeline.filter((i: any) => i.type === 'email_sent')).toHaveLength(4);
    } finally {
      t.clock.now = null;
    }
  });

  it('tokens are random, 16 lower-case base32 characters', async () => {
    const { generateReplyToken } = await import('../../src/conversations/reply-token.js');
    const tokens = new Set(Array.from({ length: 2000 }, generateReplyToken));
    expect(tokens.size).toBe(2000);
    for (const token of tokens) expect(token).toMatch(/^[a-z2-7]{16}$/);
  });
});

describe('sending over SMTP', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const received: string[] = [];
  let failNext = 0;
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (failNext > 0) {
            failNext--;
            return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
          }
          received.push(Buffer.concat(chunks).toString('utf8'));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as { port: number }).port;
    t = await startTestApp({ MAIL_TRANSPORT: `smtp://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await t?.stop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('delivers through nodemailer with our headers, and retries a temporary failure, shown on the timeline', async () => {
    const api = await ApiClient.signUp(t.url, 'Smtpco');
    const c = (await api.call('POST', '/api/v1/customers', { email: 'smtp@x.example' })).body;
    failNext = 1;
    const sent = (await api.call('POST', `/api/v1/customers/${c.id}/emails`, { subject: 'Over SMTP', text: 'Hello by SMTP' })).body;
    const failed = await eventually(async () => {
      const item = (await api.call('GET', `/api/v1/customers/${c.id}/timeline`)).body.items.find((i: any) => i.type === 'email_sent');
      return item.error ? item : null;
    });
    expect(failed).toMatchObject({ status: 'queued', attempts: 1 });
    expect(failed.error).toMatch(/451|try again/);
    const raw = await eventually(async () => received.find((m) => m.includes('Over SMTP')), 20_000);
    const parsed = await simpleParser(raw);
    expect(parsed.replyTo?.text).toBe(sent.replyTo);
    expect(parsed.messageId).toBe(sent.messageId);
    expect(parsed.text?.trim()).toBe('Hello by SMTP');
    const done = await eventually(async () => {
      const item = (await api.call('GET', `/api/v1/customers/${c.id}/timeline`)).body.items.find((i: any) => i.type === 'email_sent');
      return item.status === 'sent' ? item : null;
    });
    expect(done.error).toBeNull();
    expect((await api.call('GET', '/api/v1/outbox')).status).toBe(404);
  });
});

describe('sending through the SendGrid mail API', () => {
  let t: TestApp;
  let server: http.Server;
  const requests: { auth: string | undefined; body: any }[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let data = '';
      req.on('data', (c) => (data += c));
      req.on('end', () => {
        if (req.url !== '/v3/mail/send') return res.writeHead(404).end();
        requests.push({ auth: req.headers.authorization, body: JSON.parse(data) });
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    t = await startTestApp({ MAIL_TRANSPORT: 'sendgrid', SENDGRID_API_KEY: 'SG.test-key', SENDGRID_API_URL: `http://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await t?.stop();
    server.close();
  });

  it('posts v3/mail/send with the reply-to address and thread headers', async () => {
    const api = await ApiClient.signUp(t.url, 'Sgco');
    const c = (await api.call('POST', '/api/v1/customers', { email: 'sg@x.example', name: 'Sg' })).body;
    const sent = (await api.call('POST', `/api/v1/customers/${c.id}/emails`, { subject: 'Via SendGrid', text: 'Hello', html: '<p>Hello</p>' })).body;
    const request = await eventually(async () => requests.find((r) => r.body.subject === 'Via SendGrid'));
    expect(request.auth).toBe('Bearer SG.test-key');
    expect(request.body).toMatchObject({
      personalizations: [{ to: [{ email: 'sg@x.example', name: 'Sg' }] }],
      from: { email: 'notifications@reply.test', name: 'Sgco via Replytrack' },
      reply_to: { email: sent.replyTo },
      content: [{ type: 'text/plain', value: 'Hello' }, { type: 'text/html', value: '<p>Hello</p>' }],
    });
    expect(request.body.headers['Message-ID']).toBe(sent.messageId);
  });
});
