import type { AddressObject, ParsedMail } from 'mailparser';

export interface MailAddress {
  address: string;
  name: string;
}

export interface AttachmentInfo {
  filename: string | null;
  contentType: string;
  size: number;
}

/** What every inbound path (SendGrid, Postmark, Mailgun, SMTP) turns a message into. */
export interface NormalizedMail {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  /** Envelope recipients (RCPT TO) when the provider tells them. */
  envelopeTo: string[];
  returnPath: string | null;
  subject: string;
  date: Date | null;
  text: string;
  html: string | null;
  /** Lower-case header name → values, in order. */
  headers: Map<string, string[]>;
  contentType: string | null;
  attachments: AttachmentInfo[];
}

export function addressesOf(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((group) => flattenAddresses(group.value));
}

function flattenAddresses(items: AddressObject['value']): MailAddress[] {
  return items.flatMap((item) =>
    item.group ? flattenAddresses(item.group) : item.address ? [{ address: item.address.toLowerCase(), name: item.name ?? '' }] : [],
  );
}

/** Raw header lines from mailparser, unfolded, keyed by lower-case name. */
export function headerMapOf(parsed: ParsedMail): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { key, line } of parsed.headerLines ?? []) {
    const value = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
    map.set(key, [...(map.get(key) ?? []), value]);
  }
  return map;
}

const referencesOf = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value ? value.split(/\s+/) : []).filter(Boolean);

/** A full MIME message (SendGrid raw, Postmark RawEmail, Mailgun body-mime, SMTP) parsed by mailparser. */
export function normalizeParsedMail(parsed: ParsedMail, envelopeTo: string[] = []): NormalizedMail {
  const headers = headerMapOf(parsed);
  return {
    messageId: parsed.messageId ?? null,
    inReplyTo: parsed.inReplyTo?.trim() || null,
    references: referencesOf(parsed.references),
    from: addressesOf(parsed.from)[0] ?? null,
    to: addressesOf(parsed.to),
    cc: addressesOf(parsed.cc),
    envelopeTo: envelopeTo.map((a) => a.toLowerCase()),
    returnPath: headers.get('return-path')?.[0] ?? null,
    subject: parsed.subject ?? '',
    date: parsed.date ?? null,
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : null,
    headers,
    contentType: headers.get('content-type')?.[0] ?? null,
    // mailparser gives `false` for a part whose Content-Type header is empty, whatever its typings say.
    attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? null, contentType: typeof a.contentType === 'string' ? a.contentType : 'application/octet-stream', size: a.size })),
  };
}
