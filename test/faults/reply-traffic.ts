import { buildSendgridParsedForm } from '../../src/inbound/sendgrid-form-builder.js';
import { ApiClient } from '../helpers/api-client.js';
import type { Delivery } from './sendgrid-sender.js';

/** A conversation set up through the API: the reply address our email carried and who we sent it to. */
export interface Conversation {
  replyTo: string;
  customerEmail: string;
  subject: string;
}

export interface ReplyToDeliver extends Delivery {
  messageId: string;
}

const TEXTS = [
  'Thanks, it works well for us.',
  'Can we book a demo for the team next week?',
  'We are seeing errors when importing contacts, please help.',
  'Not interested right now, maybe next quarter.',
  'How much would 40 seats cost per month?',
  'Please remove me from this list.',
];

/** Several accounts with several customers each, one email (one conversation, one reply token) per customer. */
export async function setUpConversations(webUrl: string, accounts: number, customersPerAccount: number): Promise<Conversation[]> {
  const conversations: Conversation[] = [];
  for (let a = 0; a < accounts; a++) {
    const api = await ApiClient.signUp(webUrl, `Faults${a}`);
    for (let c = 0; c < customersPerAccount; c++) {
      const customerEmail = `customer${c}@account${a}.example`;
      const customer = await api.call('POST', '/api/v1/customers', { email: customerEmail, name: `Customer ${a}-${c}` });
      if (customer.status !== 201) throw new Error(`creating a customer failed: ${customer.status} ${JSON.stringify(customer.body)}`);
      const subject = `How is it going, customer ${c}?`;
      const email = await api.call('POST', `/api/v1/customers/${customer.body.id}/emails`, { subject, text: 'Hi! How is the trial going?' });
      if (email.status !== 201) throw new Error(`sending an email failed: ${email.status} ${JSON.stringify(email.body)}`);
      conversations.push({ replyTo: email.body.replyTo, customerEmail, subject });
    }
  }
  return conversations;
}

/** `count` replies spread over the conversations, each with its own Message-ID; built once, so a re-delivery is byte-identical. */
export function buildReplies(conversations: Conversation[], count: number): ReplyToDeliver[] {
  return Array.from({ length: count }, (_, i) => {
    const conversation = conversations[i % conversations.length];
    const form = buildSendgridParsedForm({
      to: conversation.replyTo,
      from: conversation.customerEmail,
      subject: `Re: ${conversation.subject}`,
      text: `${TEXTS[i % TEXTS.length]}\n\nReply number ${i}.\n\nOn Monday you wrote:\n> Hi! How is the trial going?`,
    });
    return { body: form.body, contentType: form.contentType, messageId: form.messageId };
  });
}

/**
 * Each reply delivered `copies` times: two copies side by side (they race on the dedupe key) and each further copy
 * `lateBy` places away in the run, like a provider's late retry.
 */
export function deliverySchedule(replies: ReplyToDeliver[], copies: number, lateBy: number): ReplyToDeliver[] {
  const schedule: ReplyToDeliver[] = [];
  replies.forEach((reply, i) => {
    schedule.push(reply, ...(copies > 1 ? [reply] : []));
    for (let k = 2; k < copies; k++) schedule.push(replies[(i + replies.length - lateBy * (k - 1)) % replies.length]);
  });
  return schedule;
}
