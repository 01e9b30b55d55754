import { generateText, Output, type LanguageModel } from 'ai';
import { analysisSchema, type Analysis, type AnalysisInput, type AnalysisRecord, type Analyzer } from '../schema.js';
import { AttemptTimeoutError, describeFailure } from './failure-reason.js';
import { createLanguageModel, type LlmProvider } from './language-model.js';
import { buildUserMessage, PROMPT_VERSION, SYSTEM_PROMPT } from './prompt.js';
import { runWithRetries, type RetryPolicy } from './retry.js';

export const LLM_ANALYZER_VERSION = 'llm-1';

export interface LlmAnalyzerOptions {
  provider: LlmProvider;
  model: string;
  apiKey?: string;
  baseUrl?: string;
  /** Per attempt, not in total. */
  timeoutMs?: number;
  maxRetries?: number;
  /** Answers whenever the LLM cannot: network, HTTP errors, timeouts, or an answer that fails the schema. */
  fallback: Analyzer;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RETRIES = 2;
const BACKOFF = { baseDelayMs: 500, maxDelayMs: 10_000 };

export function createLlmAnalyzer(options: LlmAnalyzerOptions): Analyzer {
  const model = createLanguageModel(options);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const policy: RetryPolicy = { maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES, ...BACKOFF };

  return {
    name: options.provider,
    async analyze(input: AnalysisInput): Promise<AnalysisRecord> {
      const started = performance.now();
      const outcome = await runWithRetries(() => requestAnalysis(model, input, timeoutMs), policy);
      if (!outcome.ok) {
        const reason = describeFailure(outcome.error, { provider: options.provider, attempts: outcome.attempts, apiKey: options.apiKey });
        const record = await options.fallback.analyze(input);
        return { ...record, fallbackReason: reason };
      }
      return {
        result: outcome.value.analysis,
        evidence: [],
        analyzer: options.provider,
        analyzerVersion: LLM_ANALYZER_VERSION,
        model: options.model,
        promptVersion: PROMPT_VERSION,
        latencyMs: Math.round(performance.now() - started),
        usage: outcome.value.usage,
        fallbackReason: null,
      };
    },
  };
}

interface ModelAnswer {
  analysis: Analysis;
  usage: { inputTokens?: number; outputTokens?: number };
}

/** One attempt: the SDK's own retries are off so that timeouts and backoff stay ours. */
async function requestAnalysis(model: LanguageModel, input: AnalysisInput, timeoutMs: number): Promise<ModelAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const result = await generateText({
      model,
      system: SYSTEM_PROMPT,
      prompt: buildUserMessage(input),
      output: Output.object({ schema: analysisSchema, name: 'reply_analysis' }),
      temperature: 0,
      // An analysis is well under 1,000 tokens; a bound also silences the SDK's warning for models it does not know.
      maxOutputTokens: 2_000,
      maxRetries: 0,
      abortSignal: controller.signal,
    });
    return { analysis: result.output, usage: { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens } };
  } catch (error) {
    throw controller.signal.aborted ? new AttemptTimeoutError(timeoutMs) : error;
  } finally {
    clearTimeout(timer);
  }
}
