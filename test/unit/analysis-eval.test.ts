import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabeledReplies } from '../../src/analysis/eval/dataset.js';
import { type EvalRow, listMismatches, scoreAnalyses } from '../../src/analysis/eval/metrics.js';
import { predictAll } from '../../src/analysis/eval/run-eval.js';
import type { Analysis } from '../../src/analysis/schema.js';

const DEV_FILE = resolve(import.meta.dirname, '../../../shared/analysis/dev.jsonl');
const HOLDOUT_A_FILE = resolve(import.meta.dirname, '../fixtures/analysis/holdout-a.jsonl');
const HOLDOUT_B_FILE = resolve(import.meta.dirname, '../fixtures/analysis/holdout-b.jsonl');

const base: Analysis = {
  response_type: 'standard', sentiment: 'neutral', key_insights: [], opportunity_score: 2, follow_up_needed: false,
  product_interest: 'none', action_items: [], product_usage: null, monthly_volume: null, pain_points: [],
  flags: { auto_reply: false, unsubscribe: false, meeting_request: false, referral: false }, language: 'en',
};

describe('scoreAnalyses', () => {
  const rows: EvalRow[] = [
    { id: 'a', gold: base, predicted: base },
    {
      id: 'b',
      gold: { ...base, opportunity_score: 4, monthly_volume: { amount: 20000, unit: 'email', period: 'month' }, flags: { ...base.flags, meeting_request: true }, action_items: ['Schedule a demo'] },
      predicted: { ...base, opportunity_score: 3, monthly_volume: { amount: 20000, unit: 'correo', period: 'month' }, action_items: ['Schedule a demo Tuesday'] },
    },
    { id: 'c', gold: base, predicted: { ...base, response_type: 'high_value', monthly_volume: { amount: 5, unit: 'x', period: 'day' }, flags: { ...base.flags, meeting_request: true } } },
  ];
  const report = scoreAnalyses(rows);

  it('scores categorical fields by accuracy and the opportunity by exact match and MAE', () => {
    expect(report.accuracy.response_type).toBeCloseTo(2 / 3);
    expect(report.opportunity).toEqual({ exact: 2 / 3, mae: 1 / 3 });
  });

  it('scores flags by F1', () => {
    expect(report.flags.meeting_request).toMatchObject({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(report.flags.auto_reply.f1).toBe(1);
  });

  it('matches a volume on amount and period only, and counts gold-null replies left null', () => {
    expect(report.volume).toEqual({ recall: 1, goldWithVolume: 1, nullKept: 0.5, goldWithoutVolume: 2 });
  });

  it('scores free text on presence and reports the key-word share', () => {
    expect(report.presence.action_items).toBe(1);
    expect(report.keywordShare.action_items).toBe(1);
  });

  it('lists the mismatches', () => {
    expect(listMismatches(rows).map((miss) => `${miss.id}:${miss.field}`)).toEqual([
      'b:opportunity_score', 'b:flags.meeting_request', 'c:response_type', 'c:flags.meeting_request', 'c:monthly_volume',
    ]);
  });
});

// The project's own targets on dev.jsonl: a regression in a lexicon or a rule fails here.
describe('eval on shared/analysis/dev.jsonl', () => {
  const report = scoreAnalyses(predictAll(readLabeledReplies(DEV_FILE)));

  it('meets the targets', () => {
    expect(report.accuracy.response_type).toBeGreaterThanOrEqual(0.85);
    expect(report.accuracy.product_interest).toBeGreaterThanOrEqual(0.75);
    expect(report.opportunity.mae).toBeLessThanOrEqual(0.6);
    expect(report.accuracy.follow_up_needed).toBeGreaterThanOrEqual(0.9);
    expect(report.accuracy.sentiment).toBeGreaterThanOrEqual(0.8);
    expect(report.accuracy.language).toBeGreaterThanOrEqual(0.97);
    for (const score of Object.values(report.flags)) expect(score.f1).toBeGreaterThanOrEqual(0.85);
    expect(report.volume.recall).toBeGreaterThanOrEqual(0.85);
    expect(report.volume.nullKept).toBeGreaterThanOrEqual(0.97);
  });
});

// holdout-a was written blind by someone else; the rules were then generalised from its misses, so these floors sit a
// little under what the analyzer reaches and catch a lexicon or rule change that loses a whole way of writing.
describe('eval on the working holdout set (holdout-a)', () => {
  const report = scoreAnalyses(predictAll(readLabeledReplies(HOLDOUT_A_FILE)));

  it('stays near what the generalised rules reach', () => {
    expect(report.accuracy.response_type).toBeGreaterThanOrEqual(0.93);
    expect(report.accuracy.product_interest).toBeGreaterThanOrEqual(0.9);
    expect(report.opportunity.mae).toBeLessThanOrEqual(0.15);
    expect(report.accuracy.follow_up_needed).toBeGreaterThanOrEqual(0.93);
    expect(report.accuracy.sentiment).toBeGreaterThanOrEqual(0.88);
    expect(report.accuracy.language).toBeGreaterThanOrEqual(0.97);
    for (const score of Object.values(report.flags)) expect(score.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.volume.recall).toBeGreaterThanOrEqual(0.9);
    expect(report.volume.nullKept).toBeGreaterThanOrEqual(0.95);
    expect(report.presence.action_items).toBeGreaterThanOrEqual(0.9);
    expect(report.presence.pain_points).toBeGreaterThanOrEqual(0.9);
  });
});

// holdout-b, the second blind set, drove the second round (referral phrasings, tone, complaints without angry words,
// the email we sent as context). Its remaining misses are labels that contradict dev.jsonl (a bare "Sí." before a
// quote request is neutral there, positive in dev), so the floors sit just under what the rules reach.
describe('eval on the second working holdout set (holdout-b)', () => {
  const report = scoreAnalyses(predictAll(readLabeledReplies(HOLDOUT_B_FILE)));

  it('stays near what the generalised rules reach', () => {
    expect(report.accuracy.response_type).toBeGreaterThanOrEqual(0.95);
    expect(report.accuracy.product_interest).toBeGreaterThanOrEqual(0.93);
    expect(report.opportunity.mae).toBeLessThanOrEqual(0.1);
    expect(report.accuracy.follow_up_needed).toBeGreaterThanOrEqual(0.95);
    expect(report.accuracy.sentiment).toBeGreaterThanOrEqual(0.88);
    expect(report.accuracy.language).toBeGreaterThanOrEqual(0.97);
    for (const score of Object.values(report.flags)) expect(score.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.volume.recall).toBeGreaterThanOrEqual(0.9);
    expect(report.volume.nullKept).toBeGreaterThanOrEqual(0.95);
    expect(report.presence.action_items).toBeGreaterThanOrEqual(0.9);
    expect(report.presence.pain_points).toBeGreaterThanOrEqual(0.9);
  });
});
