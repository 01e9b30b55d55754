import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../helpers/test-app.js';
import { spawnAppProcess, type AppProcess } from './app-process.js';
import { startFlakyLlm, type FlakyLlm } from './flaky-llm.js';
import { canCreateCluster, createCluster, type PgCluster } from './pg-cluster.js';
import { FaultPlan } from './fault-plan.js';
import { readFinalFacts, readProgress, withClient, type FinalFacts, type Progress } from './pipeline-facts.js';
import { buildReplies, deliverySchedule, setUpConversations } from './reply-traffic.js';
import { createSender, runBounded, type SenderCounts } from './sendgrid-sender.js';
import { startSmtpMailbox, type SmtpMailbox } from './smtp-mailbox.js';
import { startWorkerFleet, type WorkerFleet } from './worker-fleet.js';

/**
 * The whole pipeline as deployed (web and worker processes on one PostgreSQL), fed thousands of replies, each
 * delivered three times, while the workers are SIGKILLed, PostgreSQL restarts, the forwarding SMTP server and the
 * LLM vendor fail. Afterwards the database and the SMTP mailbox must show every reply stored once, forwarded and
 * analyzed. FAULT_REPLIES sets the count (default 2,000).
 */
const REPLIES = Number(process.env.FAULT_REPLIES ?? 2000);
if (!Number.isInteger(REPLIES) || REPLIES < 1) throw new Error(`FAULT_REPLIES must be a positive whole number (got "${process.env.FAULT_REPLIES}")`);
const COPIES = 3;
const IN_FLIGHT = 30;
const CLUSTER_PORT = 5439;
const INBOUND_DOMAIN = 'reply.faults';
const AI_TIMEOUT_MS = 2_000;
// Each worker is SIGKILLed this long after it became ready; with two workers, a kill every few seconds.
const KILL_AFTER_MS = { min: 4_000, max: 10_000 };
const DRAIN_TIMEOUT_MS = 8 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`${REPLIES} replies × ${COPIES} deliveries under faults`, () => {
  const logDir = mkdtempSync(path.join(tmpdir(), 'replytrack-faults-'));
  let cluster: PgCluster | null = null;
  let dropFallbackDatabase: (() => Promise<void>) | null = null;
  let databaseUrl = '';
  let smtp: SmtpMailbox;
  let llm: FlakyLlm;
  let webs: AppProcess[] = [];
  let fleet: WorkerFleet | null = null;
  // The processes' logs stay in logDir when the run fails.
  let passed = false;

  beforeAll(async () => {
    if (canCreateCluster()) {
      cluster = createCluster(CLUSTER_PORT);
      await withClient(cluster.url, (c) => c.query('create database replytrack'));
      databaseUrl = cluster.url.replace(/\/postgres$/, '/replytrack');
    } else {
      console.warn('fault suite: cannot create a PostgreSQL cluster (needs root and pg_createcluster); using a fresh database on the main server, without the restart');
      const database = await createDatabase();
      databaseUrl = database.url;
      dropFallbackDatabase = database.drop;
    }
    smtp = await startSmtpMailbox();
    llm = await startFlakyLlm(AI_TIMEOUT_MS + 1_500);
  });

  afterAll(async () => {
    await fleet?.stop();
    await Promise.all(webs.map((web) => web.stop()));
    await smtp?.close();
    await llm?.close();
    cluster?.drop();
    await dropFallbackDatabase?.();
    if (passed) rmSync(logDir, { recursive: true, force: true });
    else console.log(`fault suite: process logs in ${logDir}`);
  });

  it('stores, forwards and analyzes every reply exactly once', async () => {
    const started = Date.now();
    const env = (port: number): Record<string, string> => ({
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      DATA_DIR: logDir,
      INBOUND_DOMAIN,
      MAIL_TRANSPORT: `smtp://127.0.0.1:${smtp.port}`,
      AI_PROVIDER: 'openai-compatible',
      AI_BASE_URL: llm.baseUrl,
      AI_MODEL: llm.model,
      AI_TIMEOUT_MS: String(AI_TIMEOUT_MS),
      // A SIGKILLed worker's jobs stay active until they expire; production keeps pg-boss's minutes.
      JOB_EXPIRE_SECONDS: '15',
      JOB_MAINTENANCE_INTERVAL_SECONDS: '5',
      LOG_LEVEL: 'warn',
    });
    const [webPort1, webPort2] = [await freePort(), await freePort()];
    // All four start at once on the empty database, as a deployment does: they must agree on who migrates.
    webs = [spawnAppProcess('web', env(webPort1), path.join(logDir, 'web1.log')), spawnAppProcess('web', env(webPort2), path.join(logDir, 'web2.log'))];
    let workerLogs = 0;
    fleet = await startWorkerFleet(2, () => spawnAppProcess('worker', env(0), path.join(logDir, `worker${++workerLogs}.log`)), KILL_AFTER_MS);
    await Promise.all(webs.map((web) => web.ready()));
    const webUrls = [webPort1, webPort2].map((port) => `http://127.0.0.1:${port}`);

    const conversations = await setUpConversations(webUrls[0], 3, 4);
    const replies = buildReplies(conversations, REPLIES);
    const schedule = deliverySchedule(replies, COPIES, Math.max(1, Math.floor(REPLIES / 3)));
    const sender = createSender(webUrls);
    const progress = watchProgress(databaseUrl);
    const faults = new FaultPlan()
      .when(() => progress.latest.analyses >= REPLIES * 0.1, 'LLM: 500s, malformed JSON, slow answers (8 s each)', async () => {
        for (const mode of ['http-500', 'malformed', 'slow'] as const) {
          llm.setMode(mode);
          await sleep(8_000);
        }
        llm.setMode('ok');
      })
      .when(() => progress.latest.forwardsSent >= REPLIES * 0.25, 'SMTP: listener closed, 421 greeting, 451 after DATA (6 s each)', async () => {
        for (const mode of ['refuse', 'greeting-421', 'data-451'] as const) {
          await smtp.setMode(mode);
          await sleep(6_000);
        }
        await smtp.setMode('up');
      });
    if (cluster) {
      const restart = cluster.restart.bind(cluster);
      faults.when(() => sender.counts.accepted >= schedule.length * 0.4, 'PostgreSQL: stopped (immediate), down 5 s, started', () => restart(5_000));
    }

    const ticker = setInterval(() => printProgress(progress.latest, sender.counts, fleet!, started), 20_000);
    faults.watch();
    const sendStarted = Date.now();
    await runBounded(schedule, IN_FLIGHT, sender.deliver);
    const sendSeconds = (Date.now() - sendStarted) / 1000;
    const drainStarted = Date.now();
    await waitForPipeline(progress, smtp, REPLIES, DRAIN_TIMEOUT_MS);
    await faults.finish();
    await waitForPipeline(progress, smtp, REPLIES, DRAIN_TIMEOUT_MS);
    const drainSeconds = (Date.now() - drainStarted) / 1000;
    clearInterval(ticker);
    progress.stop();
    fleet.ceaseFire();
    // Give a forward whose mark was lost with a killed worker time to show up as a duplicate, if it will.
    await sleep(3_000);

    const facts = await readFinalFacts(databaseUrl);
    const forwardsSeen = forwardCounts(smtp, INBOUND_DOMAIN);
    printReport({ facts, sender: sender.counts, forwardsSeen, fleet, llm, smtp, faults: faults.log, webs, sendSeconds, drainSeconds, seconds: (Date.now() - started) / 1000 });

    expect(sender.counts.answered4xx, sender.counts.fourxxBodies.slice(0, 5).join('\n')).toBe(0);
    expect(sender.counts.gaveUp).toBe(0);
    expect(webs.map((web) => web.unexpectedExits)).toEqual(webs.map(() => 0));
    expect(fleet.crashes).toBe(0);
    expect(fleet.kills).toBeGreaterThan(0);
    // The database outage must have been answered 5xx (so SendGrid retries), never 4xx or 2xx-and-lost.
    if (cluster) expect(sender.counts.answered5xx).toBeGreaterThan(0);

    expect(facts.inbound).toBe(REPLIES);
    expect(facts.inboundNotRouted).toEqual([]);
    expect(facts.replies).toBe(REPLIES);
    expect(facts.duplicateReplies).toEqual([]);
    expect(new Set(facts.replyMessageIds)).toEqual(new Set(replies.map((r) => r.messageId)));

    const notForwarded = facts.replyIds.filter((id) => !forwardsSeen.has(id));
    expect(notForwarded.slice(0, 10)).toEqual([]);
    expect(forwardsSeen.size).toBe(REPLIES);
    expect(facts.forwardsSent).toBe(REPLIES);
    // The SMTP outage was met: some forwards needed more than one attempt.
    expect(facts.forwardAttempts).toBeGreaterThan(REPLIES);

    expect(facts.analyses).toBe(REPLIES);
    const analyzed = (fallback: boolean) => facts.analysesBy.filter((row) => row.fallback === fallback).reduce((sum, row) => sum + row.count, 0);
    expect(analyzed(true)).toBeGreaterThan(0);
    expect(analyzed(false)).toBeGreaterThan(0);
    expect(facts.failedJobs).toEqual([]);
    passed = true;
  });
});

