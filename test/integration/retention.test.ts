import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundMessages } from '../../src/db/schema.js';
import { purgeRawMail } from '../../src/inbound/purge-raw-mail.js';
import { ApiClient } from '../helpers/api-client.js';
import { deliverRawReply, openConversation, repliesOnTimeline, startInboundTestApp, type OpenConversation } from '../helpers/inbound-scenario.js';
import { replyMessage } from '../helpers/sender-auth-fixtures.js';
import type { TestApp } from '../helpers/test-app.js';

const RETENTION_DAYS = 7;
const DAY = 86_400_000;
const CUSTOMER = 'renee@customer.example';

let testApp: TestApp;
let api: ApiClient;
let conversation: OpenConversation;

const rowOf = async (id: string) => (await testApp.runtime.ctx.db.select().from(inboundMessages).where(eq(inboundMessages.id, id)))[0];

beforeAll(async () => {
  testApp = await startInboundTestApp({ INBOUND_RETENTION_DAYS: String(RETENTION_DAYS) });
  api = await ApiClient.signUp(testApp.url);
  conversation = await openConversation(api, CUSTOMER);
});
afterAll(() => testApp?.stop());

describe('raw mail retention', () => {
  it('removes the raw MIME INBOUND_RETENTION_DAYS after processing and keeps the reply', async () => {
    const start = Date.now();
    testApp.clock.now = new Date(start);
    const old = await deliverRawReply(testApp, replyMessage({ from: CUSTOMER, to: conversation.replyTo, messageId: '<old@customer.example>', body: 'The old reply' }), conversation.replyTo);
    testApp.clock.now = new Date(start + (RETENTION_DAYS - 1) * DAY);
    const recent = await deliverRawReply(testApp, replyMessage({ from: CUSTOMER, to: conversation.replyTo, messageId: '<recent@customer.example>', body: 'The recent reply' }), conversation.replyTo);

    testApp.clock.now = new Date(start + (RETENTION_DAYS - 1) * DAY + DAY / 2);
    expect(await purgeRawMail(testApp.runtime.ctx)).toBe(0);

    testApp.clock.now = new Date(start + RETENTION_DAYS * DAY + 60_000);
    expect(await purgeRawMail(testApp.runtime.ctx)).toBe(1);
    expect(await rowOf(old.id)).toMatchObject({ raw: null, rawDeletedAt: testApp.clock.now, status: 'routed', rawSize: old.rawSize });
    expect((await rowOf(recent.id)).raw).not.toBeNull();
    expect(await purgeRawMail(testApp.runtime.ctx)).toBe(0);

    testApp.clock.now = null;
    const texts = (await repliesOnTimeline(api, conversation.customerId)).map((r) => r.text.trim());
    expect(texts).toEqual(expect.arrayContaining(['The old reply', 'The recent reply']));
  });
});
