import pg from 'pg';

/** What the database says happened, read with a plain pg client (never through the app's code). */
export interface Progress {
  inbound: number;
  replies: number;
  forwardsSent: number;
  analyses: number;
}

export interface FinalFacts extends Progress {
  /** Message-ID → how many replies carry it; only those stored more than once. */
  duplicateReplies: { messageId: string; count: number }[];
  replyIds: string[];
  replyMessageIds: string[];
  /** Inbound rows that did not become a reply (failed, unrouted, still received). */
  inboundNotRouted: { status: string; reason: string | null; count: number }[];
  analysesBy: { analyzer: string; fallback: boolean; count: number }[];
  fallbackReasons: { reason: string; count: number }[];
  forwardAttempts: number;
  /** pg-boss jobs that ran out of retries. */
  failedJobs: { name: string; count: number }[];
}

export async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export function readProgress(url: string): Promise<Progress> {
  return withClient(url, async (c) => {
    const { rows } = await c.query(`select
      (select count(*)::int from inbound_messages) as inbound,
      (select count(*)::int from replies) as replies,
      (select count(*)::int from forwards where status = 'sent') as "forwardsSent",
      (select count(*)::int from analyses) as analyses`);
    return rows[0] as Progress;
  });
}

export function readFinalFacts(url: string): Promise<FinalFacts> {
  return withClient(url, async (c) => {
    const progress = (await c.query(`select
      (select count(*)::int from inbound_messages) as inbound,
      (select count(*)::int from replies) as replies,
      (select count(*)::int from forwards where status = 'sent') as "forwardsSent",
      (select count(*)::int from analyses) as analyses,
      (select coalesce(sum(attempts), 0)::int from forwards) as "forwardAttempts"`)).rows[0];
    const replies = (await c.query('select id, message_id as "messageId" from replies')).rows as { id: string; messageId: string }[];
    const duplicateReplies = (await c.query(
      'select message_id as "messageId", count(*)::int as count from replies group by message_id having count(*) > 1',
    )).rows;
    const inboundNotRouted = (await c.query(
      `select status, reason, count(*)::int as count from inbound_messages where status <> 'routed' group by status, reason`,
    )).rows;
    const analysesBy = (await c.query(
      'select analyzer, fallback_reason is not null as fallback, count(*)::int as count from analyses group by 1, 2 order by 1, 2',
    )).rows;
    const fallbackReasons = (await c.query(
      `select regexp_replace(fallback_reason, '\\d+', 'N', 'g') as reason, count(*)::int as count
       from analyses where fallback_reason is not null group by 1 order by 2 desc`,
    )).rows;
    const failedJobs = (await c.query(
      `select name, count(*)::int as count from pgboss.job where state = 'failed' group by name`,
    )).rows;
    return {
      ...progress,
      replyIds: replies.map((r) => r.id),
      replyMessageIds: replies.map((r) => r.messageId),
      duplicateReplies,
      inboundNotRouted,
      analysesBy,
      fallbackReasons,
      failedJobs,
    } as FinalFacts;
  });
}
