import { APICallError } from 'ai';
import { describe, expect, it } from 'vitest';
import { retryAfterMs, retryDelayMs, runWithRetries } from '../../src/analysis/llm/retry.js';

const policy = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 5_000 };

function httpError(statusCode: number, responseHeaders?: Record<string, string>): APICallError {
  return new APICallError({ message: `HTTP ${statusCode}`, url: 'http://127.0.0.1/v1', requestBodyValues: {}, statusCode, responseHeaders });
}

describe('retry delays', () => {
  it('backs off exponentially on 429 and 5xx', () => {
    expect([1, 2, 3].map((attempt) => retryDelayMs(httpError(503), attempt, policy))).toEqual([100, 200, 400]);
    expect(retryDelayMs(httpError(429), 1, policy)).toBe(100);
  });

  it('does not retry other errors', () => {
    expect(retryDelayMs(httpError(400), 1, policy)).toBeNull();
    expect(retryDelayMs(httpError(401), 1, policy)).toBeNull();
    expect(retryDelayMs(new Error('socket hang up'), 1, policy)).toBeNull();
  });

  it('prefers the server Retry-After, capped', () => {
    expect(retryDelayMs(httpError(429, { 'retry-after': '2' }), 1, policy)).toBe(2_000);
    expect(retryDelayMs(httpError(429, { 'retry-after': '3600' }), 1, policy)).toBe(5_000);
    expect(retryDelayMs(httpError(429, { 'retry-after-ms': '250' }), 1, policy)).toBe(250);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(retryAfterMs({ 'Retry-After': 'Thu, 26 Nov 2026 10:00:03 GMT' }, now)).toBe(3_000);
    expect(retryAfterMs({ 'retry-after': '1.5' }, now)).toBe(1_500);
    expect(retryAfterMs({ 'retry-after': 'soon' }, now)).toBeNull();
    expect(retryAfterMs(undefined, now)).toBeNull();
  });
});

describe('runWithRetries', () => {
  it('returns the failure as a value once the retries are spent', async () => {
    let calls = 0;
    const outcome = await runWithRetries(async () => {
      calls++;
      throw httpError(500, { 'retry-after': '0' });
    }, { ...policy, maxRetries: 2 });
    expect(calls).toBe(3);
    expect(outcome).toMatchObject({ ok: false, attempts: 3 });
  });

  it('stops at the first success', async () => {
    let calls = 0;
    const outcome = await runWithRetries(async () => {
      calls++;
      if (calls === 1) throw httpError(502, { 'retry-after': '0' });
      return 'ok';
    }, policy);
    expect(outcome).toEqual({ ok: true, value: 'ok', attempts: 2 });
  });
});
