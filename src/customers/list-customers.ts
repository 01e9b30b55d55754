import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { customers, replies } from '../db/schema.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { toCustomerView, type CustomerStatus } from './customer-view.js';

export interface ListCustomersInput {
  q?: string;
  status?: CustomerStatus;
  responseType?: 'standard' | 'high_value' | 'needs_attention';
  followUp?: boolean;
  cursor?: string;
  limit?: number;
}

/** Customers by last activity, newest first; `q` is full-text over name, email, company and reply text. */
export async function listCustomers(ctx: AppContext, accountId: string, input: ListCustomersInput) {
  const limit = Math.min(input.limit ?? 50, 200);
  const conditions: (SQL | undefined)[] = [eq(customers.accountId, accountId)];
  if (input.status) conditions.push(eq(customers.status, input.status));
  if (input.responseType) conditions.push(eq(customers.lastResponseType, input.responseType));
  if (input.followUp !== undefined) conditions.push(eq(customers.lastFollowUp, input.followUp));
  if (input.q?.trim()) conditions.push(searchCondition(accountId, input.q.trim()));
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  if (cursor) conditions.push(sql`(${customers.lastActivityAt}, ${customers.id}) < (${cursor.at}, ${cursor.id})`);

  const rows = await ctx.db
    .select()
    .from(customers)
    .where(and(...conditions))
    .orderBy(desc(customers.lastActivityAt), desc(customers.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toCustomerView),
    nextCursor: rows.length > limit && last ? encodeCursor(last.lastActivityAt, last.id) : null,
  };
}

function searchCondition(accountId: string, q: string): SQL {
  const query = sql`websearch_to_tsquery('simple', ${q})`;
  const prefix = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return or(
    sql`${customers.search} @@ ${query}`,
    sql`${customers.email} ilike ${prefix}`,
    sql`${customers.id} in (select ${replies.customerId} from ${replies} where ${replies.accountId} = ${accountId} and ${replies.search} @@ ${query})`,
  )!;
}
