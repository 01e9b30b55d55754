import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../helpers/test-app.js';
import { spawnAppProcess, type AppProcess } from './app-process.js';
import { startFlakyLlm, type FlakyLlm } from './flaky-llm.js';
import { canCreateCluster, createCluster, type PgCluster } from './pg-cluster.js';
import { readFinalFacts, readProgress, withClient, type FinalFacts } from './pipeline-facts.js';
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
const COPIES = 3;
const IN_FLIGHT = 30;
const CLUSTER_PORT = 5439;
const INBOUND_DOMAIN = 'reply.faults';
const AI_TIMEOUT_MS = 2_000;
const KILL_EVERY_MS = 5_000;
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
      JOB_EXPIRE_SECONDS: '20',
      JOB_MAINTENANCE_INTERVAL_SECONDS: '5',
      LOG_LEVEL: 'warn',
    });
    const [webPort1, webPort2] = [await freePort(), await freePort()];
    // The first process migrates the database; the others start on a migrated one.
    webs = [spawnAppProcess('web', env(webPort1), path.join(logDir, 'web1.log'))];
    await webs[0].ready();
    webs.push(spawnAppProcess('web', env(webPort2), path.join(logDir, 'web2.log')));
    let workerLogs = 0;
    fleet = await startWorkerFleet(2, () => spawnAppProcess('worker', env(0), path.join(logDir, `worker${++workerLogs}.log`)), KILL_EVERY_MS);
    await webs[1].ready();
    const webUrls = [webPort1, webPort2].map((port) => `http://127.0.0.1:${port}`);

    const conversations = await setUpConversations(webUrls[0], 3, 4);
    const replies = buildReplies(conversations, REPLIES);
    const schedule = deliverySchedule(replies, COPIES, Math.max(1, Math.floor(REPLIES / 3)));
    const sender = createSender(webUrls);
    const faults = new FaultPlan(() => sender.counts.accepted / schedule.length);
    faults.at(0.05, 'LLM: 500s, malformed JSON, slow answers', async () => {
      for (const mode of ['http-500', 'malformed', 'slow'] as const) {
        llm.setMode(mode);
        await sleep(8_000);
      }
      llm.setMode('ok');
    });
    faults.at(0.15, 'SMTP: listener closed, 421 greeting, 451 after DATA', async () => {
      for (const mode of ['refuse', 'greeting-421', 'data-451'] as const) {
        await smtp.setMode(mode);
        await sleep(6_000);
      }
      await smtp.setMode('up');
    });
    if (cluster) {
      const restart = cluster.restart.bind(cluster);
      faults.at(0.4, 'PostgreSQL: stopped (immediate), down 5 s, started', () => restart(5_000));
    }

    const sendStarted = Date.now();
    const watching = faults.watch();
    await runBounded(schedule, IN_FLIGHT, sender.deliver);
    const sendSeconds = (Date.now() - sendStarted) / 1000;
    await faults.finish(watching);

    const drainStarted = Date.now();
    await waitForPipeline(databaseUrl, smtp, REPLIES, DRAIN_TIMEOUT_MS);
    const drainSeconds = (Date.now() - drainStarted) / 1000;
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
    if (cluster) expect(sender.counts.answered5xx + sender.counts.connectionErrors).toBeGreaterThan(0);

    expect(facts.inbound).toBe(REPLIES);
    expect(facts.inboundNotRouted).toEqual([]);
    expect(facts.replies).toBe(REPLIES);
    expect(facts.duplicateReplies).toEqual([]);
    expect(new Set(facts.replyMessageIds)).toEqual(new Set(replies.map((r) => r.messageId)));

    const notForwarded = facts.replyIds.filter((id) => !forwardsSeen.has(id));
    expect(notForwarded.slice(0, 10)).toEqual([]);
    expect(forwardsSeen.size).toBe(REPLIES);
    expect(facts.forwardsSent).toBe(REPLIES);

    expect(facts.analyses).toBe(REPLIES);
    const analyzed = (fallback: boolean) => facts.analysesBy.filter((row) => row.fallback === fallback).reduce((sum, row) => sum + row.count, 0);
    expect(analyzed(true)).toBeGreaterThan(0);
    expect(analyzed(false)).toBeGreaterThan(0);
    expect(facts.failedJobs).toEqual([]);
  });
});

/** Faults started once the given share of the deliveries has been accepted; each runs to its end in the background. */
class FaultPlan {
  readonly log: string[] = [];
  private readonly steps: { at: number; name: string; run: () => Promise<void>; started?: Promise<void> }[] = [];
  private stopped = false;

  constructor(private readonly progress: () => number) {}

  at(share: number, name: string, run: () => Promise<void>): void {
    this.steps.push({ at: share, name, run });
  }

  async watch(): Promise<void> {
    const t0 = Date.now();
    while (!this.stopped && this.steps.some((step) => !step.started)) {
      for (const step of this.steps) {
        if (step.started || this.progress() < step.at) continue;
        this.log.push(`${((Date.now() - t0) / 1000).toFixed(1)} s: ${step.name}`);
        step.started = step.run();
      }
      await sleep(100);
    }
  }

  /** Starts the faults the traffic did not reach (a small run) and waits until every fault has ended. */
  async finish(watching: Promise<void>): Promise<void> {
    for (const step of this.steps) if (!step.started) step.started = step.run().then(() => void this.log.push(`late: ${step.name}`));
    this.stopped = true;
    await watching;
    await Promise.all(this.steps.map((step) => step.started));
  }
}

async function waitForPipeline(url: string, smtp: SmtpMailbox, replies: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const progress = await readProgress(url).catch(() => null);
    const forwarded = [...smtp.received.keys()].filter((id) => id.startsWith('<fwd-')).length;
    if (progress && progress.replies >= replies && progress.analyses >= replies && progress.forwardsSent >= replies && forwarded >= replies) return;
    await sleep(1_000);
  }
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
    `forwards                ${r.facts.forwardsSent} marked sent (${r.facts.forwardAttempts} attempts); mailbox: ${r.forwardsSeen.size} distinct, ${received} received, ${duplicated} delivered more than once; ${r.smtp.refusedMessages} refused with 451`,
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
