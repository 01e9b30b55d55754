import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../../src/db/client.js';
import { addCustomerHistory, type SeedScope } from './customer-history.js';
import { createRandom } from './random.js';
import { replyCounts } from './reply-counts.js';
import { scaleTables } from './scale-tables.js';
import { createScaleAccount, findScaleAccount } from './seed-account.js';

const BATCH_CUSTOMERS = 1000;

/**
 * `npm run seed:scale -- --database-url URL [--customers 100000] [--replies 1000000]`: one account with a realistic
 * history, written in batches of multi-row INSERTs on the app's migrated schema, indexes in place. Needs a
 * superuser (as the test server's `postgres` is): loading runs with session_replication_role = replica.
 */
export async function seedScale(options: { databaseUrl: string; customers: number; replies: number; log?: (line: string) => void }) {
  const log = options.log ?? console.log;
  const started = Date.now();
  const database = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: tmpdir() });
  await database.close();

  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
  // Bulk loading: no per-row triggers or FK checks (the rows are built consistent), and no wait for the WAL flush.
  pool.on('connect', (client) => void client.query('set session_replication_role = replica; set synchronous_commit = off'));
  try {
    const setup = await pool.connect();
    if (await findScaleAccount(setup)) throw new Error('This database already holds the scale account; seed a fresh one.');
    const account = await createScaleAccount(setup);
    setup.release();
    const scope: SeedScope = { accountId: account.accountId, userId: account.userId, now: Date.now() };
    const counts = replyCounts(createRandom(1), options.customers, options.replies);

    let nextBatch = 0;
    let customersDone = 0;
    let repliesDone = 0;
    const batches = Math.ceil(options.customers / BATCH_CUSTOMERS);
    const worker = async () => {
      for (let batch = nextBatch++; batch < batches; batch = nextBatch++) {
        const from = batch * BATCH_CUSTOMERS;
        const to = Math.min(options.customers, from + BATCH_CUSTOMERS);
        const replies = await seedBatch(pool, scope, counts, from, to, batch);
        repliesDone += replies;
        customersDone += to - from;
        if (batch % 5 === 4 || customersDone === options.customers) {
          log(`${customersDone.toLocaleString('en')} customers, ${repliesDone.toLocaleString('en')} replies, ${seconds(started)} s`);
        }
      }
    };
    await Promise.all([worker(), worker()]);
    log('vacuum analyze…');
    for (const table of ['customers', 'replies', 'analyses', 'sent_emails', 'status_changes', 'conversations', 'reply_tokens', 'action_items']) {
      await pool.query(`vacuum analyze ${table}`);
    }
    // Write the loaded pages out now, or a measurement started next pays for it in slow commits.
    await pool.query('checkpoint');
    log(`seeded ${options.customers.toLocaleString('en')} customers and ${repliesDone.toLocaleString('en')} replies in ${seconds(started)} s`);
    return account;
  } finally {
    await pool.end();
  }
}

async function seedBatch(pool: pg.Pool, scope: SeedScope, counts: Int32Array, from: number, to: number, batch: number): Promise<number> {
  const tables = scaleTables();
  const rand = createRandom(1000 + batch);
  for (let i = from; i < to; i++) addCustomerHistory(tables, rand, scope, i, counts[i]!);
  const client = await pool.connect();
  try {
    for (const rows of Object.values(tables)) await rows.insert(client);
    // What the replies trigger (migration 0003) would have built one reply at a time; triggers are off while loading.
    await client.query(`
      update customers c set reply_search = v.lexemes
      from (select r.customer_id, array_to_tsvector(array_agg(distinct u.lexeme)) as lexemes
            from replies r cross join lateral unnest(r.search) u where r.customer_id = any($1) group by r.customer_id) v
      where c.id = v.customer_id`, [tables.customers.column('id')]);
  } finally {
    client.release();
  }
  return tables.replies.size;
}

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(0);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { 'database-url': { type: 'string' }, customers: { type: 'string', default: '100000' }, replies: { type: 'string', default: '1000000' } } });
  if (!values['database-url']) {
    console.error('usage: npm run seed:scale -- --database-url postgres://… [--customers 100000] [--replies 1000000]');
    process.exit(2);
  }
  const account = await seedScale({ databaseUrl: values['database-url'], customers: Number(values.customers), replies: Number(values.replies) });
  console.log(`account ${account.accountId}, API key ${account.apiKey}`);
}
