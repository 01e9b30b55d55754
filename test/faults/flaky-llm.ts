import type { Analysis } from '../../src/analysis/schema.js';
import { startFakeLlmVendor, type ScriptedReply } from '../helpers/fake-llm-vendor.js';

/** How the fake LLM vendor answers right now: well, with 500s, with JSON that does not parse, or too slowly. */
export type LlmMode = 'ok' | 'http-500' | 'malformed' | 'slow';

export interface FlakyLlm {
  baseUrl: string;
  model: string;
  /** Requests answered in each mode. */
  answered: Record<LlmMode, number>;
  setMode(mode: LlmMode): void;
  close(): Promise<void>;
}

const answer: Analysis = {
  response_type: 'standard',
  sentiment: 'positive',
  key_insights: ['Customer is happy with the product'],
  opportunity_score: 3,
  follow_up_needed: true,
  product_interest: 'mentioned',
  action_items: [],
  product_usage: null,
  monthly_volume: null,
  pain_points: [],
  flags: { auto_reply: false, unsubscribe: false, meeting_request: false, referral: false },
  language: 'en',
};

/** `slowMs` must exceed the app's AI_TIMEOUT_MS so a slow answer ends in a timeout, then the built-in fallback. */
export async function startFlakyLlm(slowMs: number): Promise<FlakyLlm> {
  let mode: LlmMode = 'ok';
  const answered: Record<LlmMode, number> = { ok: 0, 'http-500': 0, malformed: 0, slow: 0 };
  const replies: Record<LlmMode, ScriptedReply> = {
    ok: { text: JSON.stringify(answer) },
    'http-500': { status: 500, text: 'upstream overloaded' },
    malformed: { text: `${JSON.stringify(answer).slice(0, 80)},,}` },
    slow: { text: JSON.stringify(answer), delayMs: slowMs },
  };
  const vendor = await startFakeLlmVendor(() => {
    answered[mode]++;
    return replies[mode];
  });
  // The fake vendor keeps every request; a long run only needs the counts.
  const trim = setInterval(() => vendor.requests.splice(0), 5_000);
  return {
    baseUrl: vendor.baseUrl,
    model: 'fault-model',
    answered,
    setMode: (next) => {
      mode = next;
    },
    async close() {
      clearInterval(trim);
      await vendor.close();
    },
  };
}
