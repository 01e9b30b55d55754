import { sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyBasicAuth } from '../../src/inbound/verify-basic-auth.js';
import { sendgridPublicKey, verifySendgridSignature } from '../../src/inbound/verify-sendgrid-signature.js';
import { readHttpFixture, TEST_KEYS } from '../helpers/fixtures.js';

describe('SendGrid signature', () => {
  const key = sendgridPublicKey(TEST_KEYS.sendgridPublicKey);

  it.each(['inbound/sendgrid-parsed.multipart.txt', 'inbound/sendgrid-raw.multipart.txt'])('verifies the signed fixture %s over its raw bytes', (file) => {
    const { headers, body } = readHttpFixture(file);
    const timestamp = headers['x-twilio-email-event-webhook-timestamp'];
    const signature = headers['x-twilio-email-event-webhook-signature'];
    const now = new Date(Number(timestamp) * 1000 + 1000);
    expect(verifySendgridSignature({ key, signature, timestamp, body, now })).toEqual({ ok: true });
    const flipped = Buffer.from(body);
    flipped[flipped.length - 10] ^= 1;
    expect(verifySendgridSignature({ key, signature, timestamp, body: flipped, now })).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifySendgridSignature({ key, signature, timestamp: String(Number(timestamp) + 1), body, now })).toMatchObject({ ok: false });
    expect(verifySendgridSignature({ key, signature, timestamp, body, now: new Date(now.getTime() + 3600_000) })).toEqual({ ok: false, reason: 'stale timestamp' });
    expect(verifySendgridSignature({ key, signature: undefined, timestamp, body, now })).toEqual({ ok: false, reason: 'missing signature headers' });
  });

  it('accepts a fresh signature made with the matching private key', () => {
    const body = Buffer.from('--x\r\n');
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign('sha256', Buffer.concat([Buffer.from(timestamp), body]), { key: TEST_KEYS.sendgridPrivateKey, dsaEncoding: 'der' }).toString('base64');
    expect(verifySendgridSignature({ key, signature, timestamp, body, now: new Date() })).toEqual({ ok: true });
  });
});

describe('Basic auth', () => {
  const expected = { user: 'inbound', password: 'S3cr3t-test' };
  it('accepts only the exact credentials', () => {
    const header = (s: string) => `Basic ${Buffer.from(s).toString('base64')}`;
    expect(verifyBasicAuth(header('inbound:S3cr3t-test'), expected)).toBe(true);
    expect(verifyBasicAuth(header('inbound:S3cr3t-tesT'), expected)).toBe(false);
    expect(verifyBasicAuth(header('inbound:'), expected)).toBe(false);
    expect(verifyBasicAuth(undefined, expected)).toBe(false);
    expect(verifyBasicAuth('Bearer abc', expected)).toBe(false);
  });
});
