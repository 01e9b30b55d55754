import type { NormalizedMail } from './normalized-mail.js';

/**
 * PostgreSQL text and jsonb cannot hold NUL, and a sender can put one anywhere: in a Message-ID, a subject, a body.
 * Unreplaced, it made the webhook's insert fail (503 until the provider gave the message up) and the job's insert
 * fail with an error pg-boss could not store either. Replaced by U+FFFD, as a decoder shows an invalid byte.
 */
export const storableText = <T extends string | null>(value: T): T => (value === null ? value : (value.replace(/\0/g, '\uFFFD') as T));

/** Every string of a parsed message made storable. */
export function storableMail(mail: NormalizedMail): NormalizedMail {
  return storable(mail) as NormalizedMail;
}

function storable(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storable);
  if (value instanceof Map) return new Map([...value].map(([key, entry]) => [storable(key), storable(entry)]));
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, storable(entry)]));
  return value;
}
