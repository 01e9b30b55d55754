import { describe, expect, it } from 'vitest';
import { groupCommit } from '../../src/db/group-commit.js';

/** A flush whose batches finish only when the test says so. */
function controlledFlush() {
  const batches: { items: number[]; finish(fail?: boolean): void }[] = [];
  const flush = (items: number[]) => new Promise<number[]>((resolve, reject) => {
    batches.push({ items, finish: (fail) => (fail ? reject(new Error(`batch ${items.join(',')} failed`)) : resolve(items.map((n) => n * 10))) });
  });
  return { batches, flush };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('groupCommit', () => {
  it('flushes a lone item at once, without waiting for company', async () => {
    const { batches, flush } = controlledFlush();
    const submit = groupCommit(flush, { maxBatch: 10, maxInFlight: 1 });
    const result = submit(1);
    expect(batches.map((b) => b.items)).toEqual([[1]]);
    batches[0]!.finish();
    expect(await result).toBe(10);
  });

  it('gathers the items that arrive while a flush runs into the next batch, up to maxBatch', async () => {
    const { batches, flush } = controlledFlush();
    const submit = groupCommit(flush, { maxBatch: 3, maxInFlight: 1 });
    const results = [1, 2, 3, 4, 5, 6].map(submit);
    expect(batches.map((b) => b.items)).toEqual([[1]]);
    batches[0]!.finish();
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1], [2, 3, 4]]);
    batches[1]!.finish();
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1], [2, 3, 4], [5, 6]]);
    batches[2]!.finish();
    expect(await Promise.all(results)).toEqual([10, 20, 30, 40, 50, 60]);
  });

  it('keeps a batch within maxWeight, and sends a heavier item alone', async () => {
    const { batches, flush } = controlledFlush();
    const submit = groupCommit(flush, { maxBatch: 10, maxInFlight: 1, maxWeight: 10, weigh: (n: number) => n });
    [1, 4, 5, 2, 30, 3].forEach((n) => void submit(n));
    for (let i = 0; i < 4; i++) {
      batches[i]!.finish();
      await tick();
    }
    expect(batches.map((b) => b.items)).toEqual([[1], [4, 5], [2], [30], [3]]);
  });

  it('runs up to maxInFlight flushes at once', () => {
    const { batches, flush } = controlledFlush();
    const submit = groupCommit(flush, { maxBatch: 10, maxInFlight: 2 });
    [1, 2, 3, 4].forEach((n) => void submit(n));
    expect(batches.map((b) => b.items)).toEqual([[1], [2]]);
  });

  it('retries a failed batch item by item, so only the bad item fails', async () => {
    const flush = async (items: number[]) => {
      if (items.includes(13)) throw new Error('13 is bad');
      return items.map((n) => n * 10);
    };
    const { batches, flush: gate } = controlledFlush();
    let first = true;
    const submit = groupCommit(async (items: number[]) => (first ? ((first = false), gate(items)) : flush(items)), { maxBatch: 10, maxInFlight: 1 });
    const held = submit(1);
    const results = [12, 13, 14].map((n) => submit(n).catch((err: Error) => err.message));
    batches[0]!.finish();
    expect(await held).toBe(10);
    expect(await Promise.all(results)).toEqual([120, '13 is bad', 140]);
  });
});
