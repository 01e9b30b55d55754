import { createHash } from 'node:crypto';
import { parseHeaderBlock, parseMime, scanHeader } from '../mail/parse-mime.js';
import type { MultipartForm } from './multipart-form.js';
import type { NormalizedMail } from './normalized-mail.js';
import { decodeCharset } from './charset.js';

/** What the webhook needs before answering: the message's identity, for idempotency. */
export interface DeliveryIdentity {
  messageId: string | null;
  contentHash: string;
}

const sha256 = (...parts: (Buffer | string | undefined)[]) => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p ?? '').update('\0');
  return hash.digest('hex');
};

export function sendgridIdentity(form: MultipartForm): DeliveryIdentity {
  const email = form.field('email');
  if (email) return { messageId: scanHeader(email, 'message-id'), contentHash: sha256(email) };
  const headers = form.field('headers');
  if (!headers && !form.field('text') && !form.field('html') && !form.field('from')) {
    throw new Error('not a SendGrid Inbound Parse form: no email, headers, text, html or from field');
  }
  return {
    messageId: headers ? scanHeader(Buffer.concat([headers, Buffer.from('\r\n\r\n')]), 'message-id') : null,
    contentHash: sha256(form.field('from'), form.field('to'), form.field('subject'), form.field('text'), form.field('html')),
  };
}

export async function parseSendgrid(form: MultipartForm): Promise<NormalizedMail> {
  const envelopeTo = envelopeRecipients(form.text('envelope'));
  const email = form.field('email');
  if (email) return parseMime(email, envelopeTo);
  return parseSendgridParsedForm(form, envelopeTo);
}

async function parseSendgridParsedForm(form: MultipartForm, envelopeTo: string[]): Promise<NormalizedMail> {
  const charsets = parseJson<Record<string, string>>(form.text('charsets')) ?? {};
  const field = (name: string) => {
    const value = form.field(name);
    // The charsets field is client-written JSON: a label that is not a string is no label.
    const charset = typeof charsets[name] === 'string' ? charsets[name] : undefined;
    return value ? decodeCharset(value, charset) : undefined;
  };
  const head = await parseHeaderBlock(form.text('headers') ?? '');
  // The address fields stand in when the header block lacks them.
  const fields = await parseHeaderBlock(['from', 'to', 'cc'].map((n) => `${n}: ${oneLine(field(n))}`).join('\r\n'));
  return {
    ...head,
    from: head.from ?? fields.from,
    to: head.to.length ? head.to : fields.to,
    cc: head.cc.length ? head.cc : fields.cc,
    envelopeTo,
    subject: field('subject') ?? head.subject,
    text: field('text') ?? '',
    html: field('html') ?? null,
    attachments: attachmentsOf(form),
  };
}

const oneLine = (value: string | undefined) => (value ?? '').replace(/[\r\n]+/g, ' ');

function attachmentsOf(form: MultipartForm) {
  const info = parseJson<Record<string, { filename?: string; type?: string }>>(form.text('attachment-info')) ?? {};
  return form.parts
    .filter((p) => p.filename !== null && /^attachment\d+$/.test(p.name))
    .map((p) => ({
      filename: info[p.name]?.filename ?? p.filename,
      contentType: info[p.name]?.type ?? p.contentType ?? 'application/octet-stream',
      size: p.data.length,
    }));
}

function envelopeRecipients(envelope: string | undefined): string[] {
  const parsed = parseJson<{ to?: unknown }>(envelope);
  return Array.isArray(parsed?.to) ? parsed.to.filter((a): a is string => typeof a === 'string') : [];
}

function parseJson<T>(text: string | undefined): T | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

