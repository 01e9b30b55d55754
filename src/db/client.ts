import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.js';
import { acquireDirectoryLock } from './directory-lock.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type DbOrTx = Database | Tx;

/** Runs plain SQL text with `$n` parameters; what pg-boss needs to enqueue on our connection or transaction. */
export type SqlExecutor = (text: string, values: unknown[]) => Promise<{ rows: any[] }>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Executor outside any transaction (pg-boss's own queries on PGlite, which has a single connection). */
  execute: SqlExecutor;
  /** A fresh node-postgres connection string when on a server (pg-boss and LISTEN use their own connections). */
  connectionString?: string;
  pglite?: PGlite;
  close(): Promise<void>;
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

// int8 and numeric come back as strings from pg; counts here always fit a JS number.
pg.types.setTypeParser(20, (v) => Number(v));

export async function openDatabase(options: { databaseUrl?: string; dataDir: string; migrate?: boolean }): Promise<DatabaseHandle> {
  const handle = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir);
  if (options.migrate !== false) await handle.migrate();
  return handle;
}

async function openPostgres(url: string): Promise<DatabaseHandle & { migrate(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A lost connection (e.g. the server restarting) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  // The pool listens for errors only on idle clients. A lent one (a transaction waiting on SMTP, say) would throw
  // from its socket when the server goes away and kill the process; with this its next query fails instead.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    connectionString: url,
    execute: async (text, values) => pool.query(text, values ?? []),
    migrate: () => migrateLocked(pool),
    close: () => pool.end(),
  };
}

// Drizzle's migrator takes no lock: web and worker processes starting together on a new version would race to apply
// the same migration and all but one would fail. One migrates under this lock; the others wait, then find it done.
const MIGRATION_LOCK = 7_261_554_312;

async function migrateLocked(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

async function openPglite(dataDir: string): Promise<DatabaseHandle & { migrate(): Promise<void> }> {
  const dir = path.resolve(dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const releaseLock = acquireDirectoryLock(path.resolve(dataDir, 'replytrack.lock'));
  // pg_trgm backs the customer list's email substring search (migration 0004); PGlite loads contrib modules from JS.
  const client = await PGlite.create(dir, { extensions: { pg_trgm } });
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    pglite: client,
    execute: async (text, values) => {
      // pg-boss sends multi-statement scripts without parameters; the extended protocol refuses those.
      if (!values?.length) return { rows: (await client.exec(text)).at(-1)?.rows ?? [] };
      return client.query(text, values as unknown[]);
    },
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    close: async () => {
      await client.close();
      releaseLock();
    },
  };
}

/** An executor bound to a Drizzle transaction, so a job is enqueued atomically with the rows it acts on. */
export function transactionExecutor(tx: DbOrTx): SqlExecutor {
  // Drizzle keeps the transaction's driver connection (a pg PoolClient or a PGlite transaction) in its session;
  // both run `$n` SQL as is. Going through it saves rebuilding pg-boss's long statement as a Drizzle SQL object
  // on every enqueue, the hottest query of the webhook. The integration tests run this on both drivers.
  const client = (tx as unknown as { session: { client: { query(text: string, values: unknown[]): Promise<{ rows: any[] }> } } }).session.client;
  return async (text, values) => {
    // An undefined value would be refused by the driver; pg-boss means NULL by it.
    const { rows } = await client.query(text, values.map((v) => v ?? null));
    return { rows };
  };
}
