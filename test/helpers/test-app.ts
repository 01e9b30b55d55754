import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config.js';
import { buildApp } from '../../src/http/app.js';
import { startRuntime, type Runtime } from '../../src/runtime.js';

export const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestApp {
  url: string;
  app: FastifyInstance;
  runtime: Runtime;
  clock: { now: Date | null };
  stop(): Promise<void>;
}

/**
 * The real app on a real port, on the database the vitest project names (TEST_DB=pglite|postgres), each in a fresh
 * directory or a fresh PostgreSQL database. `clock.now`, when set, is the app's time.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'replytrack-test-'));
  const database = process.env.TEST_DB === 'postgres' ? await createDatabase() : null;
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', INBOUND_DOMAIN: 'reply.test', ...(database ? { DATABASE_URL: database.url } : {}), ...env });
  const clock: { now: Date | null } = { now: null };
  const runtime = await startRuntime(config, { now: () => clock.now ?? new Date(), logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }) });
  const app = await buildApp(runtime.ctx);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    runtime,
    clock,
    async stop() {
      await app.close();
      await runtime.stop();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function createDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `rt_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: SERVER_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
