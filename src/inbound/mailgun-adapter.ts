import { parseHeaderBlock, parseMime, scanHeader } from '../mail/parse-mime.js';
import { contentHash } from './content-hash.js';
import { parseMultipartForm, parseUrlEncodedForm, type MultipartForm } from './multipart-form.js';
import type { NormalizedMail } from './normalized-mail.js';
import type { DeliveryIdentity } from './sendgrid-adapter.js';

/** Mailgun posts multipart/form-data, or urlencoded when the message has no attachments. */
export async function readMailgunForm(raw: Buffer, contentType: string): Promise<MultipartForm> {
  if (/^multipart\/form-data/i.test(contentType)) return parseMultipartForm(raw, contentType);
  if (/^application\/x-www-form-urlencoded/i.test(contentType)) return parseUrlEncodedForm(raw);
  throw new Error(`expected a form, got "${contentType.slice(0, 100)}"`);
}

/**
 * The message's identity. timestamp, token and signature are left out on purpose: Mailgun signs each attempt
 * afresh, and its retries of one message must dedupe.
 */
export function mailgunIdentity(form: MultipartForm): DeliveryIdentity {
  const mime = form.field('body-mime');
  if (mime) return { messageId: scanHeader(mime, 'message-id'), contentHash: contentHash(mime) };
  if (!form.field('recipient') && !form.field('body-plain') && !form.field('message-headers')) {
    throw new Error('not a Mailgun inbound form: no body-mime, recipient, body-plain or message-headers field');
  }
  return {
    messageId: form.text('Message-Id')?.trim() || headerOf(form, 'message-id'),
    contentHash: contentHash(form.field('from'), form.field('recipient'), form.field('subject'), form.field('body-plain'), form.field('body-html'), form.field('message-headers')),
  };
}

export async function parseMailgun(form: MultipartForm): Promise<NormalizedMail> {
  const envelopeTo = (form.text('recipient') ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  const mime = form.field('body-mime');
  if (mime) return parseMime(mime, envelopeTo);
  const head = await parseHeaderBlock(headerPairs(form).map(([name, value]) => `${name}: ${value.replace(/[\r\n]+/g, ' ')}`).join('\r\n'));
  return {
    ...head,
    envelopeTo: envelopeTo.map((a) => a.toLowerCase()),
    subject: form.text('subject') ?? head.subject,
    text: form.text('body-plain') ?? '',
    html: form.text('body-html') || null,
    attachments: form.parts
      .filter((p) => p.filename !== null && /^attachment-\d+$/.test(p.name))
      .map((p) => ({ filename: p.filename, contentType: p.contentType ?? 'application/octet-stream', size: p.data.length })),
  };
}

/** `message-headers` is a JSON list of [name, value] pairs, in the message's order. */
function headerPairs(form: MultipartForm): [string, string][] {
  try {
    const parsed: unknown = JSON.parse(form.text('message-headers') ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((p): p is [string, string] => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string');
  } catch {
    return [];
  }
}

const headerOf = (form: MultipartForm, name: string) => headerPairs(form).find(([n]) => n.toLowerCase() === name)?.[1].trim() || null;
