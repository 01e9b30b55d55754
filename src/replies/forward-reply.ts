import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { accounts, customers, forwards, replies } from '../db/schema.js';
import { formatFrom } from '../conversations/deliver-email.js';

/**
 * The reply.forward job: sends the reply to the account's reply email (Settings → Outreach) or its email, with
 * Reply-To the customer so our user answers directly. The forward row is locked while sending, and a sent forward
 * is never sent again, so a job that runs twice forwards once.
 */
export async function forwardReply(ctx: AppContext, replyId: string, attempt: { lastAttempt: boolean }): Promise<void> {
  const failure = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ reply: replies, customer: customers, account: accounts })
      .from(replies)
      .innerJoin(customers, eq(customers.id, replies.customerId))
      .innerJoin(accounts, eq(accounts.id, replies.accountId))
      .where(eq(replies.id, replyId));
    if (!row || row.reply.kind !== 'human') return null;
    const { reply, customer, account } = row;
    const to = account.replyEmail ?? account.email;
    const messageId = `<fwd-${reply.id}@${ctx.config.inboundDomain}>`;
    await tx.insert(forwards).values({ replyId, accountId: account.id, toAddress: to, messageId }).onConflictDoNothing();
    const [forward] = await tx.select().from(forwards).where(eq(forwards.replyId, replyId)).for('update');
    if (forward.status === 'sent') return null;
    const timelineUrl = `${ctx.config.publicUrl}/customers/${customer.id}`;
    try {
      await ctx.mail.send(tx, {
        accountId: account.id,
        kind: 'forward',
        sourceId: reply.id,
        from: formatFrom(customer.name || reply.fromName || customer.email, ctx.config.mail.from),
        to,
        replyTo: reply.fromAddress ?? customer.email,
        subject: reply.subject || '(no subject)',
        text: `${reply.text}\n\n--\nReplytrack: ${customer.name ?? customer.email}'s timeline: ${timelineUrl}\n`,
        messageId,
        inReplyTo: reply.messageId,
        references: reply.messageId,
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', 'X-Replytrack-Reply-Id': reply.id },
      });
    } catch (err) {
      return { err };
    }
    await tx.update(forwards).set({ status: 'sent', sentAt: ctx.now(), attempts: forward.attempts + 1, error: null }).where(eq(forwards.replyId, replyId));
    return null;
  });
  if (!failure) return;
  const error = failure.err instanceof Error ? failure.err.message : String(failure.err);
  await ctx.db.update(forwards).set({ error, attempts: sql`${forwards.attempts} + 1`, status: attempt.lastAttempt ? 'failed' : 'pending' }).where(eq(forwards.replyId, replyId));
  throw failure.err;
}
