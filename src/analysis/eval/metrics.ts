import type { Analysis } from '../schema.js';

/** A gold label as the guide's data files hold it (`key_insights` is not labeled). */
export type GoldLabel = Omit<Analysis, 'key_insights'>;

export interface EvalRow {
  id: string;
  gold: GoldLabel;
  predicted: Analysis;
}

export type FlagName = keyof Analysis['flags'];
const FLAG_NAMES: readonly FlagName[] = ['auto_reply', 'unsubscribe', 'meeting_request', 'referral'];
const CATEGORICAL = ['response_type', 'product_interest', 'follow_up_needed', 'sentiment', 'language'] as const;
type CategoricalField = (typeof CATEGORICAL)[number];
const FREE_TEXT = ['action_items', 'product_usage', 'pain_points'] as const;
type FreeTextField = (typeof FREE_TEXT)[number];

export interface F1 {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalReport {
  count: number;
  accuracy: Record<CategoricalField, number>;
  opportunity: { exact: number; mae: number };
  flags: Record<FlagName, F1>;
  volume: { recall: number; goldWithVolume: number; nullKept: number; goldWithoutVolume: number };
  presence: Record<FreeTextField, number>;
  keywordShare: Record<FreeTextField, number>;
}

const share = (hits: number, total: number) => (total === 0 ? 1 : hits / total);

function f1(rows: readonly EvalRow[], flag: FlagName): F1 {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { gold, predicted } of rows) {
    if (predicted.flags[flag] && gold.flags[flag]) tp++;
    else if (predicted.flags[flag]) fp++;
    else if (gold.flags[flag]) fn++;
  }
  const precision = share(tp, tp + fp);
  const recall = share(tp, tp + fn);
  const score = tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
  return { precision, recall, f1: score, support: tp + fn };
}

function asList(value: string | readonly string[] | null): string[] {
  if (value === null) return [];
  return typeof value === 'string' ? [value] : [...value];
}

const STOP = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'their', 'about', 'into', 'they', 'them', 'have', 'has']);
function keywords(texts: readonly string[]): Set<string> {
  const words = texts.join(' ').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  return new Set(words.filter((word) => !STOP.has(word)));
}

/** The share of the gold text's key words that appear in the prediction, over rows where gold has text. */
function keywordShare(rows: readonly EvalRow[], field: FreeTextField): number {
  const scored = rows.filter(({ gold }) => asList(gold[field]).length > 0);
  if (scored.length === 0) return 1;
  const total = scored.reduce((sum, { gold, predicted }) => {
    const wanted = keywords(asList(gold[field]));
    const found = keywords(asList(predicted[field]));
    return sum + share([...wanted].filter((word) => found.has(word)).length, wanted.size);
  }, 0);
  return total / scored.length;
}

function volumeScores(rows: readonly EvalRow[]): EvalReport['volume'] {
  const withVolume = rows.filter(({ gold }) => gold.monthly_volume !== null);
  const withoutVolume = rows.filter(({ gold }) => gold.monthly_volume === null);
  const matched = withVolume.filter(({ gold, predicted }) =>
    predicted.monthly_volume !== null &&
    Math.abs(predicted.monthly_volume.amount - gold.monthly_volume!.amount) < 1e-6 &&
    predicted.monthly_volume.period === gold.monthly_volume!.period,
  );
  const keptNull = withoutVolume.filter(({ predicted }) => predicted.monthly_volume === null);
  return {
    recall: share(matched.length, withVolume.length),
    goldWithVolume: withVolume.length,
    nullKept: share(keptNull.length, withoutVolume.length),
    goldWithoutVolume: withoutVolume.length,
  };
}

/** Scores predictions against gold the way shared/analysis/GUIDE.md says they are scored. */
export function scoreAnalyses(rows: readonly EvalRow[]): EvalReport {
  const accuracy = Object.fromEntries(
    CATEGORICAL.map((field) => [field, share(rows.filter(({ gold, predicted }) => gold[field] === predicted[field]).length, rows.length)]),
  ) as Record<CategoricalField, number>;
  const presence = Object.fromEntries(
    FREE_TEXT.map((field) => [
      field,
      share(rows.filter(({ gold, predicted }) => (asList(gold[field]).length > 0) === (asList(predicted[field]).length > 0)).length, rows.length),
    ]),
  ) as Record<FreeTextField, number>;
  return {
    count: rows.length,
    accuracy,
    opportunity: {
      exact: share(rows.filter(({ gold, predicted }) => gold.opportunity_score === predicted.opportunity_score).length, rows.length),
      mae: rows.length === 0 ? 0 : rows.reduce((sum, { gold, predicted }) => sum + Math.abs(gold.opportunity_score - predicted.opportunity_score), 0) / rows.length,
    },
    flags: Object.fromEntries(FLAG_NAMES.map((flag) => [flag, f1(rows, flag)])) as Record<FlagName, F1>,
    volume: volumeScores(rows),
    presence,
    keywordShare: Object.fromEntries(FREE_TEXT.map((field) => [field, keywordShare(rows, field)])) as Record<FreeTextField, number>,
  };
}

export interface Mismatch {
  id: string;
  field: string;
  gold: unknown;
  predicted: unknown;
}

/** Every scored field where a prediction differs from gold, for `--errors`. */
export function listMismatches(rows: readonly EvalRow[]): Mismatch[] {
  const mismatches: Mismatch[] = [];
  for (const { id, gold, predicted } of rows) {
    const add = (field: string, goldValue: unknown, predictedValue: unknown) => mismatches.push({ id, field, gold: goldValue, predicted: predictedValue });
    for (const field of CATEGORICAL) if (gold[field] !== predicted[field]) add(field, gold[field], predicted[field]);
    if (gold.opportunity_score !== predicted.opportunity_score) add('opportunity_score', gold.opportunity_score, predicted.opportunity_score);
    for (const flag of FLAG_NAMES) if (gold.flags[flag] !== predicted.flags[flag]) add(`flags.${flag}`, gold.flags[flag], predicted.flags[flag]);
    const goldVolume = gold.monthly_volume;
    const predictedVolume = predicted.monthly_volume;
    const volumeMatches = goldVolume === null ? predictedVolume === null
      : predictedVolume !== null && predictedVolume.amount === goldVolume.amount && predictedVolume.period === goldVolume.period;
    if (!volumeMatches) add('monthly_volume', goldVolume, predictedVolume);
    for (const field of FREE_TEXT) {
      if ((asList(gold[field]).length > 0) !== (asList(predicted[field]).length > 0)) add(field, gold[field], predicted[field]);
    }
  }
  return mismatches;
}
