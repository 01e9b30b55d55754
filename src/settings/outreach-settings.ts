import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { accounts } from '../db/schema.js';
import { AppError } from '../errors.js';

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** Settings → Outreach: where replies are forwarded. Null means the account email. */
export async function getOutreachSettings(ctx: AppContext, accountId: string) {
  const [account] = await ctx.db.select({ replyEmail: accounts.replyEmail, email: accounts.email }).from(accounts).where(eq(accounts.id, accountId));
  return {
    replyEmail: account.replyEmail,
    accountEmail: account.email,
    inboundDomain: ctx.config.inboundDomain,
    webhookUrl: `${ctx.config.publicUrl}/webhooks/inbound/sendgrid`,
  };
}

export async function updateOutreachSettings(ctx: AppContext, accountId: string, input: { replyEmail: string | null }) {
  const replyEmail = input.replyEmail?.trim().toLowerCase() || null;
  if (replyEmail && (!EMAIL.test(replyEmail) || replyEmail.length > 254)) throw new AppError('invalid_email', 'Reply email must be a valid email address');
  await ctx.db.update(accounts).set({ replyEmail }).where(eq(accounts.id, accountId));
  return getOutreachSettings(ctx, accountId);
}
