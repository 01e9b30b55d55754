import { sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';

const ANSWER_WITHIN_MS = 24 * 3600_000;

/**
 * The "Needs you" strip: High Value replies (answer within 24 hours) and Needs Attention replies that have no email
 * from us to that customer after them, oldest first.
 */
export async function listNeedsYou(ctx: AppContext, accountId: string) {
  const result = (await ctx.db.execute(sql`
    select r.id as reply_id, r.customer_id, c.name, c.email, a.result->>'response_type' as response_type,
           r.received_at, left(coalesce(nullif(r.new_text, ''), r.text), 160) as preview
    from replies r
    join analyses a on a.reply_id = r.id
    join customers c on c.id = r.customer_id
    where r.account_id = ${accountId}
      and a.result->>'response_type' in ('high_value', 'needs_attention')
      and not exists (select 1 from sent_emails e where e.customer_id = r.customer_id and e.created_at > r.received_at)
    order by r.received_at asc
    limit 100`)) as unknown as { rows: Record<string, any>[] };
  const now = ctx.now().getTime();
  return {
    items: result.rows.map((r) => {
      const at = new Date(r.received_at);
      // High Value replies should be answered within 24 hours; Needs Attention ones have no clock, just come first.
      const dueAt = r.response_type === 'high_value' ? new Date(at.getTime() + ANSWER_WITHIN_MS) : null;
      return {
        replyId: r.reply_id, customerId: r.customer_id, customerName: r.name ?? r.email, customerEmail: r.email,
        responseType: r.response_type, at: at.toISOString(), dueAt: dueAt?.toISOString() ?? null,
        overdue: dueAt ? dueAt.getTime() < now : false, preview: r.preview,
      };
    }),
  };
}
