import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { customers, statusChanges } from '../db/schema.js';
import { newId } from '../ids.js';
import { findCustomer } from './customer-queries.js';
import { toCustomerView, type CustomerStatus } from './customer-view.js';

export interface UpdateCustomerInput {
  status?: CustomerStatus;
  name?: string | null;
  company?: string | null;
}

export async function updateCustomer(ctx: AppContext, principal: { accountId: string; userId: string | null }, customerId: string, input: UpdateCustomerInput) {
  return ctx.db.transaction(async (tx) => {
    const current = await findCustomer(tx, principal.accountId, customerId);
    const patch: Partial<typeof customers.$inferInsert> = { updatedAt: ctx.now() };
    if (input.name !== undefined) patch.name = input.name?.trim() || null;
    if (input.company !== undefined) patch.company = input.company?.trim() || null;
    if (input.status && input.status !== current.status) {
      await recordStatusChange(ctx, tx, { accountId: principal.accountId, customerId, from: current.status, to: input.status, userId: principal.userId });
      patch.status = input.status;
    }
    const [row] = await tx.update(customers).set(patch).where(eq(customers.id, customerId)).returning();
    return toCustomerView(row);
  });
}

/** A status change lands on the timeline; `userId` null means Replytrack changed it (first email, first reply). */
export async function recordStatusChange(
  ctx: AppContext,
  tx: Tx,
  change: { accountId: string; customerId: string; from: string; to: string; userId: string | null },
): Promise<void> {
  const id = newId('sc');
  await tx.insert(statusChanges).values({ id, accountId: change.accountId, customerId: change.customerId, fromStatus: change.from, toStatus: change.to, userId: change.userId, createdAt: ctx.now() });
  await tx.update(customers).set({ status: change.to, updatedAt: ctx.now() }).where(eq(customers.id, change.customerId));
  await ctx.events.publish(tx, { type: 'status', accountId: change.accountId, customerId: change.customerId, id });
}

/** Moves a customer forward in the funnel automatically, never backwards over a status the user chose. */
export async function advanceStatus(ctx: AppContext, tx: Tx, customer: { id: string; accountId: string; status: string }, to: 'contacted' | 'replied'): Promise<void> {
  const order = ['new', 'contacted', 'replied'];
  if (!order.includes(customer.status) || order.indexOf(customer.status) >= order.indexOf(to)) return;
  await recordStatusChange(ctx, tx, { accountId: customer.accountId, customerId: customer.id, from: customer.status, to, userId: null });
}
