import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { accounts, users } from '../db/schema.js';
import type { Principal } from './sessions.js';

export async function getAccountOverview(ctx: AppContext, principal: Principal) {
  const [row] = await ctx.db
    .select({ account: accounts, userEmail: users.email })
    .from(users)
    .innerJoin(accounts, eq(accounts.id, users.accountId))
    .where(eq(users.id, principal.userId));
  const base = ctx.config.publicUrl;
  return {
    user: { id: principal.userId, email: row.userEmail },
    account: { id: row.account.id, name: row.account.name, email: row.account.email },
    inboundDomain: ctx.config.inboundDomain,
    webhookUrls: {
      sendgrid: `${base}/webhooks/inbound/sendgrid`,
      postmark: `${base}/webhooks/inbound/postmark`,
      mailgun: `${base}/webhooks/inbound/mailgun`,
    },
    mailTransport: ctx.config.mail.transport,
  };
}
