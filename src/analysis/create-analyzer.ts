import { z } from 'zod';
import { createBuiltinAnalyzer } from './builtin/index.js';
import { createLlmAnalyzer } from './llm/llm-analyzer.js';
import type { Analyzer } from './schema.js';

export interface CreateAnalyzerOptions {
  provider: 'builtin' | 'openai' | 'anthropic' | 'openai-compatible';
  model?: string;
  apiKey?: string;
  baseUrl?: string;
  timeoutMs?: number;
}

const required = (provider: string) => z.string({ error: `required when provider is ${provider}` }).min(1);
const baseUrl = z.url().optional();
const timeoutMs = z.number().int().positive().optional();

// One branch per provider, so each names exactly what it needs and what it defaults.
const optionsSchema = z.discriminatedUnion('provider', [
  z.object({ provider: z.literal('builtin') }),
  z.object({ provider: z.literal('openai'), model: z.string().min(1).default('gpt-4o-mini'), apiKey: required('openai'), baseUrl, timeoutMs }),
  z.object({
    provider: z.literal('anthropic'),
    model: z.string().min(1).default('claude-haiku-4-5'),
    apiKey: required('anthropic'),
    baseUrl,
    timeoutMs,
  }),
  z.object({
    provider: z.literal('openai-compatible'),
    model: required('openai-compatible'),
    baseUrl: z.url({ error: 'required when provider is openai-compatible (an http(s) URL such as http://localhost:11434/v1)' }),
    apiKey: z.string().min(1).optional(),
    timeoutMs,
  }),
]);

/** The analyzer the configuration asks for; every LLM provider falls back to the built-in analyzer. */
export function createAnalyzer(options: CreateAnalyzerOptions): Analyzer {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`createAnalyzer: ${issue.path.join('.') || 'provider'}: ${issue.message}`);
  }
  const builtin = createBuiltinAnalyzer();
  if (parsed.data.provider === 'builtin') return builtin;
  return createLlmAnalyzer({ ...parsed.data, fallback: builtin });
}
