import { and, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { customers } from '../db/schema.js';
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

// The search vectors stay in the database: a page never needs them, and reading them would detoast every row.
const { search: _search, replySearch: _replySearch, ...listedColumns } = getTableColumns(customers);
const unreadVectors = { search: '', replySearch: null };
// `nulls last` matches the (last_activity_at, id) indexes; a bare `desc` would sort the whole account.
const newestFirst = [sql`${customers.lastActivityAt} desc nulls last`, sql`${customers.id} desc nulls last`];

/**
 * Customers by last activity, newest first; `q` is full-text over name, email, company and reply text, plus a
 * substring of the email. Every filter has an index in this order, so a page (or a deep cursor) reads one page.
 */
export async function listCustomers(ctx: AppContext, accountId: string, input: ListCustomersInput) {
  const limit = Math.min(input.limit ?? 50, 200);
  const conditions: (SQL | undefined)[] = [eq(customers.accountId, accountId)];
  if (input.status) conditions.push(eq(customers.status, input.status));
  if (input.responseType) conditions.push(eq(customers.lastResponseType, input.responseType));
  if (input.followUp !== undefined) conditions.push(eq(customers.lastFollowUp, input.followUp));
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  if (cursor) conditions.push(sql`(${customers.lastActivityAt}, ${customers.id}) < (${cursor.at}, ${cursor.id})`);
  const q = input.q?.trim();

  const rows = await ctx.db
    .select(listedColumns)
    .from(customers)
    .where(q ? sql`${customers.id} in (${searchPage(conditions, q, limit + 1)})` : and(...conditions))
    .orderBy(...newestFirst)
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toCustomerView({ ...row, ...unreadVectors })),
    nextCursor: rows.length > limit && last ? encodeCursor(last.lastActivityAt, last.id) : null,
  };
}

/**
 * The ids that can be on the page: the first `size` matches of each way to match, in list order. A customer in the
 * first `size` of the whole result is in the first `size` of some way it matches, so the union holds the page.
 * Asked one way at a time, the planner walks the order index for a common word and reads a GIN index for a rare
 * one; with the three OR-ed it walked thousands of rows for middling terms, detoasting reply_search on each.
 */
function searchPage(conditions: (SQL | undefined)[], q: string, size: number): SQL {
  const query = sql`websearch_to_tsquery('simple', ${q})`;
  const substring = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const ways = [
    sql`${customers.email} ilike ${substring}`,
    sql`${customers.search} @@ ${query}`,
    sql`${customers.replySearch} @@ ${query}`,
  ];
  const firstMatches = (way: SQL) =>
    sql`(select ${customers.id} from ${customers} where ${and(...conditions, way)} order by ${sql.join(newestFirst, sql`, `)} limit ${size})`;
  return sql.join(ways.map(firstMatches), sql` union all `);
}
