import { afterEach, describe, expect, it } from 'vitest';
import { createBuiltinAnalyzer } from '../../src/analysis/builtin/index.js';
import { createAnalyzer } from '../../src/analysis/create-analyzer.js';
import { analysisSchema } from '../../src/analysis/schema.js';
import { startFakeLlmVendor, type FakeLlmVendor } from '../helpers/fake-llm-vendor.js';

let vendor: FakeLlmVendor | undefined;
afterEach(async () => {
  await vendor?.close();
  vendor = undefined;
});

describe('createAnalyzer', () => {
  it('gives the built-in analyzer by default', () => {
    expect(createAnalyzer({ provider: 'builtin' }).name).toBe(createBuiltinAnalyzer().name);
  });

  it('names the missing option', () => {
    expect(() => createAnalyzer({ provider: 'openai' })).toThrow(/apiKey: required when provider is openai/);
    expect(() => createAnalyzer({ provider: 'anthropic' })).toThrow(/apiKey: required when provider is anthropic/);
    expect(() => createAnalyzer({ provider: 'openai-compatible', baseUrl: 'http://127.0.0.1:11434/v1' })).toThrow(
      /model: required when provider is openai-compatible/,
    );
    expect(() => createAnalyzer({ provider: 'openai-compatible', model: 'llama3.1:8b' })).toThrow(/baseUrl: required/);
    expect(() => createAnalyzer({ provider: 'openai', apiKey: 'k', timeoutMs: -1 })).toThrow(/timeoutMs/);
  });

  it('builds each LLM provider with its default model', () => {
    expect(createAnalyzer({ provider: 'openai', apiKey: 'k' }).name).toBe('openai');
    expect(createAnalyzer({ provider: 'anthropic', apiKey: 'k' }).name).toBe('anthropic');
  });

  it('falls back to the real built-in analyzer when the LLM fails, within the timeout given', async () => {
    vendor = await startFakeLlmVendor(() => ({ delayMs: 5_000, text: '{}' }));
    const analyzer = createAnalyzer({ provider: 'openai-compatible', model: 'llama3.1:8b', baseUrl: vendor.baseUrl, timeoutMs: 200 });
    const record = await analyzer.analyze({ newText: 'Please remove me from your list.', sent: 'Quick question' });
    expect(record.analyzer).toBe(createBuiltinAnalyzer().name);
    expect(record.fallbackReason).toBe('openai-compatible: timed out after 200 ms (after 1 attempt)');
    expect(analysisSchema.safeParse(record.result).success).toBe(true);
  });
});
