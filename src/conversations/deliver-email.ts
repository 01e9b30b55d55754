import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { accounts, customers, sentEmails } from '../db/schema.js';

/** The email.send job: hands a queued email to the mail transport; failures are recorded on the email and retried. */
export async function deliverEmail(ctx: AppContext, emailId: string, attempt: { lastAttempt: boolean }): Promise<void> {
  const failure = await ctx.db.transaction(async (tx) => {
    const [email] = await tx.select().from(sentEmails).where(eq(sentEmails.id, emailId)).for('update');
    if (!email || email.status === 'sent') return null;
    const [account] = await tx.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, email.accountId));
    const [customer] = await tx.select({ name: customers.name }).from(customers).where(eq(customers.id, email.customerId));
    try {
      await ctx.mail.send(tx, {
        accountId: email.accountId,
        kind: 'email',
        sourceId: email.id,
        from: formatFrom(account.name, ctx.config.mail.from),
        to: customer.name ? `${quoteName(customer.name)} <${email.toAddress}>` : email.toAddress,
        replyTo: email.replyTo,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: email.messageId,
        inReplyTo: email.inReplyTo,
        references: email.references,
        headers: { 'X-Replytrack-Email-Id': email.id },
      });
    } catch (err) {
      return { email, err };
    }
    await tx.update(sentEmails).set({ status: 'sent', sentAt: ctx.now(), error: null, attempts: sql`${sentEmails.attempts} + 1` }).where(eq(sentEmails.id, emailId));
    await ctx.events.publish(tx, { type: 'email', accountId: email.accountId, customerId: email.customerId, id: email.id });
    return null;
  });
  if (!failure) return;
  const { email, err } = failure;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(sentEmails)
      .set({ attempts: sql`${sentEmails.attempts} + 1`, error: err instanceof Error ? err.message : String(err), status: attempt.lastAttempt ? 'failed' : 'queued' })
      .where(eq(sentEmails.id, emailId));
    await ctx.events.publish(tx, { type: 'email', accountId: email.accountId, customerId: email.customerId, id: email.id });
  });
  throw err;
}

/** Our user's name on the configured sender address: "Acme via Replytrack <notifications@…>". */
export function formatFrom(displayName: string, mailFrom: string): string {
  const address = mailFrom.match(/<([^>]+)>/)?.[1] ?? mailFrom.trim();
  return `${quoteName(`${displayName} via Replytrack`)} <${address}>`;
}

export const quoteName = (name: string) => `"${name.replace(/["\\\r\n]/g, '')}"`;
