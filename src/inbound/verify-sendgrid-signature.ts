import { createPublicKey, verify, type KeyObject } from 'node:crypto';

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** How far a signed timestamp may be from our clock; beyond it a captured request is refused as a replay. */
export const SIGNATURE_TOLERANCE_SECONDS = 10 * 60;

export function sendgridPublicKey(base64Der: string): KeyObject {
  return createPublicKey({ key: Buffer.from(base64Der, 'base64'), format: 'der', type: 'spki' });
}

/** SendGrid signs (timestamp header + raw body bytes) with ECDSA P-256 / SHA-256, signature base64 DER. */
export function verifySendgridSignature(options: {
  key: KeyObject;
  signature: string | undefined;
  timestamp: string | undefined;
  body: Buffer;
  now: Date;
}): SignatureCheck {
  const { signature, timestamp } = options;
  if (!signature || !timestamp) return { ok: false, reason: 'missing signature headers' };
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds)) return { ok: false, reason: 'malformed timestamp' };
  if (Math.abs(options.now.getTime() / 1000 - seconds) > SIGNATURE_TOLERANCE_SECONDS) return { ok: false, reason: 'stale timestamp' };
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), options.body]);
  const valid = verify('sha256', signed, { key: options.key, dsaEncoding: 'der' }, Buffer.from(signature, 'base64'));
  return valid ? { ok: true } : { ok: false, reason: 'bad signature' };
}
