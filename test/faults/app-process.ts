import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One `src/main.ts --role web|worker` OS process, as `npm run start:web` / `start:worker` runs it. */
export interface AppProcess {
  readonly role: 'web' | 'worker';
  readonly pid: number | undefined;
  /** Exits we did not ask for (not one of our SIGKILLs): a crash, or a failed start when `wasReady` is false. */
  readonly unexpectedExits: number;
  readonly wasReady: boolean;
  /** Resolves when the process says it is listening (web) or working (worker). */
  ready(): Promise<void>;
  /** Resolves when the process has exited, for whatever reason. */
  exited: Promise<void>;
  sigkill(): Promise<void>;
  stop(): Promise<void>;
}

const READY_LINE = { web: 'Replytrack listening on', worker: 'Replytrack worker running' };

export function spawnAppProcess(role: 'web' | 'worker', env: Record<string, string>, logFile: string): AppProcess {
  const log = createWriteStream(logFile, { flags: 'a' });
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '--role', role], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let expectingExit = false;
  let unexpectedExits = 0;
  let wasReady = false;
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      output = (output + chunk.toString()).slice(-4000);
      if (!wasReady && output.includes(READY_LINE[role])) {
        wasReady = true;
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      // 'close' comes after the last output; ending the log on 'exit' could cut it short.
      child.once('close', () => log.end(`\n[exit code=${code} signal=${signal}]\n`));
      if (!expectingExit) unexpectedExits++;
      reject(new Error(`${role} process exited before it was ready (code ${code}, signal ${signal}); see ${logFile}:\n${output.slice(-1500)}`));
    });
  });
  ready.catch(() => {});

  return {
    role,
    pid: child.pid,
    get unexpectedExits() {
      return unexpectedExits;
    },
    get wasReady() {
      return wasReady;
    },
    ready: () => ready,
    exited,
    async sigkill() {
      expectingExit = true;
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      expectingExit = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
