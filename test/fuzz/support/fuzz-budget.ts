import fc from 'fast-check';

/**
 * FUZZ_RUNS is the number of inputs for the whole fuzz project, shared out by weight. The default keeps
 * `npm run test:fuzz` under a minute for CI (~35 s on 2 cores); FUZZ_RUNS=100000 is the long run (~4 min).
 */
const DEFAULT_TOTAL_RUNS = 10_000;
const MIN_RUNS_PER_TARGET = 25;

export const totalRuns = positiveInt(process.env.FUZZ_RUNS, DEFAULT_TOTAL_RUNS);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/**
 * Share of the total each target gets, so each fuzz file takes similar time. HTTP gets the least: every request it
 * stores is then processed by the job queue (~20 rows/s on PGlite), which the test waits for.
 */
export const targetShares = {
  sendgrid: 0.15,
  postmark: 0.1,
  mailgun: 0.12,
  mime: 0.14,
  extract: 0.15,
  analyze: 0.16,
  sanitize: 0.13,
  http: 0.05,
} as const;

export type FuzzTarget = keyof typeof targetShares;

export function runsFor(target: FuzzTarget, fraction = 1): number {
  return Math.max(MIN_RUNS_PER_TARGET, Math.round(totalRuns * targetShares[target] * fraction));
}

const REPORT_CHARS = 4_000;

/**
 * fast-check parameters for one property; the seed is printed on failure and can be replayed with FUZZ_SEED.
 * Counterexamples can be megabytes of bytes, so the report is cut to its head and tail.
 */
export function fuzzParameters<T>(numRuns: number): fc.Parameters<T> {
  const reporter = (details: fc.RunDetails<T>) => {
    if (!details.failed) return;
    const report = fc.defaultReportMessage(details) ?? 'property failed';
    const cut = report.length > REPORT_CHARS ? `${report.slice(0, REPORT_CHARS / 2)}\n…(${report.length} chars)…\n${report.slice(-REPORT_CHARS / 2)}` : report;
    throw new Error(cut, { cause: details.errorInstance });
  };
  return { numRuns, seed, endOnFailure: true, reporter };
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
