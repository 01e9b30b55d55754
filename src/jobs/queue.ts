import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { transactionExecutor, type DatabaseHandle, type DbOrTx } from '../db/client.js';
import { jobCatalog, type JobName, type JobPayload } from './catalog.js';

export type JobHandler<N extends JobName> = (payload: JobPayload<N>, meta: { retryCount: number; lastAttempt: boolean }) => Promise<void>;
export type JobHandlers = { [N in JobName]: JobHandler<N> };

export interface JobQueue {
  /** Enqueue inside the caller's transaction: the jobs exist exactly when the rows they act on do. */
  enqueue<N extends JobName>(tx: DbOrTx, name: N, ...payloads: JobPayload<N>[]): Promise<void>;
  work(handlers: JobHandlers, logger: Logger): Promise<void>;
  stop(): Promise<void>;
}

// pg-boss waits out the polling interval after every fetch, even when more jobs are queued; batches, and a nudge
// after a full one, let a worker keep up with a burst of webhooks.
const BATCH_SIZE = 5;

export async function startQueue(database: DatabaseHandle, logger: Logger, options: Config['jobs']): Promise<JobQueue> {
  const maintenance = { supervise: true, maintenanceIntervalSeconds: options.maintenanceIntervalSeconds };
  const boss = new PgBoss(
    database.kind === 'pglite'
      ? { db: { executeSql: database.execute as PgBoss.Db['executeSql'] }, ...maintenance }
      : { connectionString: database.connectionString, max: 4, ...maintenance },
  );
  boss.on('error', (err) => logger.warn({ err }, 'job queue error'));
  await boss.start();
  for (const [name, def] of Object.entries(jobCatalog)) {
    await retryOnDeadlock(() => boss.createQueue(name, { name, retryLimit: def.retryLimit, retryDelay: def.retryDelay, retryBackoff: true, expireInSeconds: options.expireSeconds }));
  }
  await boss.schedule('inbound.retention', '17 * * * *', {});

  return {
    async enqueue(tx, name, ...payloads) {
      if (payloads.length === 0) return;
      const def = jobCatalog[name];
      // Per job too: a queue created earlier keeps the expiry it was created with.
      const policy = { retryLimit: def.retryLimit, retryDelay: def.retryDelay, retryBackoff: true, expireInSeconds: options.expireSeconds };
      const jobs = payloads.map((payload) => ({ name, data: def.payload.parse(payload), ...policy }));
      await boss.insert(jobs, { db: { executeSql: transactionExecutor(tx) as PgBoss.Db['executeSql'] } });
    },
    async work(handlers, log) {
      for (const name of Object.keys(jobCatalog) as JobName[]) {
        const def = jobCatalog[name];
        const handler = handlers[name] as JobHandler<JobName>;
        for (let i = 0; i < def.concurrency; i++) {
          const workerId: string = await boss.work(name, { pollingIntervalSeconds: 0.5, batchSize: BATCH_SIZE, includeMetadata: true }, async (jobs) => {
            await Promise.all(jobs.map(async (job) => {
              const meta = { retryCount: job.retryCount, lastAttempt: job.retryCount >= job.retryLimit };
              try {
                await handler(def.payload.parse(job.data) as never, meta);
              } catch (err) {
                log.warn({ err, job: name, jobId: job.id, retryCount: job.retryCount }, 'job failed');
                // Fail this job alone: pg-boss then completes only the batch's jobs still active. If failing it
                // throws, the whole batch fails and is retried, which idempotent handlers allow.
                // Stored as jsonb, which cannot hold a NUL character (a message may quote hostile input).
                await boss.fail(name, job.id, { message: String((err as Error)?.message ?? err).replace(/\u0000/g, '') });
              }
            }));
            // A full batch means more are waiting: fetch again at once instead of sleeping out the interval.
            if (jobs.length === BATCH_SIZE) boss.notifyWorker(workerId);
          });
        }
      }
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }),
  };
}

// Processes starting together on a new database can deadlock creating the same queue (pg-boss builds a partition
// per queue); PostgreSQL aborts one of them, and its retry finds the queue already made.
async function retryOnDeadlock(create: () => Promise<void>, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (err) {
      if ((err as { code?: string }).code !== '40P01' || attempt >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
