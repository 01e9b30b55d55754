import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { analyzeReply } from '../../src/analysis/builtin/index.js';
import { analysisSchema, evidenceSchema } from '../../src/analysis/schema.js';
import { extractNewText, extractReplyText } from '../../src/mail/reply-text/index.js';
import { MAX_TEXT_CHARS, toBoundedLines } from '../../src/mail/reply-text/input-limits.js';
import { mailText } from './support/arbitraries.js';
import { htmlReplyFixtures, largeEmailFixtures, plainReplyFixtures } from './support/fixture-corpus.js';
import { fuzzParameters, runsFor } from './support/fuzz-budget.js';
import { FuzzTally } from './support/fuzz-tally.js';
import { mutatedText } from './support/mutations.js';
import { replyFromPhrases } from './support/reply-words.js';
import { withinBudget } from './support/time-budget.js';

const tally = new FuzzTally();
afterAll(() => tally.print('extract-and-analyze'));

const replyInput = fc.oneof(
  { weight: 3, arbitrary: mutatedText(plainReplyFixtures).map((text) => ({ text, html: null })) },
  { weight: 2, arbitrary: mutatedText(htmlReplyFixtures).map((html) => ({ text: '', html })) },
  { weight: 2, arbitrary: fc.record({ text: fc.option(mailText(), { nil: null }), html: fc.option(mailText(), { nil: null }) }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 1, max: 200 })).map(([lines, depth]) => ({ text: `${'>'.repeat(depth)} quoted\n`.repeat(lines), html: null })) },
);

/** Extraction never fails, never exceeds its caps, and is never slower than the budget, whatever the reply. */
async function extractionHolds(input: { text: string | null; html: string | null }): Promise<string> {
  const extracted = await withinBudget('extractNewText', () => extractNewText(input));
  expect(typeof extracted).toBe('string');
  expect(extracted.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  const withSignature = await withinBudget('extractReplyText', () => extractReplyText(input, { keepSignature: true }));
  expect(withSignature.length).toBeGreaterThanOrEqual(extracted.length);
  return extracted;
}

/**
 * The built-in rules take ~12 µs a character, and quadratic time in the length of one line: the pipeline
 * (analyze-stored-reply) hands them at most 200,000 characters in lines of 2,000, and a subject of 1,000.
 */
const ANALYZE_BUDGET_MS = 8_000;
const asThePipelineSendsIt = (input: { newText: string; subject?: string; sent?: string; autoReplyHeader?: boolean }) => ({
  ...input,
  newText: toBoundedLines(input.newText).join('\n'),
  subject: input.subject?.slice(0, 1_000),
  sent: input.sent === undefined ? undefined : toBoundedLines(input.sent).join('\n'),
});

/** The built-in analyzer always answers, and its answer always validates against the schema LLM output must meet. */
async function analysisHolds(input: { newText: string; subject?: string; sent?: string; autoReplyHeader?: boolean }): Promise<void> {
  const { result, evidence } = await withinBudget('analyzeReply', () => analyzeReply(asThePipelineSendsIt(input)), ANALYZE_BUDGET_MS);
  const check = analysisSchema.safeParse(result);
  if (!check.success) throw new Error(`analysis fails its schema: ${check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  expect(evidenceSchema.safeParse(evidence).success).toBe(true);
}

describe('reply-text extraction under hostile input', () => {
  test('mutated real replies (plain and HTML), generated text, and deep quote nesting', async () => {
    const runs = runsFor('extract');
    await tally.measure('extractNewText', runs, () => fc.assert(fc.asyncProperty(replyInput, async (input) => {
      await extractionHolds(input);
    }), fuzzParameters(runs)));
  });

  test('the largest real fixtures (the 700 KB long-quote reply, megabyte bodies) within the budget', async () => {
    await tally.measure('large fixtures', largeEmailFixtures.length, async () => {
      for (const { data } of largeEmailFixtures) await analysisHolds({ newText: await extractionHolds({ text: data.toString('utf8'), html: null }) });
    });
  });
});

describe('built-in analyzer under hostile input', () => {
  const analysisInput = fc.record({
    newText: fc.oneof(replyFromPhrases, mailText(), mutatedText(plainReplyFixtures)),
    subject: fc.option(fc.oneof(replyFromPhrases, mailText(200)), { nil: undefined }),
    sent: fc.option(mailText(), { nil: undefined }),
    autoReplyHeader: fc.option(fc.boolean(), { nil: undefined }),
  });

  test('phrases of every lexicon, volumes with absurd numbers, and arbitrary text', async () => {
    const runs = runsFor('analyze', 0.75);
    await tally.measure('analyzeReply', runs, () => fc.assert(fc.asyncProperty(analysisInput, analysisHolds), fuzzParameters(runs)));
  });

  test('what extraction hands the analyzer from mutated real replies', async () => {
    const runs = runsFor('analyze', 0.25);
    await tally.measure('extract → analyze', runs, () => fc.assert(fc.asyncProperty(replyInput, async (input) => {
      await analysisHolds({ newText: await extractionHolds(input) });
    }), fuzzParameters(runs)));
  });
});
