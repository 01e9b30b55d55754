import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { count, gte } from 'drizzle-orm';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import type { AppContext } from '../src/context.js';
import { inboundMessages } from '../src/db/schema.js';
import { startRuntime } from '../src/runtime.js';
import { createDatabase } from '../test/helpers/test-app.js';
import { measureAcceptRate } from './accept-load.js';
import { loadBenchFixture } from './scale/bench-fixture.js';
import { rareWord } from './scale/fake-text.js';
import { measureLatency } from './scale/latency.js';
import { seedScale } from './scale/seed.js';
import { startWorkers } from './scale/worker-processes.js';
import { startWebProcess } from './web-process.js';

const SAMPLES = 200;
const LIST_TARGET_MS = 50;
const TIMELINE_TARGET_MS = 20;
const ACCEPT_TARGET = 1000;
const ACCEPT_SECONDS = 10;

interface Row { name: string; p50: number; p95: number; target: number; note: string }
interface RateRow { workers: number; nice: number; perSecond: number; p99: number; failed: number; processedPerSecond: number }

/**
 * The customers list and timeline at 100,000 customers and 1,000,000 replies, through the HTTP API, then the webhook
 * accept rate while 1 and 2 worker processes drain the queue. SCALE_DATABASE_URL reuses a seeded database.
 */
export async function benchScale(): Promise<Record<string, number>> {
  const reuse = process.env.SCALE_DATABASE_URL;
  const fresh = reuse ? null : await createDatabase();
  const databaseUrl = reuse ?? fresh!.url;
  try {
    if (fresh) await seedScale({ databaseUrl, customers: 100_000, replies: 1_000_000 });
    const env = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', INBOUND_DOMAIN: 'reply.bench', DATA_DIR: '/tmp/replytrack-bench' };
    // The bench's own runtime prepares the fixture and counts; the HTTP side runs in a web process of its own.
    const web = await startRuntime(loadConfig(env), { role: 'web', logger: pino({ level: 'silent' }) });
    const server = await startWebProcess(env);
    const base = server.url;
    try {
      const fixture = await loadBenchFixture(web.ctx, databaseUrl);
      const loadBefore = loadavg()[0]!;
      const rows: Row[] = [];
      const measure = async (name: string, paths: string[], target: number) => {
        const result = await measureLatency(base, fixture.apiKey, paths, SAMPLES);
        rows.push({ name, p50: result.p50, p95: result.p95, target, note: `${result.itemsPerPage} items/page` });
      };
      const list = (query: string) => [`/api/v1/customers${query}`];
      await measure('list: no filter', list(''), LIST_TARGET_MS);
      await measure('list: status=customer', list('?status=customer'), LIST_TARGET_MS);
      await measure('list: responseType=needs_attention', list('?responseType=needs_attention'), LIST_TARGET_MS);
      await measure('list: followUp=true', list('?followUp=true'), LIST_TARGET_MS);
      await measure('list: q=demo (common word)', list('?q=demo'), LIST_TARGET_MS);
      await measure(`list: q=${rareWord(4242)} (rare word)`, list(`?q=${rareWord(4242)}`), LIST_TARGET_MS);
      await measure('list: q=torsoft (email fragment)', list('?q=torsoft'), LIST_TARGET_MS);
      await measure('list: q=garcia (surname, ~2% of customers)', list('?q=garcia'), LIST_TARGET_MS);
      await measure('list: deep cursor (20–80% down)', fixture.deepCursors.map((c) => `/api/v1/customers?cursor=${c}`), LIST_TARGET_MS);
      await measure('timeline: random customers', fixture.customerIds.map((id) => `/api/v1/customers/${id}/timeline`), TIMELINE_TARGET_MS);

      const rates: RateRow[] = [];
      // Workers at their default priority (WORKER_NICE=10), then at the web's own (0) for comparison.
      for (const [workers, nice] of [[0, 10], [1, 10], [2, 10], [1, 0], [2, 0]] as const) {
        const fleet = await startWorkers(workers, { ...env, WORKER_NICE: String(nice) });
        try {
          const started = new Date();
          const accepted = await measureAcceptRate(`${base}/webhooks/inbound/sendgrid`, fixture.conversations, { connections: 50, seconds: ACCEPT_SECONDS });
          rates.push({ workers, nice, ...accepted, processedPerSecond: Math.round((await processedSince(web.ctx, started)) / ACCEPT_SECONDS) });
        } finally {
          await fleet.stop();
        }
      }
      printTable(rows, rates);
      console.log(`\nload average (1 min): ${loadBefore.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end, on ${cpus().length} cores`);
      return Object.fromEntries([
        ...rows.flatMap((r) => [[`${r.name} p50 ms`, r.p50], [`${r.name} p95 ms`, r.p95]]),
        ...rates.flatMap((r) => {
          const who = `${r.workers} worker(s), nice ${r.nice}`;
          return [[`accept/s, ${who}`, r.perSecond], [`non-2xx, ${who}`, r.failed], [`processed/s, ${who}`, r.processedPerSecond]];
        }),
      ]);
    } finally {
      await server.stop();
      await web.stop();
    }
  } finally {
    await fresh?.drop();
  }
}

/** Deliveries the workers finished processing (routed, unrouted or failed) since `since`. */
async function processedSince(ctx: AppContext, since: Date): Promise<number> {
  const [row] = await ctx.db.select({ n: count() }).from(inboundMessages).where(gte(inboundMessages.processedAt, since));
  return Number(row?.n ?? 0);
}

function printTable(rows: Row[], rates: RateRow[]): void {
  console.log('\n| measurement | p50 ms | p95 ms | target | met | note |\n|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${r.p50} | ${r.p95} | p95 < ${r.target} ms | ${r.p95 < r.target ? 'yes' : 'NO'} | ${r.note} |`);
  console.log(`\n| webhook, 50 connections, ${ACCEPT_SECONDS} s | accepted/s | p99 ms | target | met | non-2xx | processed/s by workers |\n|---|---|---|---|---|---|---|`);
  for (const r of rates) {
    const who = r.workers === 0 ? 'web only (no workers)' : `web + ${r.workers} worker process${r.workers > 1 ? 'es' : ''}, WORKER_NICE=${r.nice}`;
    const met = r.workers === 0 ? '-' : r.perSecond >= ACCEPT_TARGET ? 'yes' : 'NO';
    console.log(`| ${who} | ${r.perSecond} | ${r.p99} | ≥ ${ACCEPT_TARGET}/s | ${met} | ${r.failed} | ${r.processedPerSecond} |`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await benchScale());
}
