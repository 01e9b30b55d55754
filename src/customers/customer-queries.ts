import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { customers } from '../db/schema.js';
import { notFound } from '../errors.js';

/** A customer of this account, or 404: another account's id looks exactly like a missing one. */
export async function findCustomer(db: DbOrTx, accountId: string, customerId: string) {
  const [row] = await db.select().from(customers).where(and(eq(customers.id, customerId), eq(customers.accountId, accountId)));
  if (!row) throw notFound('Customer');
  return row;
}
