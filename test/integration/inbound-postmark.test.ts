import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, eventually } from '../helpers/api-client.js';
import { readInboundFixture } from '../helpers/inbound-fixtures.js';
import { basicAuthHeader, inboundRows, openConversation, processedInbound, repliesOnTimeline, startInboundTestApp, type OpenConversation } from '../helpers/inbound-scenario.js';
import type { TestApp } from '../helpers/test-app.js';

const CUSTOMER = 'renee@customer.example';
const GOOD_AUTH = basicAuthHeader('inbound', 'S3cr3t-test');

let testApp: TestApp;
let api: ApiClient;
let conversation: OpenConversation;

/** The fixture, addressed to the conversation's reply address (what Postmark would post for this reply). */
function postmarkPayload(options: { raw: boolean; messageId: string; text?: string }) {
  const fixture = JSON.parse(readInboundFixture('postmark.json').toString('utf8'));
  const headers = fixture.Headers.map((h: { Name: string; Value: string }) => (h.Name === 'Message-ID' ? { ...h, Value: options.messageId } : h));
  const payload = { ...fixture, OriginalRecipient: conversation.replyTo, ToFull: [{ Email: conversation.replyTo, Name: '', MailboxHash: '' }], Headers: headers };
  if (options.text) payload.TextBody = options.text;
  if (!options.raw) delete payload.RawEmail;
  else payload.RawEmail = fixture.RawEmail.replace(/reply\+[^@]+@parse\.example-app\.com/, conversation.replyTo).replace('<CAJx9Q2b+7eFZk3w@mail.customer.example>', options.messageId);
  return payload;
}

async function postPostmark(body: unknown, authorization = GOOD_AUTH) {
  const response = await fetch(`${testApp.url}/webhooks/inbound/postmark`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  testApp = await startInboundTestApp({ INBOUND_BASIC_AUTH: 'inbound:S3cr3t-test' });
  api = await ApiClient.signUp(testApp.url);
  conversation = await openConversation(api, CUSTOMER);
});
afterAll(() => testApp?.stop());

describe('Postmark inbound webhook', () => {
  it('stores a JSON-only delivery once and lands it on the timeline by its token', async () => {
    const payload = postmarkPayload({ raw: false, messageId: '<pm-json-1@customer.example>' });
    expect(await postPostmark(payload)).toEqual({ status: 200, body: { status: 'stored' } });
    // Postmark's retry carries its own new MessageID; the real Message-ID and content are the same.
    expect(await postPostmark({ ...payload, MessageID: 'retry-id' })).toEqual({ status: 200, body: { status: 'duplicate' } });
    const replies = await eventually(async () => {
      const found = await repliesOnTimeline(api, conversation.customerId);
      return found.length === 1 ? found : null;
    });
    expect(replies[0]).toMatchObject({ source: 'postmark', matchedBy: 'token', conversationId: conversation.conversationId, from: CUSTOMER, subject: 'Re: Votre demande #1042 – café', senderMismatch: false });
    expect(replies[0].text).toContain('Merci, c’est réglé !');
    expect(replies[0].auth).toMatchObject({ evaluatedBy: 'provider', spf: 'pass' });
  });

  it('prefers RawEmail when present', async () => {
    const payload = postmarkPayload({ raw: true, messageId: '<pm-raw-1@customer.example>', text: 'JSON text that RawEmail overrides' });
    expect((await postPostmark(payload)).status).toBe(200);
    const rows = await inboundRows(testApp, 'postmark');
    const row = await processedInbound(testApp, rows.find((r) => r.messageId === '<pm-raw-1@customer.example>')!.id);
    expect(row.status).toBe('routed');
    const replies = await repliesOnTimeline(api, conversation.customerId);
    const reply = replies.find((r) => r.id === row.replyId);
    expect(reply.text).toContain('Merci, c’est réglé !');
    expect(reply.text).not.toContain('RawEmail overrides');
    expect(reply.auth).toMatchObject({ evaluatedBy: 'replytrack' });
  });

  it('answers 401, never 403, for bad credentials, and stores nothing', async () => {
    const before = (await inboundRows(testApp, 'postmark')).length;
    const payload = postmarkPayload({ raw: false, messageId: '<pm-unauth@customer.example>' });
    expect((await postPostmark(payload, basicAuthHeader('inbound', 'wrong'))).status).toBe(401);
    expect((await postPostmark(payload, '')).status).toBe(401);
    expect((await inboundRows(testApp, 'postmark')).length).toBe(before);
  });

  it('keeps an authentic but unparseable request as failed, answering 200 so Postmark does not retry forever', async () => {
    expect(await postPostmark('{"Headers": "not a list"}')).toEqual({ status: 200, body: { status: 'failed' } });
    const failed = (await inboundRows(testApp, 'postmark')).filter((r) => r.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0].reason).toMatch(/^unparseable request/);
  });
});
