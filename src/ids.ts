import { randomUUID } from 'node:crypto';

/** Opaque ids with a short type prefix, so a pasted id says what it is. */
export const newId = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, '')}`;
