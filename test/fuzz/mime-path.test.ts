import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { classifySender } from '../../src/mail/classify-sender.js';
import { parseHeaderBlock, parseMime, scanHeader } from '../../src/mail/parse-mime.js';
import { mailText } from './support/arbitraries.js';
import { largeEmailFixtures, mimeFixtures } from './support/fixture-corpus.js';
import { fuzzParameters, runsFor } from './support/fuzz-budget.js';
import { FuzzTally } from './support/fuzz-tally.js';
import { nestedMime } from './support/mime-generator.js';
import { mutatedBytes } from './support/mutations.js';
import { expectNormalizedMail } from './support/normalized-mail-shape.js';
import { settle, withinBudget } from './support/time-budget.js';

const tally = new FuzzTally();
afterAll(() => tally.print('mime-path'));

const LARGE_FIXTURE_BUDGET_MS = 15_000;

/** The webhook's cheap header scan, then the job's full parse and sender classification. */
async function mimePath(raw: Buffer, budgetMs?: number): Promise<void> {
  const messageId = await withinBudget('scanHeader', () => scanHeader(raw, 'message-id'));
  expect(messageId === null || typeof messageId === 'string').toBe(true);
  const parsed = await settle('parseMime', () => parseMime(raw, ['reply+abcdefghijklmnop@reply.test']), budgetMs);
  if ('error' in parsed) return;
  expectNormalizedMail(parsed.value);
  expect(['human', 'auto_reply', 'bounce']).toContain(classifySender(parsed.value));
}

describe('MIME parsing and sender classification under hostile input', () => {
  test('mutated real-world messages (.eml corpus, replies, auto-replies, bounces)', async () => {
    const runs = runsFor('mime', 0.6);
    await tally.measure('mutated messages', runs, () => fc.assert(fc.asyncProperty(mutatedBytes(mimeFixtures), (raw) => mimePath(raw)), fuzzParameters(runs)));
  });

  test('generated messages: deep multipart nesting, bad boundaries, charsets and transfer encodings', async () => {
    const runs = runsFor('mime', 0.25);
    await tally.measure('nested multiparts', runs, () => fc.assert(fc.asyncProperty(nestedMime, (raw) => mimePath(raw)), fuzzParameters(runs)));
  });

  test('SendGrid and Postmark header blocks of any text', async () => {
    const runs = runsFor('mime', 0.15);
    await tally.measure('header blocks', runs, () => fc.assert(fc.asyncProperty(fc.oneof(mailText(3_000), mutatedBytes(mimeFixtures).map((b) => b.toString('latin1'))), async (block) => {
      const parsed = await settle('parseHeaderBlock', () => parseHeaderBlock(block));
      if ('value' in parsed) expectNormalizedMail(parsed.value);
    }), fuzzParameters(runs)));
  });

  test('the largest fixtures (deep HTML, megabyte bodies), whole and cut short, within the budget', async () => {
    const cuts = [1, 0.5, 0.1];
    await tally.measure('large fixtures', largeEmailFixtures.length * cuts.length, async () => {
      for (const { data } of largeEmailFixtures) {
        for (const cut of cuts) await mimePath(data.subarray(0, Math.floor(data.length * cut)), LARGE_FIXTURE_BUDGET_MS);
      }
    });
  });
});
