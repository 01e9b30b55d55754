import type { AppProcess } from './app-process.js';

/**
 * Worker processes under fire: every `killEveryMs` one of them (in turn) is killed with SIGKILL and a new one is
 * started in its place, as a crashing host or an OOM killer would. A worker that dies on its own is restarted too,
 * as a supervisor would: counted as a crash when it had been running, as a failed start when it never got going
 * (e.g. started while the database was down).
 */
export interface WorkerFleet {
  kills: number;
  crashes: number;
  failedStarts: number;
  /** Stop killing; the workers keep running until stop(). */
  ceaseFire(): void;
  stop(): Promise<void>;
}

const RESTART_DELAY_MS = 1_000;

export async function startWorkerFleet(size: number, spawnWorker: () => AppProcess, killEveryMs: number): Promise<WorkerFleet> {
  let stopping = false;
  let kills = 0;
  let crashes = 0;
  let failedStarts = 0;
  const slots: AppProcess[] = [];

  const fill = (slot: number) => {
    const worker = spawnWorker();
    slots[slot] = worker;
    void worker.exited.then(() => {
      if (worker.unexpectedExits > 0 && worker.wasReady) crashes++;
      if (worker.unexpectedExits > 0 && !worker.wasReady) failedStarts++;
      if (stopping || slots[slot] !== worker) return;
      setTimeout(() => !stopping && slots[slot] === worker && fill(slot), RESTART_DELAY_MS);
    });
  };
  for (let slot = 0; slot < size; slot++) fill(slot);
  await Promise.all(slots.map((worker) => worker.ready()));

  let turn = 0;
  const killer = setInterval(() => {
    const slot = turn++ % size;
    const victim = slots[slot];
    kills++;
    fill(slot);
    void victim.sigkill();
  }, killEveryMs);

  return {
    get kills() {
      return kills;
    },
    get crashes() {
      return crashes;
    },
    get failedStarts() {
      return failedStarts;
    },
    ceaseFire: () => clearInterval(killer),
    async stop() {
      clearInterval(killer);
      stopping = true;
      await Promise.all(slots.map((worker) => worker.stop()));
    },
  };
}
