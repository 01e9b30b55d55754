import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabeledReplies } from '../../src/analysis/eval/dataset.js';
import { type EvalRow, listMismatches, scoreAnalyses } from '../../src/analysis/eval/metrics.js';
import { predictAll } from '../../src/analysis/eval/run-eval.js';
import type { Analysis } from '../../src/analysis/schema.js';

const DEV_FILE = resolve(import.meta.dirname, '../../../shared/analysis/dev.jsonl');
const HOLDOUT_A_FILE = resolve(import.meta.dirname, '../fixtures/analysis/holdout-a.jsonl');
const HOLDOUT_B_FILE = resolve(import.meta.dirname, '../fixtures/analysis/holdout-b.jsonl');
const HOLDOUT_C_FILE = resolve(import.meta.dirname, '../fixtures/analysis/holdout-c.jsonl');

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

interface Floors {
  responseType: number; interest: number; maxMae: number; followUp: number; sentiment: number; language: number;
  flagF1: number; volumeRecall: number; nullKept: number; actionItems?: number; painPoints?: number;
}

function expectFloors(file: string, floors: Floors) {
  const report = scoreAnalyses(predictAll(readLabeledReplies(file)));
  expect(report.accuracy.response_type).toBeGreaterThanOrEqual(floors.responseType);
  expect(report.accuracy.product_interest).toBeGreaterThanOrEqual(floors.interest);
  expect(report.opportunity.mae).toBeLessThanOrEqual(floors.maxMae);
  expect(report.accuracy.follow_up_needed).toBeGreaterThanOrEqual(floors.followUp);
  expect(report.accuracy.sentiment).toBeGreaterThanOrEqual(floors.sentiment);
  expect(report.accuracy.language).toBeGreaterThanOrEqual(floors.language);
  for (const score of Object.values(report.flags)) expect(score.f1).toBeGreaterThanOrEqual(floors.flagF1);
  expect(report.volume.recall).toBeGreaterThanOrEqual(floors.volumeRecall);
  expect(report.volume.nullKept).toBeGreaterThanOrEqual(floors.nullKept);
  expect(report.presence.action_items).toBeGreaterThanOrEqual(floors.actionItems ?? 0);
  expect(report.presence.pain_points).toBeGreaterThanOrEqual(floors.painPoints ?? 0);
}

describe('eval floors', () => {
  // The project's own targets on dev.jsonl: a regression in a lexicon or a rule fails here.
  it('dev.jsonl meets the targets', () => {
    expectFloors(DEV_FILE, { responseType: 0.85, interest: 0.75, maxMae: 0.6, followUp: 0.9, sentiment: 0.8, language: 0.97, flagF1: 0.85, volumeRecall: 0.85, nullKept: 0.97 });
  });

  // holdout-a and holdout-b were written blind by others; the rules were then generalised from their misses (a
  // first and a second round), so these floors sit a little under what the rules reach and catch a change that
  // loses a whole way of writing. Their remaining misses are mostly labels that contradict dev.jsonl.
  it.each([
    ['holdout-a', HOLDOUT_A_FILE],
    ['holdout-b', HOLDOUT_B_FILE],
  ])('%s stays near what the generalised rules reach', (_name, file) => {
    expectFloors(file, { responseType: 0.93, interest: 0.9, maxMae: 0.15, followUp: 0.93, sentiment: 0.88, language: 0.97, flagF1: 0.9, volumeRecall: 0.9, nullKept: 0.95, actionItems: 0.9, painPoints: 0.9 });
  });

  // holdout-c is the blind measure: no rule was written from it. Do not tune on it; these floors only record what
  // replies nobody on the team had seen get (86.7% type, 81.7% sentiment, flags F1 ≥ 0.857, MAE 0.32).
  it('holdout-c (blind) holds the targets on unseen replies', () => {
    expectFloors(HOLDOUT_C_FILE, { responseType: 0.85, interest: 0.72, maxMae: 0.45, followUp: 0.9, sentiment: 0.78, language: 0.97, flagF1: 0.83, volumeRecall: 0.88, nullKept: 0.95 });
  });
});
