import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import type { Database } from '../../src/db/client.js';
import { decodeSmtpContentType } from '../../src/inbound/smtp-envelope.js';
import { startSmtpListener, type SmtpListener } from '../../src/inbound/smtp-listener.js';
import { ApiClient } from '../helpers/api-client.js';
import { inboundRows, openConversation, processedInbound, repliesOnTimeline, startInboundTestApp, type OpenConversation } from '../helpers/inbound-scenario.js';
import { replyMessage } from '../helpers/sender-auth-fixtures.js';
import type { TestApp } from '../helpers/test-app.js';

const MAX_BYTES = 100_000;
const CUSTOMER = 'renee@customer.example';

let testApp: TestApp;
let api: ApiClient;
let conversation: OpenConversation;
let listener: SmtpListener;
let certDir: string;

const transport = (port: number, options: { requireTLS?: boolean; ca?: string } = {}) =>
  nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: !options.requireTLS,
    requireTLS: options.requireTLS,
    tls: options.ca ? { ca: options.ca, servername: 'localhost' } : undefined,
  });

const send = (port: number, to: string[], raw: string, options: { requireTLS?: boolean; ca?: string } = {}) =>
  transport(port, options).sendMail({ envelope: { from: CUSTOMER, to }, raw });

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (err: { responseCode?: number; code?: string }) => err);

beforeAll(async () => {
  testApp = await startInboundTestApp({ INBOUND_MAX_BYTES: String(MAX_BYTES) });
  api = await ApiClient.signUp(testApp.url);
  conversation = await openConversation(api, CUSTOMER);
  listener = await startSmtpListener(testApp.runtime.ctx, 0, '127.0.0.1');
});
afterAll(async () => {
  await listener?.close();
  await testApp?.stop();
  if (certDir) rmSync(certDir, { recursive: true, force: true });
});

describe('SMTP listener', () => {
  it('answers 250 once the message is stored, keeps the envelope, and lands the reply on the timeline', async () => {
    const raw = replyMessage({ from: CUSTOMER, to: conversation.replyTo, messageId: '<smtp-1@customer.example>', body: 'Sent over SMTP' });
    const info = await send(listener.port, [conversation.replyTo], raw);
    expect(info.accepted).toEqual([conversation.replyTo]);
    const [row] = (await inboundRows(testApp, 'smtp')).filter((r) => r.messageId === '<smtp-1@customer.example>');
    expect(row.raw?.toString('utf8').replace(/\r\n/g, '\n')).toBe(raw.replace(/\r\n/g, '\n'));
    expect(decodeSmtpContentType(row.contentType)).toMatchObject({ mailFrom: CUSTOMER, rcptTo: [conversation.replyTo], remoteAddress: '127.0.0.1' });
    const processed = await processedInbound(testApp, row.id);
    const reply = (await repliesOnTimeline(api, conversation.customerId)).find((r) => r.id === processed.replyId);
    expect(reply).toMatchObject({ source: 'smtp', matchedBy: 'token', conversationId: conversation.conversationId, from: CUSTOMER });
    expect(reply.text).toContain('Sent over SMTP');
    expect(reply.auth).toMatchObject({ evaluatedBy: 'replytrack', spf: 'none', dmarc: 'none' });
  });

  it('stores a message delivered twice once', async () => {
    const raw = replyMessage({ from: CUSTOMER, to: conversation.replyTo, messageId: '<smtp-twice@customer.example>' });
    await send(listener.port, [conversation.replyTo], raw);
    await send(listener.port, [conversation.replyTo], raw);
    expect((await inboundRows(testApp, 'smtp')).filter((r) => r.messageId === '<smtp-twice@customer.example>')).toHaveLength(1);
  });

  it('refuses every recipient that is not reply+…@INBOUND_DOMAIN at RCPT time (550), never relaying', async () => {
    const raw = replyMessage({ from: CUSTOMER, to: 'someone@elsewhere.example', messageId: '<smtp-relay@customer.example>' });
    for (const foreign of ['someone@elsewhere.example', 'reply+abc@elsewhere.example', 'postmaster@reply.test']) {
      const err = await errorOf(send(listener.port, [foreign], raw));
      expect(err).toMatchObject({ responseCode: 550 });
    }
    const mixed = await send(listener.port, ['someone@elsewhere.example', conversation.replyTo], raw);
    expect(mixed.rejected).toEqual(['someone@elsewhere.example']);
    const [row] = (await inboundRows(testApp, 'smtp')).filter((r) => r.messageId === '<smtp-relay@customer.example>');
    expect(decodeSmtpContentType(row.contentType).rcptTo).toEqual([conversation.replyTo]);
  });

  it('refuses a message over INBOUND_MAX_BYTES (552) and stores nothing', async () => {
    const raw = replyMessage({ from: CUSTOMER, to: conversation.replyTo, messageId: '<smtp-big@customer.example>', body: 'x'.repeat(76).concat('\r\n').repeat(1500) });
    expect(raw.length).toBeGreaterThan(MAX_BYTES);
    expect(await errorOf(send(listener.port, [conversation.replyTo], raw))).toMatchObject({ responseCode: 552 });
    expect((await inboundRows(testApp, 'smtp')).filter((r) => r.messageId === '<smtp-big@customer.example>')).toHaveLength(0);
  });

  it('answers 451 when the message cannot be stored, so the sender retries', async () => {
    const broken: AppContext = { ...testApp.runtime.ctx, db: { transaction: async () => { throw new Error('database unavailable'); } } as unknown as Database };
    const failing = await startSmtpListener(broken, 0, '127.0.0.1');
    try {
      const raw = replyMessage({ from: CUSTOMER, to: conversation.replyTo, messageId: '<smtp-451@customer.example>' });
      expect(await errorOf(send(failing.port, [conversation.replyTo], raw))).toMatchObject({ responseCode: 451 });
    } finally {
      await failing.close();
    }
  });

  it('offers STARTTLS only with a key and certificate (PEM text or file path)', async () => {
    certDir = mkdtempSync(path.join(tmpdir(), 'replytrack-smtp-tls-'));
    const keyPath = path.join(certDir, 'key.pem');
    const certPath = path.join(certDir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyPath, '-out', certPath, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost'], { stdio: 'ignore' });
    const cert = readFileSync(certPath, 'utf8');
    const ctx = testApp.runtime.ctx;
    const withTls: AppContext = { ...ctx, config: { ...ctx.config, inbound: { ...ctx.config.inbound, smtpTls: { key: keyPath, cert } } } };
    const tlsListener = await startSmtpListener(withTls, 0, '127.0.0.1');
    try {
      const raw = replyMessage({ from: CUSTOMER, to: conversation.replyTo, messageId: '<smtp-tls@customer.example>' });
      const info = await send(tlsListener.port, [conversation.replyTo], raw, { requireTLS: true, ca: cert });
      expect(info.accepted).toEqual([conversation.replyTo]);
      expect((await inboundRows(testApp, 'smtp')).filter((r) => r.messageId === '<smtp-tls@customer.example>')).toHaveLength(1);
    } finally {
      await tlsListener.close();
    }
    // The listener without TLS configured does not offer it.
    const err = await errorOf(send(listener.port, [conversation.replyTo], replyMessage({ from: CUSTOMER, to: conversation.replyTo }), { requireTLS: true }));
    expect(err).toMatchObject({ code: 'ETLS' });
  });
});
