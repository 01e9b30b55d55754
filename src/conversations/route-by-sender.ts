import { and, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { conversations, customers, replyTokens } from '../db/schema.js';
import type { NormalizedMail } from '../inbound/normalized-mail.js';
import type { Route } from './route-reply.js';

/**
 * The sender's address, when exactly one open conversation (one whose reply token is still valid) with a customer
 * of that address exists, within the given account when one is known. A guess: marked 'sender' (low confidence).
 */
export async function routeBySender(db: DbOrTx, mail: NormalizedMail, options: { now: Date; accountId: string | null }): Promise<Extract<Route, { routed: true }> | null> {
  const from = mail.from?.address;
  if (!from) return null;
  const open = await db
    .selectDistinct({ accountId: conversations.accountId, customerId: conversations.customerId, conversationId: conversations.id })
    .from(conversations)
    .innerJoin(customers, eq(customers.id, conversations.customerId))
    .innerJoin(replyTokens, eq(replyTokens.conversationId, conversations.id))
    .where(and(
      sql`lower(${customers.email}) = ${from.toLowerCase()}`,
      gt(replyTokens.expiresAt, options.now),
      options.accountId ? eq(conversations.accountId, options.accountId) : undefined,
    ))
    .limit(2);
  return open.length === 1 ? { routed: true, ...open[0], matchedBy: 'sender' } : null;
}
