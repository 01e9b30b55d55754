import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { serverNodeArgs } from '../node-args.js';

/** `node --import tsx src/main.ts --role worker` processes, as a deployment runs them, stopped by their pids. */
export async function startWorkers(count: number, env: Record<string, string>): Promise<{ stop(): Promise<void> }> {
  const children: ChildProcess[] = [];
  try {
    for (let i = 0; i < count; i++) children.push(await startWorker(env));
  } catch (err) {
    await stopAll(children);
    throw err;
  }
  return { stop: () => stopAll(children) };
}

async function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...serverNodeArgs(), '--role', 'worker'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('worker running')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code} before it was ready: ${output}`)));
  });
  await Promise.race([ready, new Promise((_, reject) => setTimeout(() => reject(new Error('worker not ready in 30 s')), 30_000))]);
  return child;
}

async function stopAll(children: ChildProcess[]): Promise<void> {
  await Promise.all(children.filter((c) => c.exitCode === null).map(async (child) => {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }));
}
