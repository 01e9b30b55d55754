import { and, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { outbox } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';

export async function listOutbox(ctx: AppContext, accountId: string, options: { limit?: number }) {
  requireOutbox(ctx);
  const rows = await ctx.db.select().from(outbox).where(eq(outbox.accountId, accountId)).orderBy(desc(outbox.createdAt), desc(outbox.id)).limit(Math.min(options.limit ?? 100, 500));
  return { items: rows.map(toOutboxView) };
}

export async function getOutboxMessage(ctx: AppContext, accountId: string, id: string) {
  requireOutbox(ctx);
  const [row] = await ctx.db.select().from(outbox).where(and(eq(outbox.id, id), eq(outbox.accountId, accountId)));
  if (!row) throw notFound('Outbox message');
  return toOutboxView(row);
}

function requireOutbox(ctx: AppContext) {
  if (ctx.config.mail.transport !== 'outbox') throw new AppError('not_found', 'The outbox is only kept with MAIL_TRANSPORT=outbox');
}

function toOutboxView(row: typeof outbox.$inferSelect) {
  return {
    id: row.id, kind: row.kind, to: row.toAddress, from: row.fromAddress, replyTo: row.replyTo, subject: row.subject,
    text: row.text, html: row.html, headers: row.headers, messageId: row.messageId, createdAt: row.createdAt.toISOString(),
  };
}
