import { and, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { inboundMessages } from '../db/schema.js';

/** Inbound mail attributed to the account (e.g. an expired token), by status; unrouted mail carries its reason. */
export async function listInbound(ctx: AppContext, accountId: string, options: { status?: string; limit?: number }) {
  const rows = await ctx.db
    .select({
      id: inboundMessages.id, provider: inboundMessages.provider, status: inboundMessages.status, reason: inboundMessages.reason,
      from: inboundMessages.fromAddress, to: inboundMessages.toAddresses, subject: inboundMessages.subject, receivedAt: inboundMessages.receivedAt,
      replyId: inboundMessages.replyId,
    })
    .from(inboundMessages)
    .where(and(eq(inboundMessages.accountId, accountId), options.status ? eq(inboundMessages.status, options.status) : undefined))
    .orderBy(desc(inboundMessages.receivedAt))
    .limit(Math.min(options.limit ?? 100, 500));
  return { items: rows.map((r) => ({ ...r, receivedAt: r.receivedAt.toISOString() })) };
}
