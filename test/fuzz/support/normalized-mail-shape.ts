import { z } from 'zod';
import type { NormalizedMail } from '../../../src/inbound/normalized-mail.js';

const address = z.object({ address: z.string(), name: z.string() });

/** What every adapter promises the rest of the pipeline: the NormalizedMail type, checked at run time. */
const normalizedMailShape = z.object({
  messageId: z.string().nullable(),
  inReplyTo: z.string().nullable(),
  references: z.array(z.string()),
  from: address.nullable(),
  to: z.array(address),
  cc: z.array(address),
  envelopeTo: z.array(z.string()),
  returnPath: z.string().nullable(),
  subject: z.string(),
  // An Invalid Date would fail later, when the reply is stored.
  date: z.date().nullable(),
  text: z.string(),
  html: z.string().nullable(),
  headers: z.instanceof(Map),
  contentType: z.string().nullable(),
  attachments: z.array(z.object({ filename: z.string().nullable(), contentType: z.string(), size: z.number().int().nonnegative() })),
});

export function expectNormalizedMail(mail: NormalizedMail): void {
  const check = normalizedMailShape.safeParse(mail);
  if (!check.success) throw new Error(`adapter output is not a NormalizedMail: ${check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  for (const [name, values] of mail.headers) {
    if (typeof name !== 'string' || !Array.isArray(values) || values.some((v) => typeof v !== 'string')) throw new Error(`bad header entry ${String(name)}`);
  }
}
