import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface RunningServer {
  url: string;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const startTimeoutMs = 60_000;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

function waitForListening(child: ChildProcess, log: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${startTimeoutMs} ms:\n${log.join('')}`)), startTimeoutMs);
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString());
      const match = /listening on (http:\/\/[^\s"]+)/.exec(log.join(''));
      if (!match) return;
      clearTimeout(timer);
      resolve(match[1]!.replace(/\/$/, ''));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${log.join('')}`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the real server (`tsx src/main.ts`) on a free port with a fresh data directory, the built-in
 * outbox and the built-in analyzer, so nothing leaves the machine.
 */
export async function startServer(): Promise<RunningServer> {
  if (!existsSync(path.join(repoRoot, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run `npm run build:web` before the e2e tests');
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'replytrack-e2e-'));
  const port = await freePort();
  // `node --import tsx` is what `npx tsx` runs, minus the extra wrapper process to kill.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      PUBLIC_URL: '',
      MAIL_TRANSPORT: 'outbox',
      AI_PROVIDER: 'builtin',
      INBOUND_DOMAIN: 'reply.localhost',
      INBOUND_BASIC_AUTH: '',
      SENDGRID_INBOUND_PUBLIC_KEY: '',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  try {
    const url = await waitForListening(child, log);
    return {
      url,
      output: () => log.join(''),
      stop: async () => {
        await stopChild(child);
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopChild(child);
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
