import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Constant-time check of an `Authorization: Basic` header; hashing first makes the lengths equal. */
export function verifyBasicAuth(header: string | undefined, expected: { user: string; password: string }): boolean {
  const match = header?.match(/^Basic\s+([A-Za-z0-9+/=]+)\s*$/i);
  if (!match) return false;
  const given = Buffer.from(match[1], 'base64').toString('utf8');
  return timingSafeEqual(digest(given), digest(`${expected.user}:${expected.password}`));
}
