import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';

export const llmProviders = ['openai', 'anthropic', 'openai-compatible'] as const;
export type LlmProvider = (typeof llmProviders)[number];

export interface LanguageModelOptions {
  provider: LlmProvider;
  model: string;
  apiKey?: string;
  /** The API root including its version segment, e.g. `http://localhost:11434/v1`. */
  baseUrl?: string;
}

/** Builds the AI SDK model for one provider; the key goes only into the provider's request headers. */
export function createLanguageModel(options: LanguageModelOptions): LanguageModel {
  const { provider, model, apiKey, baseUrl } = options;
  switch (provider) {
    case 'openai':
      return createOpenAI({ apiKey, baseURL: baseUrl })(model);
    case 'anthropic':
      return createAnthropic({ apiKey, baseURL: baseUrl })(model);
    case 'openai-compatible':
      if (!baseUrl) throw new Error('openai-compatible provider needs baseUrl (AI_BASE_URL)');
      // Ollama and vLLM both accept `response_format: json_schema`; without this flag the schema is never sent.
      return createOpenAICompatible({ name: 'openai-compatible', baseURL: baseUrl, apiKey, supportsStructuredOutputs: true })(model);
  }
}
