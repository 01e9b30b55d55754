import pino from 'pino';
import { createAnalyzer } from './analysis/create-analyzer.js';
import type { Config, Role } from './config.js';
import type { AppContext } from './context.js';
import { openDatabase, type DatabaseHandle } from './db/client.js';
import { startEventBus } from './events/event-bus.js';
import { jobHandlers } from './jobs/handlers.js';
import { startQueue } from './jobs/queue.js';
import { createMailTransport } from './mail/transport/create-transport.js';

export interface Runtime {
  ctx: AppContext;
  database: DatabaseHandle;
  stop(): Promise<void>;
}

/**
 * Opens the database (migrating it), the job queue and the event bus, and starts the workers when the role runs
 * them. Used by main.ts and by the tests, which pass their own config and clock.
 */
export async function startRuntime(config: Config, options: { role?: Role; now?: () => Date; logger?: pino.Logger } = {}): Promise<Runtime> {
  const role = options.role ?? 'all';
  const logger = options.logger ?? pino({ level: config.logLevel });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const queue = await startQueue(database, logger, config.jobs);
  const events = await startEventBus(database, logger, { listen: role !== 'worker' });
  const mail = createMailTransport(config.mail);
  const analyzer = createAnalyzer(config.ai);
  const ctx: AppContext = { config, db: database.db, queue, events, mail, analyzer, logger, now: options.now ?? (() => new Date()) };
  if (role !== 'web') await queue.work(jobHandlers(ctx), logger);
  return {
    ctx,
    database,
    async stop() {
      await queue.stop();
      await events.stop();
      await mail.close();
      await database.close();
    },
  };
}
