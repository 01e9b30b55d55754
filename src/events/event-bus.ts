import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Logger } from 'pino';
import type { DatabaseHandle, DbOrTx } from '../db/client.js';

export type AppEventType = 'reply' | 'analysis' | 'email' | 'status';
export interface AppEvent {
  type: AppEventType;
  accountId: string;
  customerId: string;
  id: string;
}
type Listener = (event: AppEvent) => void;

export interface EventBus {
  /** Published through PostgreSQL NOTIFY inside the caller's transaction: seen only if it commits, by every process. */
  publish(tx: DbOrTx, event: AppEvent): Promise<void>;
  subscribe(accountId: string, listener: Listener): () => void;
  stop(): Promise<void>;
}

const CHANNEL = 'replytrack_events';

export async function startEventBus(database: DatabaseHandle, logger: Logger, options: { listen: boolean }): Promise<EventBus> {
  const listeners = new Map<string, Set<Listener>>();
  const dispatch = (payload: string) => {
    try {
      const event = JSON.parse(payload) as AppEvent;
      for (const listener of listeners.get(event.accountId) ?? []) listener(event);
    } catch (err) {
      logger.warn({ err }, 'bad event payload');
    }
  };
  const stopListening = options.listen ? await listen(database, dispatch, logger) : async () => {};
  return {
    async publish(tx, event) {
      await tx.execute(sql`select pg_notify(${CHANNEL}, ${JSON.stringify(event)})`);
    },
    subscribe(accountId, listener) {
      const set = listeners.get(accountId) ?? new Set();
      set.add(listener);
      listeners.set(accountId, set);
      return () => set.delete(listener);
    },
    stop: stopListening,
  };
}

async function listen(database: DatabaseHandle, dispatch: (payload: string) => void, logger: Logger): Promise<() => Promise<void>> {
  if (database.pglite) {
    const unlisten = await database.pglite.listen(CHANNEL, dispatch);
    return unlisten;
  }
  let client: pg.Client | null = null;
  let stopped = false;
  const connect = async (): Promise<void> => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: database.connectionString });
    c.on('notification', (msg) => msg.payload && dispatch(msg.payload));
    c.on('error', () => {
      client = null;
      setTimeout(() => void connect().catch(() => {}), 1000);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
      client = c;
    } catch (err) {
      logger.warn({ err }, 'event listener could not connect; retrying');
      setTimeout(() => void connect().catch(() => {}), 1000);
    }
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => {});
  };
}
