import { APICallError } from 'ai';

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  /** Caps both the exponential backoff and a server's Retry-After. */
  maxDelayMs: number;
}

export type AttemptOutcome<T> = { ok: true; value: T; attempts: number } | { ok: false; error: unknown; attempts: number };

/** Runs `attempt` until it succeeds, fails for good, or the retries are spent. Failures are returned, not thrown. */
export async function runWithRetries<T>(attempt: () => Promise<T>, policy: RetryPolicy): Promise<AttemptOutcome<T>> {
  for (let attempts = 1; ; attempts++) {
    try {
      return { ok: true, value: await attempt(), attempts };
    } catch (error) {
      const delayMs = attempts <= policy.maxRetries ? retryDelayMs(error, attempts, policy) : null;
      if (delayMs === null) return { ok: false, error, attempts };
      await sleep(delayMs);
    }
  }
}

/** How long to wait before the next attempt, or null when the error is not worth retrying (only 429 and 5xx are). */
export function retryDelayMs(error: unknown, attemptsSoFar: number, policy: RetryPolicy): number | null {
  const status = APICallError.isInstance(error) ? error.statusCode : undefined;
  if (status === undefined || (status !== 429 && status < 500)) return null;
  const serverDelay = retryAfterMs(APICallError.isInstance(error) ? error.responseHeaders : undefined);
  const backoff = policy.baseDelayMs * 2 ** (attemptsSoFar - 1);
  return Math.min(serverDelay ?? backoff, policy.maxDelayMs);
}

/** Reads `retry-after-ms` (OpenAI) or `retry-after` as seconds or an HTTP date. */
export function retryAfterMs(headers: Record<string, string> | undefined, now = Date.now()): number | null {
  if (!headers) return null;
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  const millis = Number.parseFloat(lower['retry-after-ms'] ?? '');
  if (Number.isFinite(millis) && millis >= 0) return millis;
  const value = lower['retry-after']?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Number.parseFloat(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
