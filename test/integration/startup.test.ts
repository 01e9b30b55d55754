import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { createDatabase } from '../helpers/test-app.js';

interface Run { output: string; code: number | null; pid: number; kill(): Promise<void> }

function run(env: Record<string, string>, untilLine?: RegExp, args: string[] = []): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], { cwd: repoRoot, env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${untilLine}" in time:\n${output}`)), 45_000);
    const kill = () => new Promise<void>((r) => (child.exitCode !== null ? r() : (child.once('exit', () => r()), child.kill('SIGTERM'))));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (untilLine && untilLine.test(output)) {
        clearTimeout(timer);
        resolve({ output, code: null, pid: child.pid!, kill });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ output, code, pid: child.pid!, kill });
    });
  });
}

describe('starting the product', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'replytrack-start-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('stops on a bad value with one line naming the variable', async () => {
    const { output, code } = await run({ DATA_DIR: tempDir(), PORT: 'eighty' });
    expect(code).toBe(1);
    expect(output.trim()).toMatch(/^Invalid configuration: PORT: .+$/);
  });

  it('starts on its embedded defaults, prints how to sign in, and stops cleanly on SIGTERM', async () => {
    const database = process.env.TEST_DB === 'postgres' ? await createDatabase() : null;
    const env = { DATA_DIR: tempDir(), PORT: '0', ...(database ? { DATABASE_URL: database.url } : {}) };
    const server = await run(env, /Sign in at .*signup.*\nDatabase: .*\n/s);
    expect(server.output).toMatch(/Replytrack listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(server.output).toMatch(database ? /PostgreSQL/ : /embedded PGlite/);
    const port = server.output.match(/listening on http:\/\/127\.0\.0\.1:(\d+)/)![1];
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ accountName: 'A', email: 'a@b.example', password: 'long enough' }) });
    expect(res.status).toBe(201);
    await server.kill();
    await database?.drop();
  });

  it.runIf(process.env.TEST_DB === 'postgres')('runs a worker process at the WORKER_NICE priority, below the web', async () => {
    const database = await createDatabase();
    const worker = await run({ DATA_DIR: tempDir(), DATABASE_URL: database.url, WORKER_NICE: '7' }, /worker running/, ['--role', 'worker']);
    expect(worker.output).toMatch(/nice 7/);
    expect(getPriority(worker.pid)).toBe(7);
    await worker.kill();
    await database.drop();
  });

  it.runIf(process.env.TEST_DB !== 'postgres')('refuses a second process on the same embedded data directory', async () => {
    const dir = tempDir();
    const first = await run({ DATA_DIR: dir, PORT: '0' }, /listening/);
    const second = await run({ DATA_DIR: dir, PORT: '0' });
    expect(second.code).not.toBe(0);
    expect(second.output).toMatch(/in use by process \d+/);
    await first.kill();
  });
});
