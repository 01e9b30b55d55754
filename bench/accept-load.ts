import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { buildSendgridParsedForm } from '../../src/inbound/sendgrid-form-builder.js';

export interface Conversation { replyTo: string; from: string }

const REPLY_TEXT = 'Thanks for checking in. We are sending about 20,000 emails a month and would like a quote for 40 seats.\n\nOn Mon, Mar 2, 2026 at 9:00 AM Acme <hi@acme.example> wrote:\n> How is it going?\n';

/** Webhook deliveries accepted per second at full load (50 connections), each a unique reply to one of `conversations`. */
export async function measureAcceptRate(url: string, conversations: Conversation[], seconds: number) {
  let next = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    connections: 50,
    duration: seconds,
    requests: [{
      setupRequest: (request) => {
        const conversation = conversations[next++ % conversations.length]!;
        const form = buildSendgridParsedForm({ to: conversation.replyTo, from: conversation.from, subject: `Re: Checking in ${randomBytes(6).toString('hex')}`, text: REPLY_TEXT });
        return { ...request, headers: { 'content-type': form.contentType }, body: form.body };
      },
    }],
  });
  return { perSecond: Math.round(result.requests.average), p99: result.latency.p99, failed: result.non2xx + result.errors };
}
