import { and, asc, desc, eq, gt } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { conversations, customers, replies, replyTokens, sentEmails } from '../db/schema.js';
import { notFound } from '../errors.js';
import { newId } from '../ids.js';
import { findCustomer } from '../customers/customer-queries.js';
import { advanceStatus } from '../customers/update-customer.js';
import { generateReplyToken, replyAddress } from './reply-token.js';

export interface SendEmailInput {
  subject: string;
  text: string;
  html?: string | null;
  conversationId?: string;
}

/**
 * Opens or continues a conversation and queues the email. The conversation's reply token is reused while it is
 * valid; once expired, a new one is issued, so the new email carries a working reply address.
 */
export async function sendEmail(ctx: AppContext, accountId: string, customerId: string, input: SendEmailInput) {
  return ctx.db.transaction(async (tx) => {
    const customer = await findCustomer(tx, accountId, customerId);
    const conversationId = input.conversationId
      ? await existingConversation(tx, accountId, customerId, input.conversationId)
      : await openConversation(ctx, tx, accountId, customerId, input.subject);
    const token = await currentToken(ctx, tx, accountId, conversationId);
    const thread = await threadHeaders(tx, conversationId);
    const id = newId('em');
    const now = ctx.now();
    const email = {
      id,
      accountId,
      customerId,
      conversationId,
      token,
      toAddress: customer.email,
      replyTo: replyAddress(token, ctx.config.inboundDomain),
      subject: input.subject,
      text: input.text,
      html: input.html ?? null,
      messageId: `<${id}@${ctx.config.inboundDomain}>`,
      inReplyTo: thread.inReplyTo,
      references: thread.references,
      createdAt: now,
    };
    await tx.insert(sentEmails).values(email);
    await tx.update(customers).set({ lastActivityAt: now }).where(eq(customers.id, customerId));
    await advanceStatus(ctx, tx, customer, 'contacted');
    await ctx.queue.enqueue(tx, 'email.send', { emailId: id });
    await ctx.events.publish(tx, { type: 'email', accountId, customerId, id });
    return { id, conversationId, replyTo: email.replyTo, messageId: email.messageId, sentAt: now.toISOString(), status: 'queued' as const };
  });
}

async function existingConversation(tx: Tx, accountId: string, customerId: string, conversationId: string): Promise<string> {
  const [row] = await tx
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.id, conversationId), eq(conversations.accountId, accountId), eq(conversations.customerId, customerId)));
  if (!row) throw notFound('Conversation');
  return row.id;
}

async function openConversation(ctx: AppContext, tx: Tx, accountId: string, customerId: string, subject: string): Promise<string> {
  const id = newId('cv');
  await tx.insert(conversations).values({ id, accountId, customerId, subject, createdAt: ctx.now() });
  return id;
}

async function currentToken(ctx: AppContext, tx: Tx, accountId: string, conversationId: string): Promise<string> {
  const now = ctx.now();
  const [valid] = await tx
    .select({ token: replyTokens.token })
    .from(replyTokens)
    .where(and(eq(replyTokens.conversationId, conversationId), gt(replyTokens.expiresAt, now)))
    .orderBy(desc(replyTokens.expiresAt))
    .limit(1);
  if (valid) return valid.token;
  const token = generateReplyToken();
  const expiresAt = new Date(now.getTime() + ctx.config.tokenTtlDays * 86_400_000);
  await tx.insert(replyTokens).values({ token, accountId, conversationId, issuedAt: now, expiresAt });
  return token;
}

/** In-Reply-To the latest message of the thread (ours or the customer's); References the whole chain. */
async function threadHeaders(tx: Tx, conversationId: string) {
  const ours = await tx
    .select({ messageId: sentEmails.messageId, at: sentEmails.createdAt })
    .from(sentEmails)
    .where(eq(sentEmails.conversationId, conversationId))
    .orderBy(asc(sentEmails.createdAt));
  const theirs = await tx
    .select({ messageId: replies.messageId, at: replies.receivedAt })
    .from(replies)
    .where(eq(replies.conversationId, conversationId));
  const chain = [...ours, ...theirs]
    .filter((m): m is { messageId: string; at: Date } => Boolean(m.messageId))
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((m) => m.messageId)
    .slice(-20);
  return { inReplyTo: chain.at(-1) ?? null, references: chain.length ? chain.join(' ') : null };
}
