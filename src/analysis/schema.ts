import { z } from 'zod';

/** The analysis of one reply, as `shared/analysis/GUIDE.md` defines it. LLM output is validated against it too. */
export const responseTypes = ['standard', 'high_value', 'needs_attention'] as const;
export const sentiments = ['positive', 'neutral', 'negative', 'mixed'] as const;
export const productInterests = ['none', 'mentioned', 'interested', 'very_interested'] as const;
export const volumePeriods = ['day', 'week', 'month', 'year'] as const;

export const monthlyVolumeSchema = z.object({
  amount: z.number().nonnegative(),
  unit: z.string().min(1).max(40),
  period: z.enum(volumePeriods),
});

export const flagsSchema = z.object({
  auto_reply: z.boolean(),
  unsubscribe: z.boolean(),
  meeting_request: z.boolean(),
  referral: z.boolean(),
});

export const analysisSchema = z.object({
  response_type: z.enum(responseTypes),
  sentiment: z.enum(sentiments),
  key_insights: z.array(z.string().min(1).max(300)).max(3),
  opportunity_score: z.number().int().min(1).max(5),
  follow_up_needed: z.boolean(),
  product_interest: z.enum(productInterests),
  action_items: z.array(z.string().min(1).max(300)).max(10),
  product_usage: z.string().max(500).nullable(),
  monthly_volume: monthlyVolumeSchema.nullable(),
  pain_points: z.array(z.string().min(1).max(300)).max(10),
  flags: flagsSchema,
  language: z.string().regex(/^[a-z]{2}$/),
});
export type Analysis = z.infer<typeof analysisSchema>;

/** Why a label was chosen: the field name and the phrase of the reply behind it. */
export const evidenceSchema = z.array(z.object({ field: z.string(), phrase: z.string() }));
export type Evidence = z.infer<typeof evidenceSchema>;

/** What the analyzer is given: the customer's new words, and the email we sent as context. */
export interface AnalysisInput {
  newText: string;
  subject?: string;
  sent?: string;
  /** Set by the pipeline when the message headers say it was machine-written (RFC 3834 etc.). */
  autoReplyHeader?: boolean;
}

/** A stored analysis: the result plus who produced it and at what cost. */
export interface AnalysisRecord {
  result: Analysis;
  evidence: Evidence;
  analyzer: string;
  analyzerVersion: string;
  model: string | null;
  promptVersion: string | null;
  latencyMs: number;
  usage: { inputTokens?: number; outputTokens?: number } | null;
  /** Set when a configured LLM failed and the built-in analyzer answered instead. */
  fallbackReason: string | null;
}

export interface Analyzer {
  readonly name: string;
  analyze(input: AnalysisInput): Promise<AnalysisRecord>;
}