/** The database's counts, read every second in the background (kept as they were while the database is down). */
function watchProgress(url: string) {
  const watch = { latest: { inbound: 0, replies: 0, forwardsSent: 0, analyses: 0 } as Progress, stop: () => clearInterval(timer) };
  const timer = setInterval(() => {
    readProgress(url).then((progress) => (watch.latest = progress), () => {});
  }, 1_000);
  return watch;
}

async function waitForPipeline(progress: { latest: Progress }, smtp: SmtpMailbox, replies: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { latest } = progress;
    const forwarded = [...smtp.received.keys()].filter((id) => id.startsWith('<fwd-')).length;
    if (latest.replies >= replies && latest.analyses >= replies && latest.forwardsSent >= replies && forwarded >= replies) return;
    await sleep(1_000);
  }
}

function printProgress(latest: Progress, sender: SenderCounts, fleet: WorkerFleet, started: number): void {
  const db = `inbound ${latest.inbound}, replies ${latest.replies}, forwarded ${latest.forwardsSent}, analyzed ${latest.analyses}`;
  console.log(`[${((Date.now() - started) / 1000).toFixed(0)} s] deliveries 2xx ${sender.accepted}, 5xx ${sender.answered5xx}; ${db}; worker kills ${fleet.kills}`);
}

