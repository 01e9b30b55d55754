import { createHash } from 'node:crypto';

/** sha256 over the given parts, each ended by a NUL so that ("ab", "c") and ("a", "bc") differ. */
export function contentHash(...parts: (Buffer | string | null | undefined)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part ?? '').update('\0');
  return hash.digest('hex');
}
