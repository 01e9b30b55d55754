import { eq } from 'drizzle-orm';
import { inboundMessages } from '../../src/db/schema.js';
import { ApiClient, eventually } from './api-client.js';
import { mapResolver } from './sender-auth-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/** The app for inbound tests: sender authentication answers DNS from `txt` (empty by default), never from the network. */
export async function startInboundTestApp(env: Record<string, string> = {}, txt: Record<string, string> = {}): Promise<TestApp> {
  const testApp = await startTestApp(env);
  testApp.runtime.ctx.dnsResolver = mapResolver(txt);
  return testApp;
}

export interface OpenConversation {
  customerId: string;
  conversationId: string;
  replyTo: string;
  messageId: string;
}

/** A customer of the account with one email sent to them: the conversation a reply should land in. */
export async function openConversation(api: ApiClient, email: string, subject = 'Our offer'): Promise<OpenConversation> {
  const customer = await api.call('POST', '/api/v1/customers', { email, name: 'Renée Dubois' });
  if (customer.status !== 201) throw new Error(`customer: ${customer.status} ${JSON.stringify(customer.body)}`);
  const sent = await api.call('POST', `/api/v1/customers/${customer.body.id}/emails`, { subject, text: 'Shall we talk on Monday?' });
  if (sent.status !== 201) throw new Error(`email: ${sent.status} ${JSON.stringify(sent.body)}`);
  return { customerId: customer.body.id, conversationId: sent.body.conversationId, replyTo: sent.body.replyTo, messageId: sent.body.messageId };
}

export async function repliesOnTimeline(api: ApiClient, customerId: string): Promise<any[]> {
  const timeline = await api.call('GET', `/api/v1/customers/${customerId}/timeline`);
  return timeline.body.items.filter((item: { type: string }) => item.type === 'reply');
}

/** The inbound row once the job has decided (routed, unrouted or failed). */
export async function processedInbound(testApp: TestApp, inboundId: string) {
  return eventually(async () => {
    const [row] = await testApp.runtime.ctx.db.select().from(inboundMessages).where(eq(inboundMessages.id, inboundId));
    return row && row.status !== 'received' ? row : null;
  });
}

export async function inboundRows(testApp: TestApp, provider: string) {
  return testApp.runtime.ctx.db.select().from(inboundMessages).where(eq(inboundMessages.provider, provider));
}

export const basicAuthHeader = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** Posts a raw MIME reply the way Postmark does (JSON with RawEmail) and returns its inbound row once processed. */
export async function deliverRawReply(testApp: TestApp, mime: string, envelopeTo: string) {
  const response = await fetch(`${testApp.url}/webhooks/inbound/postmark`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ OriginalRecipient: envelopeTo, RawEmail: mime }),
  });
  if (response.status !== 200) throw new Error(`postmark webhook: ${response.status} ${await response.text()}`);
  const messageId = mime.match(/^Message-ID: (.*)$/im)?.[1].trim();
  const [row] = (await inboundRows(testApp, 'postmark')).filter((r) => r.messageId === messageId);
  return processedInbound(testApp, row.id);
}
