import { sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { customers } from '../db/schema.js';
import { newId } from '../ids.js';
import { customerStatuses } from './customer-view.js';

const EXPORT_COLUMNS = ['email', 'name', 'company', 'status', 'lastReplyAt', 'lastResponseType', 'opportunityScore', 'followUpNeeded'];

export async function exportCustomersCsv(ctx: AppContext, accountId: string): Promise<string> {
  const rows = await ctx.db.select().from(customers).where(sql`${customers.accountId} = ${accountId}`).orderBy(customers.email);
  const lines = rows.map((r) =>
    [r.email, r.name, r.company, r.status, r.lastReplyAt?.toISOString(), r.lastResponseType, r.lastOpportunityScore, r.lastFollowUp]
      .map(csvCell)
      .join(','),
  );
  return [EXPORT_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}

/** Quotes a cell, and defuses spreadsheet formulas (a cell starting with = + - @ is prefixed with '). */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') endCell();
    else if (c === '\n') endRow();
    else if (c !== '\r') cell += c;
  }
  if (cell || row.length) endRow();
  return rows.filter((r) => r.some((c) => c.trim()));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Imports customers from CSV (header row with at least `email`); existing emails are updated. */
export async function importCustomersCsv(ctx: AppContext, accountId: string, text: string) {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => columns.indexOf(name);
  const errors: { line: number; message: string }[] = [];
  if (col('email') === -1) return { created: 0, updated: 0, errors: [{ line: 1, message: 'The header row needs an "email" column' }] };
  let created = 0;
  let updated = 0;
  for (const [index, cells] of rows.entries()) {
    const line = index + 2;
    const value = (name: string) => (col(name) === -1 ? undefined : cells[col(name)]?.trim() || undefined);
    const email = value('email')?.toLowerCase();
    const status = value('status');
    if (!email || !EMAIL.test(email)) errors.push({ line, message: `Invalid email "${email ?? ''}"` });
    else if (status && !(customerStatuses as readonly string[]).includes(status)) errors.push({ line, message: `Unknown status "${status}"` });
    else {
      const result = (await ctx.db.execute(sql`
        insert into customers (id, account_id, email, name, company, status)
        values (${newId('cus')}, ${accountId}, ${email}, ${value('name') ?? null}, ${value('company') ?? null}, ${status ?? 'new'})
        on conflict (account_id, lower(email)) do update
          set name = coalesce(excluded.name, customers.name), company = coalesce(excluded.company, customers.company), updated_at = now()
        returning (xmax = 0) as inserted`)) as unknown as { rows: { inserted: boolean }[] };
      const row = result.rows[0];
      if (row.inserted) created++;
      else updated++;
    }
  }
  return { created, updated, errors };
}
