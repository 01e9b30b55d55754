import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SignatureCheck } from './verify-sendgrid-signature.js';

/** Mailgun's documented window: a signed timestamp older than this is refused as a possible replay. */
export const MAILGUN_TOLERANCE_SECONDS = 5 * 60;

/** Mailgun signs `timestamp + token` with HMAC-SHA256 under the webhook signing key, hex encoded. */
export function verifyMailgunSignature(options: {
  signingKey: string;
  timestamp: string | undefined;
  token: string | undefined;
  signature: string | undefined;
  now: Date;
}): SignatureCheck {
  const { timestamp, token, signature } = options;
  if (!timestamp || !token || !signature) return { ok: false, reason: 'missing timestamp, token or signature' };
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds)) return { ok: false, reason: 'malformed timestamp' };
  if (Math.abs(options.now.getTime() / 1000 - seconds) > MAILGUN_TOLERANCE_SECONDS) return { ok: false, reason: 'stale timestamp' };
  const expected = createHmac('sha256', options.signingKey).update(timestamp + token).digest();
  const given = /^[0-9a-f]{64}$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad signature' };
  return { ok: true };
}
