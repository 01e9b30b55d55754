import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { buildSendgridParsedForm } from '../src/inbound/sendgrid-form-builder.js';

export interface Conversation { replyTo: string; from: string }

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** Requests per second in all; unset = as fast as the server answers. */
  overallRate?: number;
  text?: string;
}

const REPLY_TEXT = 'Thanks for checking in. We are sending about 20,000 emails a month and would like a quote for 40 seats.\n\nOn Mon, Mar 2, 2026 at 9:00 AM Acme <hi@acme.example> wrote:\n> How is it going?\n';
// Forms built before the clock starts: the load generator shares the machine's cores with the server.
const PREBUILT_PER_SECOND = 3000;

/** A SendGrid parsed-form delivery of a new, unique reply on the conversation. */
export function uniqueReplyForm(conversation: Conversation, text = REPLY_TEXT) {
  return buildSendgridParsedForm({ to: conversation.replyTo, from: conversation.from, subject: `Re: Checking in ${randomBytes(6).toString('hex')}`, text });
}

/** SendGrid-form webhook deliveries, each a unique reply to one of `conversations`: accepted/s and latency. */
export async function measureAcceptRate(url: string, conversations: Conversation[], options: LoadOptions) {
  const form = (i: number) => uniqueReplyForm(conversations[i % conversations.length]!, options.text);
  const prebuilt = Array.from({ length: options.seconds * (options.overallRate ?? PREBUILT_PER_SECOND) }, (_, i) => form(i));
  let next = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    overallRate: options.overallRate,
    requests: [{
      setupRequest: (request) => {
        const i = next++;
        const { contentType, body } = prebuilt[i] ?? form(i);
        return { ...request, headers: { 'content-type': contentType }, body };
      },
    }],
  });
  return { perSecond: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, failed: result.non2xx + result.errors };
}
