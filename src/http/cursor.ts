import { AppError } from '../errors.js';

/** Keyset pagination: the cursor is the (time, id) of the last item, opaque to clients. */
export const encodeCursor = (at: Date, id: string) => Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');

export function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!id || Number.isNaN(Date.parse(at))) throw new AppError('invalid_request', 'Invalid cursor');
  return { at, id };
}
