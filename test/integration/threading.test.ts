import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwards } from '../../src/db/schema.js';
import { ApiClient, eventually } from '../helpers/api-client.js';
import { deliverRawReply, openConversation, repliesOnTimeline, startInboundTestApp } from '../helpers/inbound-scenario.js';
import { replyMessage } from '../helpers/sender-auth-fixtures.js';
import type { TestApp } from '../helpers/test-app.js';

let testApp: TestApp;
let acme: ApiClient;
let globex: ApiClient;

const uniqueEmail = (name: string) => `${name}-${randomBytes(4).toString('hex')}@customer.example`;
const newMessageId = () => `<${randomBytes(8).toString('hex')}@customer.example>`;
/** A customer's mail that lost the token: to the bare inbound address, as a client that dropped the `+` part sends it. */
const tokenless = (from: string, extra: { inReplyTo?: string; references?: string } = {}) =>
  replyMessage({ from, to: 'reply@reply.test', messageId: newMessageId(), ...extra });

beforeAll(async () => {
  testApp = await startInboundTestApp();
  acme = await ApiClient.signUp(testApp.url, 'Acme');
  globex = await ApiClient.signUp(testApp.url, 'Globex');
});
afterAll(() => testApp?.stop());

describe('threading without a token', () => {
  it('threads a reply whose In-Reply-To is our Message-ID (matched by header)', async () => {
    const from = uniqueEmail('header');
    const conversation = await openConversation(acme, from);
    // A second open conversation with the same customer: the sender alone could not decide.
    const second = await acme.call('POST', `/api/v1/customers/${conversation.customerId}/emails`, { subject: 'Another topic', text: 'And one more thing.' });
    expect(second.body.conversationId).not.toBe(conversation.conversationId);
    const row = await deliverRawReply(testApp, tokenless(from, { inReplyTo: conversation.messageId }), 'reply@reply.test');
    expect(row.status).toBe('routed');
    const [reply] = await repliesOnTimeline(acme, conversation.customerId);
    expect(reply).toMatchObject({ id: row.replyId, matchedBy: 'header', conversationId: conversation.conversationId });
  });

  it('finds our Message-ID further back in References, and the forward’s <fwd-…> id', async () => {
    const from = uniqueEmail('refs');
    const conversation = await openConversation(acme, from);
    const first = await deliverRawReply(testApp, replyMessage({ from, to: conversation.replyTo, messageId: newMessageId() }), conversation.replyTo);
    const forward = await eventually(async () => (await testApp.runtime.ctx.db.select().from(forwards).where(eq(forwards.replyId, first.replyId!)))[0]);
    expect(forward.messageId).toMatch(/^<fwd-/);

    const viaReferences = await deliverRawReply(testApp, tokenless(from, { inReplyTo: '<unknown@elsewhere.example>', references: `${conversation.messageId} <unknown@elsewhere.example>` }), 'reply@reply.test');
    const viaForward = await deliverRawReply(testApp, tokenless(from, { inReplyTo: forward.messageId }), 'reply@reply.test');
    const replies = await repliesOnTimeline(acme, conversation.customerId);
    for (const row of [viaReferences, viaForward]) {
      expect(replies.find((r) => r.id === row.replyId)).toMatchObject({ matchedBy: 'header', conversationId: conversation.conversationId });
    }
  });

  it('never crosses accounts: a Message-ID of one account routes to that account only', async () => {
    const from = uniqueEmail('shared');
    const atAcme = await openConversation(acme, from);
    const atGlobex = await openConversation(globex, from);
    const row = await deliverRawReply(testApp, tokenless(from, { inReplyTo: atGlobex.messageId }), 'reply@reply.test');
    expect(row.status).toBe('routed');
    expect(await repliesOnTimeline(globex, atGlobex.customerId)).toMatchObject([{ id: row.replyId, matchedBy: 'header', conversationId: atGlobex.conversationId }]);
    expect(await repliesOnTimeline(acme, atAcme.customerId)).toEqual([]);
    // Acme cannot read Globex's conversation through its own API either.
    expect((await acme.call('GET', `/api/v1/customers/${atGlobex.customerId}/timeline`)).status).toBe(404);
  });

  it('falls back to the sender when exactly one open conversation with that customer exists (low confidence)', async () => {
    const from = uniqueEmail('sender');
    const conversation = await openConversation(acme, from);
    const row = await deliverRawReply(testApp, tokenless(from), 'reply@reply.test');
    expect(row.status).toBe('routed');
    expect(await repliesOnTimeline(acme, conversation.customerId)).toMatchObject([{ id: row.replyId, matchedBy: 'sender', conversationId: conversation.conversationId }]);
  });

  it('leaves the mail unrouted when the sender has several open conversations, or none', async () => {
    const shared = uniqueEmail('two-accounts');
    await openConversation(acme, shared);
    await openConversation(globex, shared);
    expect(await deliverRawReply(testApp, tokenless(shared), 'reply@reply.test')).toMatchObject({ status: 'unrouted', reason: 'no_token', replyId: null });

    const stranger = uniqueEmail('stranger');
    expect(await deliverRawReply(testApp, tokenless(stranger, { inReplyTo: '<not-ours@elsewhere.example>' }), 'reply@reply.test')).toMatchObject({ status: 'unrouted', reason: 'no_token' });
  });

  it('does not count a conversation whose reply token expired as open', async () => {
    const from = uniqueEmail('expired');
    await openConversation(acme, from);
    testApp.clock.now = new Date(Date.now() + 91 * 86_400_000);
    try {
      expect(await deliverRawReply(testApp, tokenless(from), 'reply@reply.test')).toMatchObject({ status: 'unrouted', reason: 'no_token' });
    } finally {
      testApp.clock.now = null;
    }
  });

  it('never threads around a token that failed: an unknown or expired token stays unrouted even for the customer', async () => {
    const from = uniqueEmail('failed-token');
    const conversation = await openConversation(acme, from);
    const unknown = 'reply+abcdefghijklmnop@reply.test';
    expect(await deliverRawReply(testApp, replyMessage({ from, to: unknown, messageId: newMessageId(), inReplyTo: conversation.messageId }), unknown))
      .toMatchObject({ status: 'unrouted', reason: 'unknown_token', replyId: null });
    testApp.clock.now = new Date(Date.now() + 91 * 86_400_000);
    try {
      const fresh = await acme.call('POST', `/api/v1/customers/${conversation.customerId}/emails`, { subject: 'New topic', text: 'A new conversation' });
      expect(fresh.status).toBe(201);
      expect(await deliverRawReply(testApp, replyMessage({ from, to: conversation.replyTo, messageId: newMessageId(), inReplyTo: conversation.messageId }), conversation.replyTo))
        .toMatchObject({ status: 'unrouted', reason: 'expired_token' });
    } finally {
      testApp.clock.now = null;
    }
  });
});