/** Reply id → how many times its forward (Message-ID `<fwd-{replyId}@domain>`) reached the mailbox. */
function forwardCounts(smtp: SmtpMailbox, domain: string): Map<string, number> {
  const pattern = new RegExp(`^<fwd-(.+)@${domain.replace(/\./g, '\\.')}>$`);
  const counts = new Map<string, number>();
  for (const [messageId, count] of smtp.received) {
    const replyId = pattern.exec(messageId)?.[1];
    if (replyId) counts.set(replyId, count);
  }
  return counts;
}

function printReport(r: {
  facts: FinalFacts;
  sender: SenderCounts;
  forwardsSeen: Map<string, number>;
  fleet: WorkerFleet;
  llm: FlakyLlm;
  smtp: SmtpMailbox;
  faults: string[];
  webs: AppProcess[];
  sendSeconds: number;
  drainSeconds: number;
  seconds: number;
}): void {
  const received = [...r.forwardsSeen.values()].reduce((sum, n) => sum + n, 0);
  const duplicated = [...r.forwardsSeen.values()].filter((n) => n > 1).length;
  const s = r.sender;
  const lines = [
    '──────── fault suite ────────',
    `replies                 ${REPLIES} sent; ${r.facts.replies} stored; ${r.facts.duplicateReplies.length} Message-IDs stored twice`,
    `deliveries              ${REPLIES * COPIES} (${COPIES} per reply); ${s.requests} requests; 2xx ${s.accepted} (${Object.entries(s.outcomes).map(([k, v]) => `${k} ${v}`).join(', ')})`,
    `webhook failures        5xx answered ${s.answered5xx}; connection errors/timeouts ${s.connectionErrors}; retries ${s.retries}; 4xx ${s.answered4xx}; given up ${s.gaveUp}`,
    `inbound rows            ${r.facts.inbound}; not routed ${JSON.stringify(r.facts.inboundNotRouted)}`,
    `forwards                ${r.facts.forwardsSent} marked sent (${r.facts.forwardAttempts} attempts); mailbox: ${r.forwardsSeen.size} distinct, ${received} received, ${duplicated} delivered more than once; ${r.smtp.refusedMessages} refused with 451; ${r.smtp.resets} sessions reset`,
    `analyses                ${r.facts.analyses}: ${r.facts.analysesBy.map((a) => `${a.analyzer}${a.fallback ? ' (fallback)' : ''} ${a.count}`).join(', ')}`,
    `fallback reasons        ${r.facts.fallbackReasons.map((f) => `${f.reason} ×${f.count}`).join('; ') || 'none'}`,
    `LLM answers             ${Object.entries(r.llm.answered).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `worker processes        ${r.fleet.kills} SIGKILLs; ${r.fleet.crashes} crashes; ${r.fleet.failedStarts} failed starts; web unexpected exits ${r.webs.map((w) => w.unexpectedExits).join('/')}`,
    `jobs failed for good    ${JSON.stringify(r.facts.failedJobs)}`,
    `faults                  ${r.faults.join(' | ')}`,
    `duration                ${r.seconds.toFixed(0)} s (sending ${r.sendSeconds.toFixed(0)} s, draining ${r.drainSeconds.toFixed(0)} s)`,
    '─────────────────────────────',
  ];
  console.log(lines.join('\n'));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
