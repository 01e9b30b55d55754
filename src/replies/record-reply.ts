import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { customers, replies } from '../db/schema.js';
import { newId } from '../ids.js';
import { advanceStatus } from '../customers/update-customer.js';
import { extractNewText } from '../mail/reply-text/index.js';
import type { MailKind } from '../mail/classify-sender.js';

export interface NewReply {
  accountId: string;
  customer: { id: string; accountId: string; status: string };
  conversationId: string | null;
  inboundId: string | null;
  source: 'sendgrid' | 'postmark' | 'mailgun' | 'smtp' | 'manual';
  channel: string | null;
  kind: MailKind;
  fromAddress: string | null;
  fromName: string | null;
  subject: string | null;
  messageId: string | null;
  text: string;
  html: string | null;
  senderMismatch: boolean;
  matchedBy: 'token' | 'header' | 'sender' | 'manual';
  attachments: { filename: string | null; contentType: string; size: number }[];
  auth?: unknown;
  receivedAt: Date;
}

const MAX_TEXT = 1024 * 1024;
const PREVIEW_LENGTH = 160;

/**
 * Stores a reply once (a second call for the same inbound message does nothing), updates the customer's summary
 * and enqueues its analysis, and its forward when a person wrote it. Returns null when it was stored before.
 */
export async function recordReply(ctx: AppContext, tx: Tx, reply: NewReply): Promise<string | null> {
  const id = newId('rp');
  const text = reply.text.slice(0, MAX_TEXT);
  const newText = extractNewText({ text, html: reply.html });
  const { customer, ...row } = reply;
  const inserted = await tx
    .insert(replies)
    .values({ ...row, id, customerId: customer.id, text, newText, auth: row.auth ?? null })
    .onConflictDoNothing({ target: replies.inboundId })
    .returning({ id: replies.id });
  if (inserted.length === 0) return null;

  const preview = (newText || text).replace(/\s+/g, ' ').trim().slice(0, PREVIEW_LENGTH);
  await tx
    .update(customers)
    .set({
      lastActivityAt: sql`greatest(${customers.lastActivityAt}, ${reply.receivedAt})`,
      lastReplyId: sql`case when ${customers.lastReplyAt} is null or ${customers.lastReplyAt} <= ${reply.receivedAt} then ${id} else ${customers.lastReplyId} end`,
      lastReplyPreview: sql`case when ${customers.lastReplyAt} is null or ${customers.lastReplyAt} <= ${reply.receivedAt} then ${preview} else ${customers.lastReplyPreview} end`,
      lastReplyAt: sql`greatest(${customers.lastReplyAt}, ${reply.receivedAt})`,
    })
    .where(eq(customers.id, customer.id));
  if (reply.kind === 'human') {
    await advanceStatus(ctx, tx, customer, 'replied');
    if (reply.source !== 'manual') await ctx.queue.enqueue(tx, 'reply.forward', { replyId: id });
  }
  await ctx.queue.enqueue(tx, 'reply.analyze', { replyId: id });
  await ctx.events.publish(tx, { type: 'reply', accountId: reply.accountId, customerId: customer.id, id });
  return id;
}

