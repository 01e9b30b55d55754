import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { classifySender } from '../../src/mail/classify-sender.js';
import { mailgunIdentity, readMailgunForm } from '../../src/inbound/mailgun-adapter.js';
import { deliveryParsers } from '../../src/inbound/parse-delivery.js';
import { emailAddress, jsonField, mailText } from './support/arbitraries.js';
import { httpFixtures } from './support/fixture-corpus.js';
import { fuzzParameters, runsFor } from './support/fuzz-budget.js';
import { FuzzTally } from './support/fuzz-tally.js';
import { mutatedBytes } from './support/mutations.js';
import { expectNormalizedMail } from './support/normalized-mail-shape.js';
import { settle } from './support/time-budget.js';

const tally = new FuzzTally();
afterAll(() => tally.print('mailgun-adapter'));

/** The webhook's identity step, then the job's parse; "not a form" and "not a Mailgun form" are the documented refusals. */
async function mailgunPath(body: Buffer, contentType: string): Promise<void> {
  const form = await settle('readMailgunForm', () => readMailgunForm(body, contentType));
  if ('value' in form) {
    const identity = await settle('mailgunIdentity', () => mailgunIdentity(form.value));
    if ('error' in identity) expect(identity.error.message).toMatch(/^not a Mailgun inbound form/);
    else expect(identity.value.contentHash).toMatch(/^[0-9a-f]{64}$/);
  }
  const parsed = await settle('parse mailgun delivery', () => deliveryParsers.mailgun!(body, contentType));
  if ('value' in parsed) {
    expectNormalizedMail(parsed.value);
    expect(['human', 'auto_reply', 'bounce']).toContain(classifySender(parsed.value));
  }
}

const captured = [httpFixtures.mailgunParsed, httpFixtures.mailgunMime];
const mutatedRequest = fc.constantFrom(...captured).chain((request) =>
  fc.tuple(mutatedBytes([request.body]), fc.oneof({ weight: 5, arbitrary: fc.constant(request.headers['content-type']!) }, fc.constantFrom('application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'))));

/** Mailgun's urlencoded variant (no attachments), with any values, including message-headers that are not pairs. */
const urlEncodedForm = fc.record({
  recipient: emailAddress, sender: emailAddress, from: emailAddress, subject: mailText(200), 'body-plain': mailText(), 'body-html': mailText(),
  'message-headers': jsonField, 'Message-Id': fc.string({ maxLength: 100 }), 'body-mime': fc.option(mailText(), { nil: undefined }),
}, { requiredKeys: [] }).map((fields) => Buffer.from(new URLSearchParams(Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined)).toString(), 'utf8'));

describe('Mailgun inbound adapter under hostile input', () => {
  test('mutated captured requests (parsed form and raw MIME)', async () => {
    const runs = runsFor('mailgun', 0.6);
    await tally.measure('mutated requests', runs, () => fc.assert(fc.asyncProperty(mutatedRequest, ([body, type]) => mailgunPath(body, type)), fuzzParameters(runs)));
  });

  test('generated urlencoded forms', async () => {
    const runs = runsFor('mailgun', 0.4);
    await tally.measure('generated urlencoded forms', runs, () =>
      fc.assert(fc.asyncProperty(urlEncodedForm, (body) => mailgunPath(body, 'application/x-www-form-urlencoded')), fuzzParameters(runs)));
  });
});
