import type { AppProcess } from './app-process.js';

/**
 * Worker processes under fire: each worker is killed with SIGKILL a few seconds after it got going (as a crashing
 * host or an OOM killer would) and a new one is started in its place. Counting from "ready" rather than from the
 * start keeps the kills coming on a loaded machine without starving the queue. A worker that dies on its own is
 * restarted too, as a supervisor would: counted as a crash when it had been running, as a failed start when it
 * never got going (e.g. started while the database was down).
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

export async function startWorkerFleet(size: number, spawnWorker: () => AppProcess, killAfterMs: { min: number; max: number }): Promise<WorkerFleet> {
  let stopping = false;
  let firing = true;
  let kills = 0;
  let crashes = 0;
  let failedStarts = 0;
  const slots: AppProcess[] = [];

  const fill = (slot: number) => {
    const worker = spawnWorker();
    slots[slot] = worker;
    worker.ready().then(() => {
      const timer = setTimeout(() => {
        if (!firing || stopping || slots[slot] !== worker) return;
        kills++;
        fill(slot);
        void worker.sigkill();
      }, killAfterMs.min + Math.random() * (killAfterMs.max - killAfterMs.min));
      void worker.exited.then(() => clearTimeout(timer));
    }, () => {});
    void worker.exited.then(() => {
      if (worker.unexpectedExits > 0 && worker.wasReady) crashes++;
      if (worker.unexpectedExits > 0 && !worker.wasReady) failedStarts++;
      if (stopping || slots[slot] !== worker) return;
      setTimeout(() => !stopping && slots[slot] === worker && fill(slot), RESTART_DELAY_MS);
    });
  };
  for (let slot = 0; slot < size; slot++) fill(slot);
  await Promise.all(slots.map((worker) => worker.ready()));

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
    ceaseFire: () => {
      firing = false;
    },
    async stop() {
      stopping = true;
      await Promise.all(slots.map((worker) => worker.stop()));
    },
  };
}
