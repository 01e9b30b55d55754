import type { AppContext } from '../context.js';
import { findCustomer } from '../customers/customer-queries.js';
import { recordReply } from './record-reply.js';
import { getReply } from './get-reply.js';

export interface ManualReplyInput {
  text: string;
  channel: 'phone' | 'email' | 'meeting' | 'other';
  occurredAt?: string;
}

/** "Log response": a reply that came by phone, a meeting or another inbox, analyzed like the others. */
export async function logManualReply(ctx: AppContext, accountId: string, customerId: string, input: ManualReplyInput) {
  const replyId = await ctx.db.transaction(async (tx) => {
    const customer = await findCustomer(tx, accountId, customerId);
    return recordReply(ctx, tx, {
      accountId,
      customer,
      conversationId: null,
      inboundId: null,
      source: 'manual',
      channel: input.channel,
      kind: 'human',
      fromAddress: customer.email,
      fromName: customer.name,
      subject: null,
      messageId: null,
      text: input.text,
      html: null,
      senderMismatch: false,
      matchedBy: 'manual',
      attachments: [],
      receivedAt: input.occurredAt ? new Date(input.occurredAt) : ctx.now(),
    });
  });
  return getReply(ctx, accountId, replyId!);
}
