import pg from 'pg';
import type { AppContext } from '../../src/context.js';
import { sendEmail } from '../../src/conversations/send-email.js';
import { encodeCursor } from '../../src/http/cursor.js';
import type { Conversation } from '../accept-load.js';
import { findScaleAccount, issueApiKey } from './seed-account.js';

/** What the scale bench asks about, read from the seeded account: a key, random customers, deep cursors, reply addresses. */
export async function loadBenchFixture(ctx: AppContext, databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const account = await findScaleAccount(client);
    if (!account) throw new Error('No scale account in this database: run npm run seed:scale first');
    const apiKey = await issueApiKey(client, account.accountId, account.userId);
    const sample = await client.query('select id, email from customers where account_id = $1 order by random() limit 200', [account.accountId]);
    const deepCursors: string[] = [];
    const { rows: [{ count }] } = await client.query('select count(*)::int as count from customers where account_id = $1', [account.accountId]);
    for (const share of [0.2, 0.4, 0.6, 0.8]) {
      const offset = Math.floor(count * share);
      const { rows } = await client.query(
        'select last_activity_at, id from customers where account_id = $1 order by last_activity_at desc, id desc offset $2 limit 1', [account.accountId, offset]);
      if (rows[0]) deepCursors.push(encodeCursor(rows[0].last_activity_at, rows[0].id));
    }
    const conversations: Conversation[] = [];
    for (const customer of sample.rows.slice(0, 20)) {
      const sent = await sendEmail(ctx, account.accountId, customer.id, { subject: 'Checking in', text: 'How is it going?' });
      conversations.push({ replyTo: sent.replyTo, from: customer.email });
    }
    return { apiKey, customerIds: sample.rows.map((r) => r.id as string), deepCursors, conversations };
  } finally {
    await client.end();
  }
}
