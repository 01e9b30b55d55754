import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, eventually } from '../helpers/api-client.js';
import { readHttpFixture } from '../helpers/inbound-fixtures.js';
import { basicAuthHeader, inboundRows, openConversation, processedInbound, repliesOnTimeline, startInboundTestApp, type OpenConversation } from '../helpers/inbound-scenario.js';
import { replyMessage } from '../helpers/sender-auth-fixtures.js';
import type { TestApp } from '../helpers/test-app.js';

const SIGNING_KEY = 'test-signing-key-0123456789abcdef';
const CUSTOMER = 'renee@customer.example';
const GOOD_AUTH = basicAuthHeader('inbound', 'S3cr3t-test');

let testApp: TestApp;
let api: ApiClient;
let conversation: OpenConversation;

function signature(options: { ageSeconds?: number; token?: string; key?: string } = {}) {
  const timestamp = String(Math.floor(Date.now() / 1000) - (options.ageSeconds ?? 0));
  const token = options.token ?? randomBytes(25).toString('hex');
  return { timestamp, token, signature: createHmac('sha256', options.key ?? SIGNING_KEY).update(timestamp + token).digest('hex') };
}

function parsedFields(messageId: string, text = 'Merci, c’est réglé !') {
  return {
    recipient: conversation.replyTo,
    sender: CUSTOMER,
    from: `Renée Dubois <${CUSTOMER}>`,
    subject: 'Re: Our offer',
    'body-plain': text,
    'message-headers': JSON.stringify([['From', `Renée Dubois <${CUSTOMER}>`], ['To', conversation.replyTo], ['Subject', 'Re: Our offer'], ['Message-Id', messageId], ['X-Mailgun-Spf', 'Pass']]),
    'Message-Id': messageId,
  };
}

async function postMailgun(fields: Record<string, string>, options: { path?: string; authorization?: string; urlencoded?: boolean } = {}) {
  let body: FormData | URLSearchParams;
  if (options.urlencoded) body = new URLSearchParams(fields);
  else {
    body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
  }
  const response = await fetch(`${testApp.url}${options.path ?? '/webhooks/inbound/mailgun'}`, { method: 'POST', headers: { authorization: options.authorization ?? GOOD_AUTH }, body });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  testApp = await startInboundTestApp({ INBOUND_BASIC_AUTH: 'inbound:S3cr3t-test', MAILGUN_SIGNING_KEY: SIGNING_KEY });
  api = await ApiClient.signUp(testApp.url);
  conversation = await openConversation(api, CUSTOMER);
});
afterAll(() => testApp?.stop());

describe('Mailgun inbound webhook', () => {
  it('stores a signed parsed form once (a re-signed retry dedupes) and lands it on the timeline', async () => {
    const fields = parsedFields('<mg-parsed-1@customer.example>');
    expect(await postMailgun({ ...fields, ...signature() })).toEqual({ status: 200, body: { status: 'stored' } });
    expect(await postMailgun({ ...fields, ...signature() })).toEqual({ status: 200, body: { status: 'duplicate' } });
    const replies = await eventually(async () => {
      const found = await repliesOnTimeline(api, conversation.customerId);
      return found.length === 1 ? found : null;
    });
    expect(replies[0]).toMatchObject({ source: 'mailgun', matchedBy: 'token', conversationId: conversation.conversationId, from: CUSTOMER, text: 'Merci, c’est réglé !' });
    expect(replies[0].auth).toMatchObject({ evaluatedBy: 'provider', spf: 'pass' });
  });

  it('accepts the urlencoded form too', async () => {
    const fields = parsedFields('<mg-urlencoded@customer.example>', 'Sent urlencoded');
    expect((await postMailgun({ ...fields, ...signature() }, { urlencoded: true })).status).toBe(200);
    const [row] = (await inboundRows(testApp, 'mailgun')).filter((r) => r.messageId === '<mg-urlencoded@customer.example>');
    expect((await processedInbound(testApp, row.id)).status).toBe('routed');
  });

  it('parses the raw-MIME form (body-mime) and authenticates the sender on it', async () => {
    const mime = replyMessage({ from: CUSTOMER, to: conversation.replyTo, messageId: '<mg-mime-1@customer.example>', body: 'From body-mime', clientIp: '203.0.113.25' });
    const response = await postMailgun({ recipient: conversation.replyTo, sender: CUSTOMER, 'body-mime': mime, ...signature() }, { path: '/webhooks/inbound/mailgun/mime' });
    expect(response).toEqual({ status: 200, body: { status: 'stored' } });
    const [row] = (await inboundRows(testApp, 'mailgun')).filter((r) => r.messageId === '<mg-mime-1@customer.example>');
    const processed = await processedInbound(testApp, row.id);
    const reply = (await repliesOnTimeline(api, conversation.customerId)).find((r) => r.id === processed.replyId);
    expect(reply.text).toContain('From body-mime');
    expect(reply.auth).toMatchObject({ evaluatedBy: 'replytrack', dmarc: 'none' });
  });

  it('answers 406 to a replayed token, a stale timestamp or a bad signature, and 401 to bad credentials', async () => {
    const before = (await inboundRows(testApp, 'mailgun')).length;
    const signed = signature();
    expect((await postMailgun({ ...parsedFields('<mg-replay@customer.example>'), ...signed })).status).toBe(200);
    expect((await postMailgun({ ...parsedFields('<mg-replay-2@customer.example>'), ...signed })).status).toBe(406);
    expect((await postMailgun({ ...parsedFields('<mg-stale@customer.example>'), ...signature({ ageSeconds: 301 }) })).status).toBe(406);
    expect((await postMailgun({ ...parsedFields('<mg-forged@customer.example>'), ...signature({ key: 'not-the-key' }) })).status).toBe(406);
    const { signature: _drop, ...unsigned } = signature();
    expect((await postMailgun({ ...parsedFields('<mg-unsigned@customer.example>'), ...unsigned })).status).toBe(406);
    expect((await postMailgun({ ...parsedFields('<mg-unauth@customer.example>'), ...signature() }, { authorization: basicAuthHeader('inbound', 'wrong') })).status).toBe(401);
    expect((await inboundRows(testApp, 'mailgun')).length).toBe(before + 1);
  });

  it('verifies the fixture request’s real signature at its own time', async () => {
    const request = readHttpFixture('mailgun-parsed.multipart.txt');
    testApp.clock.now = new Date(1736842367 * 1000 + 30_000);
    try {
      const response = await fetch(`${testApp.url}${request.path}`, { method: 'POST', headers: { 'content-type': request.headers['content-type'], authorization: GOOD_AUTH }, body: new Uint8Array(request.body) });
      expect(response.status).toBe(200);
      const again = await fetch(`${testApp.url}${request.path}`, { method: 'POST', headers: { 'content-type': request.headers['content-type'], authorization: GOOD_AUTH }, body: new Uint8Array(request.body) });
      expect(again.status).toBe(406);
    } finally {
      testApp.clock.now = null;
    }
    const [row] = (await inboundRows(testApp, 'mailgun')).filter((r) => r.messageId === '<CAJx9Q2b+7eFZk3w@mail.customer.example>');
    // Addressed to another product's reply address (a token at a foreign domain): kept as unrouted with that reason,
    // never threaded by its sender, even though the sender has one open conversation here.
    const processed = await processedInbound(testApp, row.id);
    expect(processed).toMatchObject({ status: 'unrouted', reason: 'other_domain', replyId: null });
  });
});
