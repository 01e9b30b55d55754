import { getPriority, setPriority } from 'node:os';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Role } from './config.js';
import { buildApp } from './http/app.js';
import { startSmtpListener } from './inbound/smtp-listener.js';
import { startRuntime } from './runtime.js';

const { values } = parseArgs({ options: { role: { type: 'string', default: 'all' } } });
const role = values.role as Role;
if (!['all', 'web', 'worker'].includes(role)) {
  console.error(`--role must be all, web or worker (got "${role}")`);
  process.exit(2);
}

let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

if (role === 'worker') setPriority(Math.max(getPriority(), config.jobs.workerNice));
const runtime = await startRuntime(config, { role });
const { ctx } = runtime;
// pg-boss 10 does not await its own complete/fail calls after a job; when the database goes away meanwhile, their
// rejection is unhandled and would end the process. The job stays active, expires and is retried, so log and go on.
process.on('unhandledRejection', (err) => ctx.logger.error({ err }, 'unhandled rejection'));
const app = role === 'worker' ? null : await buildApp(ctx);
if (app) {
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`Replytrack listening on http://${config.host}:${port}`);
  console.log(`Sign in at ${config.publicUrl}/ (first time: choose "Create account"), or: curl -X POST ${config.publicUrl}/api/v1/signup -H 'content-type: application/json' -d '{"accountName":"Acme","email":"you@example.com","password":"a long password"}'`);
  console.log(`Database: ${runtime.database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}; mail: ${config.mail.transport}; analyzer: ${ctx.analyzer.name}`);
} else {
  console.log(`Replytrack worker running (database: ${runtime.database.kind}; nice ${config.jobs.workerNice})`);
}
const smtp = app && config.inbound.smtpPort !== undefined ? await startSmtpListener(ctx, config.inbound.smtpPort) : null;
if (smtp) console.log(`SMTP listener on ${config.host}:${smtp.port} for reply+…@${config.inboundDomain}${config.inbound.smtpTls ? ' (STARTTLS)' : ''}`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  ctx.logger.info({ signal }, 'stopping');
  await smtp?.close();
  await app?.close();
  await runtime.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
