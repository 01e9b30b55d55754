import fc from 'fast-check';
import { ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inboundMessages } from '../../src/db/schema.js';
import { eventually } from '../helpers/api-client.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { boundary } from './support/arbitraries.js';
import { httpFixtures } from './support/fixture-corpus.js';
import { fuzzParameters, runsFor } from './support/fuzz-budget.js';
import { FuzzTally } from './support/fuzz-tally.js';
import { mutatedBytes } from './support/mutations.js';
import { sendRawRequest, type RawRequest } from './support/raw-http.js';
import { structuralTokens } from './support/mutation-tokens.js';

const REQUEST_BUDGET_MS = 10_000;
const JOB_MS_PER_ROW = 100;
const tally = new FuzzTally();
let testApp: TestApp;
let port: number;

beforeAll(async () => {
  testApp = await startTestApp();
  port = Number(new URL(testApp.url).port);
});
afterAll(async () => {
  tally.print('http-webhooks');
  await testApp?.stop();
});

const captured = Object.values(httpFixtures);
const routes = ['/webhooks/inbound/sendgrid', '/webhooks/inbound/postmark', '/webhooks/inbound/mailgun', '/webhooks/inbound/mailgun/mime'];
const keptHeaders = ['content-type', 'authorization', 'x-twilio-email-event-webhook-signature', 'x-twilio-email-event-webhook-timestamp', 'user-agent'];

const contentTypes = fc.oneof(
  fc.constantFrom('multipart/form-data; boundary=xYzZY', 'application/json', 'application/x-www-form-urlencoded', 'text/plain', 'message/rfc822', '', 'multipart/form-data', 'application/json; charset=utf-16'),
  boundary.map((b) => `multipart/form-data; boundary=${b}`),
);
const injectedHeader = fc.tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/), fc.oneof(fc.string({ maxLength: 100 }), fc.constantFrom(...structuralTokens)))
  .map(([name, value]) => `${name}: ${value}`);

/** A captured webhook request, its body mutated, sent to its own route or another, with headers changed or added. */
const hostileRequest: fc.Arbitrary<RawRequest> = fc.tuple(
  fc.constantFrom(...captured).chain((fixture) => fc.tuple(fc.constant(fixture), mutatedBytes([fixture.body]))),
  fc.option(fc.constantFrom(...routes), { freq: 3, nil: undefined }),
  fc.option(contentTypes, { freq: 2, nil: undefined }),
  fc.array(injectedHeader, { maxLength: 3 }),
).map(([[fixture, body], otherRoute, otherType, extra]) => ({
  method: 'POST',
  path: otherRoute ?? fixture.path,
  headerLines: [
    ...Object.entries(fixture.headers).filter(([name]) => keptHeaders.includes(name) && !(otherType !== undefined && name === 'content-type')).map(([name, value]) => `${name}: ${value}`),
    ...(otherType !== undefined ? [`Content-Type: ${otherType}`] : []),
    ...extra,
  ],
  body,
}));

describe('the webhooks over HTTP under hostile requests', () => {
  test('never a 5xx (5xx is kept for storage failures), never a hang, and the app keeps answering', async () => {
    const runs = runsFor('http');
    const statuses = new Map<number | null, number>();
    await tally.measure('mutated webhook requests', runs, () => fc.assert(fc.asyncProperty(hostileRequest, async (request) => {
      const status = await sendRawRequest(port, request, REQUEST_BUDGET_MS);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      expect(status, `${request.path} answered ${status}`).not.toBeNull();
      expect(status!).toBeLessThan(500);
    }), fuzzParameters(runs)));
    console.info(`http-webhooks statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);

    const health = await fetch(`${testApp.url}/api/v1/me`);
    expect(health.status).toBe(401);
  });

  test('every stored delivery is then processed by the job (routed, unrouted or failed), none left stuck', async () => {
    const { db } = testApp.runtime.ctx;
    const stored = await db.$count(inboundMessages);
    expect(stored).toBeGreaterThan(0);
    // The job queue works through ~20 rows/s on PGlite with this test's requests competing for the CPU.
    const allowedMs = 60_000 + stored * JOB_MS_PER_ROW;
    let processed = 0;
    await eventually(async () => (processed = await db.$count(inboundMessages, ne(inboundMessages.status, 'received'))) === stored, allowedMs)
      .catch(() => expect.fail(`${stored - processed} of ${stored} stored deliveries still unprocessed after ${allowedMs} ms`));
  });
});
