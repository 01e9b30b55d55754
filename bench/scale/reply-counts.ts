import type { Random } from './random.js';

/** Replies per customer: most customers wrote a few, a handful wrote thousands, about one in eight never answered. */
export function replyCounts(rand: Random, customers: number, replies: number): Int32Array {
  const counts = new Int32Array(customers);
  const answering = Math.max(1, Math.round(customers * 0.88));
  for (let i = 0; i < replies; i++) counts[Math.floor(answering * rand.next() ** 2)]!++;
  // Shuffled, so the heavy customers are spread over the seeding batches.
  for (let i = customers - 1; i > 0; i--) {
    const j = rand.int(i + 1);
    [counts[i], counts[j]] = [counts[j]!, counts[i]!];
  }
  return counts;
}
