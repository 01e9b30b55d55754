/** Longest any one input may take in a pure function (a super-linear regex shows up as seconds, not milliseconds). */
export const PER_INPUT_BUDGET_MS = 3_000;

/**
 * Runs one input and fails if it takes longer than the budget. An async call that never settles fails at the
 * budget; a synchronous hang cannot be interrupted and is caught by the test's own timeout instead.
 */
export async function withinBudget<T>(label: string, run: () => T | Promise<T>, budgetMs = PER_INPUT_BUDGET_MS): Promise<T> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer within ${budgetMs} ms`)), budgetMs);
  });
  try {
    const result = await Promise.race([Promise.resolve().then(run), overrun]);
    const elapsed = performance.now() - started;
    if (elapsed > budgetMs) throw new Error(`${label}: took ${Math.round(elapsed)} ms (budget ${budgetMs} ms)`);
    return result;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The outcome of a call that may refuse invalid input: its value, or the error it threw. Errors that only a
 * programming mistake raises (TypeError, RangeError, ReferenceError) are rethrown: those are bugs, not refusals.
 */
export async function settle<T>(label: string, run: () => T | Promise<T>, budgetMs = PER_INPUT_BUDGET_MS): Promise<{ value: T } | { error: Error }> {
  try {
    return { value: await withinBudget(label, run, budgetMs) };
  } catch (err) {
    if (!(err instanceof Error)) throw new Error(`${label}: threw a non-Error: ${String(err)}`);
    if (err instanceof TypeError || err instanceof RangeError || err instanceof ReferenceError) throw err;
    if (err.message.startsWith(`${label}:`)) throw err;
    return { error: err };
  }
}
