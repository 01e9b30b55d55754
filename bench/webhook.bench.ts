import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import { buildApp } from '../src/http/app.js';
import { parseMultipartForm } from '../src/inbound/multipart-form.js';
import { startRuntime, type Runtime } from '../src/runtime.js';
import { createDatabase } from '../test/helpers/test-app.js';
import { measureAcceptRate, uniqueReplyForm, type Conversation } from './accept-load.js';
import { startWebProcess } from './web-process.js';

const REPLY_TEXT = `${'Thanks for checking in. We are sending about 20,000 emails a month and the team likes the timeline. '.repeat(20)}\n\nOn Mon, Mar 2, 2026 at 9:00 AM Acme <hi@acme.example> wrote:\n> How is it going?\n`;

/**
 * The webhook on PostgreSQL: accepted replies/s and latency at full load and at 300/s against a web process of its
 * own, accept → forward and accept → analysis with the workers on, and the ceiling: bare Fastify + the same
 * multipart parse + one INSERT, measured in the same run.
 */
export async function benchWebhook(): Promise<Record<string, number>> {
  const database = await createDatabase();
  try {
    const config = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', INBOUND_DOMAIN: 'reply.bench', DATA_DIR: '/tmp/replytrack-bench' });
    const setup = await startRuntime(config, { role: 'web', logger: pino({ level: 'silent' }) });
    const replyTo = await openConversation(setup);
    await setup.stop();
    // The pipeline first: the load phases leave thousands of queued jobs that no worker drains.
    const pipeline = await measurePipeline(config, replyTo);

    const web = await startWebProcess({ DATABASE_URL: database.url, INBOUND_DOMAIN: 'reply.bench' });
    const url = `${web.url}/webhooks/inbound/sendgrid`;
    const full = await load(url, replyTo, { connections: 50, seconds: 10 });
    const paced = await load(url, replyTo, { connections: 20, seconds: 10, overallRate: 300 });
    await web.stop();
    const ceiling = await measureCeiling(database.url, replyTo);
    return {
      acceptPerSecond: full.rate, acceptP50Ms: full.p50, acceptP99Ms: full.p99, acceptNon2xx: full.non2xx,
      at300P50Ms: paced.p50, at300P99Ms: paced.p99, at300Non2xx: paced.non2xx,
      ...pipeline,
      ceilingPerSecond: ceiling.rate, ceilingP99Ms: ceiling.p99,
    };
  } finally {
    await database.drop();
  }
}

async function openConversation(runtime: Runtime): Promise<string> {
  const { signUp } = await import('../src/accounts/sign-up.js');
  const { createCustomer } = await import('../src/customers/create-customer.js');
  const { sendEmail } = await import('../src/conversations/send-email.js');
  const account = await signUp(runtime.ctx, { accountName: 'Bench', email: `bench-${Date.now()}@example.com`, password: 'bench password' });
  const customer = await createCustomer(runtime.ctx, account.accountId, { email: 'customer@bench.example', name: 'Bench Customer' });
  return (await sendEmail(runtime.ctx, account.accountId, customer.id, { subject: 'How is it going?', text: 'Hi!' })).replyTo;
}

const FROM = 'Bench Customer <customer@bench.example>';

async function load(url: string, replyTo: string, options: { connections: number; seconds: number; overallRate?: number }) {
  const conversations: Conversation[] = [{ replyTo, from: FROM }];
  const result = await measureAcceptRate(url, conversations, { ...options, text: REPLY_TEXT });
  return { rate: result.perSecond, p50: result.p50, p99: result.p99, non2xx: result.failed };
}

/** Replies posted at a steady 20/s with the workers running; latency read from the stored timestamps. */
async function measurePipeline(config: ReturnType<typeof loadConfig>, replyTo: string) {
  const runtime = await startRuntime(config, { role: 'all', logger: pino({ level: 'silent' }) });
  const app = await buildApp(runtime.ctx);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/webhooks/inbound/sendgrid`;
  const client = new pg.Client({ connectionString: config.databaseUrl });
  await client.connect();
  const since = new Date();
  const count = 200;
  for (let i = 0; i < count; i++) {
    const form = uniqueReplyForm({ replyTo, from: FROM }, REPLY_TEXT);
    await fetch(url, { method: 'POST', headers: { 'content-type': form.contentType }, body: new Uint8Array(form.body) });
    await new Promise((r) => setTimeout(r, 50));
  }
  const deadline = Date.now() + 60_000;
  let rows: { forward_ms: number; analysis_ms: number }[] = [];
  while (Date.now() < deadline) {
    const result = await client.query(`
      select extract(epoch from (o.created_at - i.received_at)) * 1000 as forward_ms,
             extract(epoch from (a.created_at - i.received_at)) * 1000 as analysis_ms
      from inbound_messages i join replies r on r.inbound_id = i.id
      join outbox o on o.kind = 'forward' and o.source_id = r.id
      join analyses a on a.reply_id = r.id
      where i.received_at >= $1`, [since]);
    rows = result.rows.map((r) => ({ forward_ms: Number(r.forward_ms), analysis_ms: Number(r.analysis_ms) }));
    if (rows.length >= count) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await client.end();
  await app.close();
  await runtime.stop();
  const pct = (values: number[], p: number) => Math.round(values.sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN);
  const forward = rows.map((r) => r.forward_ms);
  const analysis = rows.map((r) => r.analysis_ms);
  return {
    pipelineReplies: rows.length,
    acceptToForwardP50Ms: pct(forward, 0.5), acceptToForwardP95Ms: pct(forward, 0.95),
    acceptToAnalysisP50Ms: pct(analysis, 0.5), acceptToAnalysisP95Ms: pct(analysis, 0.95),
  };
}

async function measureCeiling(databaseUrl: string, replyTo: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  pool.on('error', () => {});
  await pool.query('create table if not exists bench_ceiling (id serial primary key, message_id text, body bytea)');
  const app = Fastify();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.post('/ceiling', async (request) => {
    const form = await parseMultipartForm(request.body as Buffer, String(request.headers['content-type']));
    await pool.query('insert into bench_ceiling (message_id, body) values ($1, $2)', [form.text('subject'), request.body]);
    return { ok: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/ceiling`;
  const result = await load(url, replyTo, { connections: 50, seconds: 10 });
  await app.close();
  await pool.end();
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await benchWebhook());
}
