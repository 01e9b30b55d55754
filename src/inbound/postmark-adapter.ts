import { z } from 'zod';
import { parseHeaderBlock, parseMime, scanHeader } from '../mail/parse-mime.js';
import { contentHash } from './content-hash.js';
import type { MailAddress, NormalizedMail } from './normalized-mail.js';
import type { DeliveryIdentity } from './sendgrid-adapter.js';

const address = z.object({ Email: z.string(), Name: z.string().optional().default('') });

/** Postmark's inbound webhook JSON: only the fields we read; Postmark's `MessageID` is its own id and is ignored. */
export const postmarkInboundSchema = z.object({
  From: z.string().optional(),
  FromFull: address.optional(),
  ToFull: z.array(address).optional().default([]),
  CcFull: z.array(address).optional().default([]),
  OriginalRecipient: z.string().optional(),
  Subject: z.string().optional().default(''),
  Date: z.string().optional(),
  TextBody: z.string().optional().default(''),
  HtmlBody: z.string().optional().default(''),
  Headers: z.array(z.object({ Name: z.string(), Value: z.string() })).optional().default([]),
  Attachments: z.array(z.object({ Name: z.string().optional(), ContentType: z.string().optional(), ContentLength: z.number().optional() })).optional().default([]),
  RawEmail: z.string().optional(),
});
export type PostmarkInbound = z.infer<typeof postmarkInboundSchema>;

export function readPostmarkJson(raw: Buffer): PostmarkInbound {
  return postmarkInboundSchema.parse(JSON.parse(raw.toString('utf8')));
}

export function postmarkIdentity(mail: PostmarkInbound): DeliveryIdentity {
  if (mail.RawEmail) {
    const mime = Buffer.from(mail.RawEmail, 'utf8');
    return { messageId: scanHeader(mime, 'message-id') ?? headerValue(mail, 'message-id'), contentHash: contentHash(mime) };
  }
  return {
    messageId: headerValue(mail, 'message-id'),
    contentHash: contentHash(mail.FromFull?.Email ?? mail.From, mail.OriginalRecipient, mail.Subject, mail.Date, mail.TextBody, mail.HtmlBody),
  };
}

/** `RawEmail` when Postmark includes it (the exact MIME); otherwise the JSON fields. */
export async function parsePostmark(mail: PostmarkInbound): Promise<NormalizedMail> {
  const envelopeTo = mail.OriginalRecipient ? [mail.OriginalRecipient] : [];
  if (mail.RawEmail) return parseMime(mail.RawEmail, envelopeTo);
  const head = await parseHeaderBlock(mail.Headers.map((h) => `${h.Name}: ${oneLine(h.Value)}`).join('\r\n'));
  const date = mail.Date ? new Date(mail.Date) : null;
  return {
    ...head,
    from: mail.FromFull ? toAddress(mail.FromFull) : head.from,
    to: mail.ToFull.map(toAddress),
    cc: mail.CcFull.map(toAddress),
    envelopeTo: envelopeTo.map((a) => a.toLowerCase()),
    subject: mail.Subject,
    date: date && !Number.isNaN(date.getTime()) ? date : null,
    text: mail.TextBody,
    html: mail.HtmlBody || null,
    attachments: mail.Attachments.map((a) => ({ filename: a.Name ?? null, contentType: a.ContentType ?? 'application/octet-stream', size: a.ContentLength ?? 0 })),
  };
}

const headerValue = (mail: PostmarkInbound, name: string) => mail.Headers.find((h) => h.Name.toLowerCase() === name)?.Value.trim() || null;
const toAddress = (a: { Email: string; Name: string }): MailAddress => ({ address: a.Email.toLowerCase(), name: a.Name });
const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ');
