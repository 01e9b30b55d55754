import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { actionItems, customers } from '../db/schema.js';
import { notFound } from '../errors.js';

const select = { item: actionItems, customerName: customers.name, customerEmail: customers.email };

export async function listActionItems(ctx: AppContext, accountId: string, options: { status?: 'open' | 'done'; customerId?: string }) {
  const rows = await ctx.db
    .select(select)
    .from(actionItems)
    .innerJoin(customers, eq(customers.id, actionItems.customerId))
    .where(and(
      eq(actionItems.accountId, accountId),
      options.status === 'done' ? isNotNull(actionItems.doneAt) : options.status === 'open' ? isNull(actionItems.doneAt) : undefined,
      options.customerId ? eq(actionItems.customerId, options.customerId) : undefined,
    ))
    .orderBy(options.status === 'done' ? desc(actionItems.doneAt) : asc(actionItems.createdAt))
    .limit(500);
  return { items: rows.map(toView) };
}

export async function setActionItemDone(ctx: AppContext, accountId: string, id: string, done: boolean) {
  const [updated] = await ctx.db
    .update(actionItems)
    .set({ doneAt: done ? ctx.now() : null })
    .where(and(eq(actionItems.id, id), eq(actionItems.accountId, accountId)))
    .returning({ id: actionItems.id });
  if (!updated) throw notFound('Action item');
  const [row] = await ctx.db.select(select).from(actionItems).innerJoin(customers, eq(customers.id, actionItems.customerId)).where(eq(actionItems.id, id));
  return toView(row);
}

function toView({ item, customerName, customerEmail }: { item: typeof actionItems.$inferSelect; customerName: string | null; customerEmail: string }) {
  return {
    id: item.id, customerId: item.customerId, customerName: customerName ?? customerEmail, replyId: item.replyId, text: item.text,
    createdAt: item.createdAt.toISOString(), doneAt: item.doneAt?.toISOString() ?? null,
  };
}
