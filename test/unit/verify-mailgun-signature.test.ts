import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readMailgunForm } from '../../src/inbound/mailgun-adapter.js';
import { verifyMailgunSignature } from '../../src/inbound/verify-mailgun-signature.js';
import { readHttpFixture } from '../helpers/inbound-fixtures.js';

const signingKey = 'test-signing-key-0123456789abcdef';
const sign = (timestamp: string, token: string) => createHmac('sha256', signingKey).update(timestamp + token).digest('hex');

describe('verifyMailgunSignature', () => {
  it('accepts the fixture’s signature at its own time', async () => {
    const request = readHttpFixture('mailgun-parsed.multipart.txt');
    const form = await readMailgunForm(request.body, request.headers['content-type']);
    const timestamp = form.text('timestamp')!;
    const check = verifyMailgunSignature({ signingKey, timestamp, token: form.text('token'), signature: form.text('signature'), now: new Date(Number(timestamp) * 1000 + 60_000) });
    expect(check).toEqual({ ok: true });
  });

  it('refuses a timestamp more than five minutes away, a wrong key, a changed token and missing fields', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const fresh = String(now.getTime() / 1000 - 60);
    const stale = String(now.getTime() / 1000 - 301);
    expect(verifyMailgunSignature({ signingKey, timestamp: fresh, token: 'tok', signature: sign(fresh, 'tok'), now })).toEqual({ ok: true });
    expect(verifyMailgunSignature({ signingKey, timestamp: stale, token: 'tok', signature: sign(stale, 'tok'), now })).toEqual({ ok: false, reason: 'stale timestamp' });
    expect(verifyMailgunSignature({ signingKey: 'other', timestamp: fresh, token: 'tok', signature: sign(fresh, 'tok'), now })).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyMailgunSignature({ signingKey, timestamp: fresh, token: 'tok2', signature: sign(fresh, 'tok'), now })).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyMailgunSignature({ signingKey, timestamp: fresh, token: 'tok', signature: 'abc', now })).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyMailgunSignature({ signingKey, timestamp: 'soon', token: 'tok', signature: sign('soon', 'tok'), now })).toEqual({ ok: false, reason: 'malformed timestamp' });
    expect(verifyMailgunSignature({ signingKey, timestamp: fresh, token: undefined, signature: sign(fresh, 'tok'), now }).ok).toBe(false);
  });
});
