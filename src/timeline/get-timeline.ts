import { and, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { analyses, customers, replies, sentEmails, statusChanges, users } from '../db/schema.js';
import { notFound } from '../errors.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { toReplyView } from '../replies/reply-view.js';

const PREVIEW_LENGTH = 200;
// A reply's search vector is as long as its text and no page shows it.
const { search: _search, ...replyColumns } = getTableColumns(replies);
// `nulls last` as in the (time, id) indexes; a bare `desc` would sort all of a customer's rows before the limit.
const newestFirst = (at: unknown, id: unknown) => [sql`${at} desc nulls last`, sql`${id} desc nulls last`];

/**
 * A customer's history, newest first: emails sent, replies with their analysis, status changes. Each source is
 * read by its (time, id) index up to one page and the three are merged; the cursor is the last item's (time, id).
 */
export async function getTimeline(ctx: AppContext, accountId: string, customerId: string, options: { cursor?: string; limit?: number }) {
  const limit = Math.min(options.limit ?? 50, 200);
  const cursor = options.cursor ? decodeCursor(options.cursor) : null;
  const before = (at: SQL | unknown, id: unknown): SQL | undefined => (cursor ? sql`(${at}, ${id}) < (${cursor.at}, ${cursor.id})` : undefined);

  // The ownership check runs alongside the reads (one round trip, not two); nothing is returned unless it passes.
  const [owned, emails, replyRows, changes] = await Promise.all([
    ctx.db.select({ id: customers.id }).from(customers).where(and(eq(customers.id, customerId), eq(customers.accountId, accountId))),
    ctx.db.select().from(sentEmails)
      .where(and(eq(sentEmails.customerId, customerId), before(sentEmails.createdAt, sentEmails.id)))
      .orderBy(...newestFirst(sentEmails.createdAt, sentEmails.id)).limit(limit + 1),
    ctx.db.select({ replies: replyColumns, analyses }).from(replies).leftJoin(analyses, eq(analyses.replyId, replies.id))
      .where(and(eq(replies.customerId, customerId), before(replies.receivedAt, replies.id)))
      .orderBy(...newestFirst(replies.receivedAt, replies.id)).limit(limit + 1),
    ctx.db.select({ change: statusChanges, by: users.email }).from(statusChanges).leftJoin(users, eq(users.id, statusChanges.userId))
      .where(and(eq(statusChanges.customerId, customerId), before(statusChanges.createdAt, statusChanges.id)))
      .orderBy(...newestFirst(statusChanges.createdAt, statusChanges.id)).limit(limit + 1),
  ]);
  if (owned.length === 0) throw notFound('Customer');

  const items = [
    ...emails.map((e) => ({ sortAt: e.createdAt, item: toEmailItem(e) })),
    ...replyRows.map((r) => ({ sortAt: r.replies.receivedAt, item: toReplyView({ ...r.replies, search: '' }, r.analyses) })),
    ...changes.map(({ change, by }) => ({
      sortAt: change.createdAt,
      item: { type: 'status_change' as const, id: change.id, at: change.createdAt.toISOString(), from: change.fromStatus, to: change.toStatus, by },
    })),
  ].sort((a, b) => b.sortAt.getTime() - a.sortAt.getTime() || (a.item.id < b.item.id ? 1 : -1));

  const page = items.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map((p) => p.item), nextCursor: items.length > limit && last ? encodeCursor(last.sortAt, last.item.id) : null };
}

function toEmailItem(e: typeof sentEmails.$inferSelect) {
  return {
    type: 'email_sent' as const,
    id: e.id,
    at: e.createdAt.toISOString(),
    subject: e.subject,
    preview: e.text.replace(/\s+/g, ' ').trim().slice(0, PREVIEW_LENGTH),
    text: e.text,
    sentAt: (e.sentAt ?? e.createdAt).toISOString(),
    status: e.status,
    error: e.error,
    attempts: e.attempts,
    replyTo: e.replyTo,
    conversationId: e.conversationId,
    messageId: e.messageId,
  };
}
