import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { classifySender } from '../../src/mail/classify-sender.js';
import { parseMultipartForm } from '../../src/inbound/multipart-form.js';
import { deliveryParsers } from '../../src/inbound/parse-delivery.js';
import { sendgridIdentity } from '../../src/inbound/sendgrid-adapter.js';
import { boundary, emailAddress, jsonField, mailText } from './support/arbitraries.js';
import { httpFixtures, sendgridSdkBodies } from './support/fixture-corpus.js';
import { fuzzParameters, runsFor } from './support/fuzz-budget.js';
import { FuzzTally } from './support/fuzz-tally.js';
import { mutatedBytes } from './support/mutations.js';
import { buildMultipart } from './support/multipart-builder.js';
import { expectNormalizedMail } from './support/normalized-mail-shape.js';
import { settle } from './support/time-budget.js';

const tally = new FuzzTally();
afterAll(() => tally.print('sendgrid-adapter'));

const SENDGRID_CONTENT_TYPE = 'multipart/form-data; boundary=xYzZY';
const seeds = [httpFixtures.sendgridParsed.body, httpFixtures.sendgridRaw.body, ...sendgridSdkBodies];
const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant(SENDGRID_CONTENT_TYPE) },
  { weight: 1, arbitrary: boundary.map((b) => `multipart/form-data; boundary=${b}`) },
  { weight: 1, arbitrary: fc.constantFrom('multipart/form-data', 'multipart/form-data; boundary=', 'multipart/form-data; boundary="xYzZY', 'MULTIPART/FORM-DATA;BOUNDARY=xYzZY;charset=x-bogus') },
);

/** What the webhook does before answering (identity), then what the job does (parse, classify). */
async function sendgridPath(body: Buffer, type: string): Promise<void> {
  const form = await settle('parseMultipartForm', () => parseMultipartForm(body, type));
  if ('value' in form) {
    const identity = await settle('sendgridIdentity', () => sendgridIdentity(form.value));
    if ('error' in identity) expect(identity.error.message).toMatch(/^not a SendGrid Inbound Parse form/);
    else expect(identity.value.contentHash).toMatch(/^[0-9a-f]{64}$/);
  }
  const parsed = await settle('parse sendgrid delivery', () => deliveryParsers.sendgrid!(body, type));
  if ('value' in parsed) {
    expectNormalizedMail(parsed.value);
    expect(['human', 'auto_reply', 'bounce']).toContain(classifySender(parsed.value));
  }
}

describe('SendGrid Inbound Parse adapter under hostile input', () => {
  test('mutated captured requests (parsed and raw forms) never crash, hang or produce a malformed message', async () => {
    const runs = runsFor('sendgrid', 0.7);
    await tally.measure('mutated requests', runs, () =>
      fc.assert(fc.asyncProperty(mutatedBytes(seeds), contentType, sendgridPath), fuzzParameters(runs)));
  });

  test('generated parsed forms: every field survives the form parser, and the adapter accepts any values', async () => {
    const field = (name: string, value: fc.Arbitrary<string>) => fc.option(value.map((v) => ({ name, value: Buffer.from(v, 'utf8') })), { nil: undefined });
    const form = fc.tuple(
      fc.stringMatching(/^[A-Za-z0-9]{8,40}$/),
      field('headers', mailText(1_000)), field('from', emailAddress), field('to', emailAddress), field('subject', mailText(200)),
      field('text', mailText()), field('html', mailText()), field('charsets', jsonField), field('envelope', jsonField),
      field('attachment-info', jsonField),
    );
    const runs = runsFor('sendgrid', 0.3);
    await tally.measure('generated forms', runs, () =>
      fc.assert(fc.asyncProperty(form, async ([formBoundary, ...maybeParts]) => {
        const parts = maybeParts.filter((p) => p !== undefined);
        const { body, contentType: type } = buildMultipart(parts, formBoundary);
        const parsed = await parseMultipartForm(body, type);
        for (const part of parts) expect(parsed.field(part.name)?.equals(part.value)).toBe(true);
        await sendgridPath(body, type);
      }), fuzzParameters(runs)));
  });
});
