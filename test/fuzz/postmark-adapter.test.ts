import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { classifySender } from '../../src/mail/classify-sender.js';
import { deliveryParsers } from '../../src/inbound/parse-delivery.js';
import { postmarkIdentity, readPostmarkJson } from '../../src/inbound/postmark-adapter.js';
import { emailAddress, mailText } from './support/arbitraries.js';
import { mimeFixtures, postmarkJson } from './support/fixture-corpus.js';
import { fuzzParameters, runsFor } from './support/fuzz-budget.js';
import { FuzzTally } from './support/fuzz-tally.js';
import { mutatedBytes } from './support/mutations.js';
import { expectNormalizedMail } from './support/normalized-mail-shape.js';
import { settle } from './support/time-budget.js';

const tally = new FuzzTally();
afterAll(() => tally.print('postmark-adapter'));

/** The webhook's identity step, then the job's parse; JSON and schema errors are the documented refusals. */
async function postmarkPath(body: Buffer): Promise<void> {
  const read = await settle('readPostmarkJson', () => readPostmarkJson(body));
  if ('value' in read) {
    const identity = await settle('postmarkIdentity', () => postmarkIdentity(read.value));
    if ('error' in identity) throw identity.error;
    expect(identity.value.contentHash).toMatch(/^[0-9a-f]{64}$/);
  } else {
    expect(read.error.name).toMatch(/^(SyntaxError|ZodError)$/);
  }
  const parsed = await settle('parse postmark delivery', () => deliveryParsers.postmark!(body, 'application/json'));
  if ('value' in parsed) {
    expectNormalizedMail(parsed.value);
    expect(['human', 'auto_reply', 'bounce']).toContain(classifySender(parsed.value));
  }
}

const fixture = JSON.parse(postmarkJson.toString('utf8')) as Record<string, unknown>;
const fieldNames = Object.keys(fixture);

/** The captured JSON with fields replaced by values of any type, or by other mail (RawEmail from the .eml corpus). */
const reshapedJson = fc.tuple(
  fc.array(fc.tuple(fc.constantFrom(...fieldNames, 'RawEmail', 'Headers', 'ToFull'), fc.oneof(fc.jsonValue({ maxDepth: 3 }), mailText(500), emailAddress)), { maxLength: 6 }),
  fc.option(mutatedBytes(mimeFixtures).map((b) => b.toString('utf8')), { nil: undefined }),
).map(([replacements, rawEmail]) => {
  const json: Record<string, unknown> = { ...fixture, ...Object.fromEntries(replacements) };
  if (rawEmail !== undefined) json.RawEmail = rawEmail;
  return Buffer.from(JSON.stringify(json), 'utf8');
});

describe('Postmark inbound adapter under hostile input', () => {
  test('mutated bytes of the captured JSON', async () => {
    const runs = runsFor('postmark', 0.5);
    await tally.measure('mutated JSON bytes', runs, () => fc.assert(fc.asyncProperty(mutatedBytes([postmarkJson]), postmarkPath), fuzzParameters(runs)));
  });

  test('well-formed JSON with fields of any type, and mutated raw MIME in RawEmail', async () => {
    const runs = runsFor('postmark', 0.5);
    await tally.measure('reshaped JSON', runs, () => fc.assert(fc.asyncProperty(reshapedJson, postmarkPath), fuzzParameters(runs)));
  });
});
