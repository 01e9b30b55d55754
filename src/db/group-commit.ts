export interface GroupCommitOptions<T> {
  /** Most items one flush takes. */
  maxBatch: number;
  /** Flushes running at once; items arriving while all are busy wait and form the next batch. */
  maxInFlight: number;
  /** With `weigh`: the most weight one batch takes (a single heavier item still goes, alone). */
  maxWeight?: number;
  weigh?: (item: T) => number;
}

type Flush<T, R> = (items: T[]) => Promise<R[]>;

/**
 * Group commit: items submitted while earlier flushes are still running are written together, so under load many
 * requests share one transaction (one COMMIT, a few round trips) while a lone item is flushed at once, with no wait.
 * A failed batch is retried item by item, so a bad item fails only its own submitter.
 */
export function groupCommit<T, R>(flush: Flush<T, R>, options: GroupCommitOptions<T>): (item: T) => Promise<R> {
  interface Waiting { item: T; resolve(result: R): void; reject(err: unknown): void }
  let waiting: Waiting[] = [];
  let inFlight = 0;

  const run = async (batch: Waiting[]) => {
    try {
      const results = await flush(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(results[i]!));
    } catch (err) {
      if (batch.length === 1) return batch[0]!.reject(err);
      await Promise.all(batch.map((w) => run([w])));
    }
  };

  const nextBatchSize = () => {
    const { maxBatch, maxWeight = Infinity, weigh } = options;
    let size = 0;
    let weight = 0;
    while (size < Math.min(maxBatch, waiting.length)) {
      weight += weigh ? weigh(waiting[size]!.item) : 0;
      if (size > 0 && weight > maxWeight) break;
      size++;
    }
    return size;
  };

  const pump = () => {
    while (inFlight < options.maxInFlight && waiting.length > 0) {
      const batch = waiting.slice(0, nextBatchSize());
      waiting = waiting.slice(batch.length);
      inFlight++;
      void run(batch).finally(() => {
        inFlight--;
        pump();
      });
    }
  };

  return (item) => new Promise<R>((resolve, reject) => {
    waiting.push({ item, resolve, reject });
    pump();
  });
}
