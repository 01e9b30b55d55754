import { simpleParser } from 'mailparser';
import { normalizeParsedMail, type NormalizedMail } from '../inbound/normalized-mail.js';

const MAX_HTML_TO_PARSE = 2 * 1024 * 1024;

/** Parses a full MIME message with mailparser (every charset decoded, attachments as metadata). */
export async function parseMime(raw: Buffer | string, envelopeTo: string[] = []): Promise<NormalizedMail> {
  const parsed = await simpleParser(raw, {
    skipTextToHtml: true,
    skipTextLinks: true,
    skipImageLinks: true,
    maxHtmlLengthToParse: MAX_HTML_TO_PARSE,
  });
  return normalizeParsedMail(parsed, envelopeTo);
}

/** Parses a bare header block (SendGrid's parsed form sends the headers apart from the bodies). */
export async function parseHeaderBlock(headers: string): Promise<NormalizedMail> {
  const block = headers.replace(/\r?\n/g, '\r\n').replace(/(\r\n)*$/, '');
  // The bodies arrive as separate fields; a multipart Content-Type here would make mailparser look for parts.
  const withoutContentType = block.replace(/^content-type:.*(\r\n[ \t].*)*\r\n?/gim, '');
  return parseMime(`${withoutContentType}\r\n\r\n`);
}

/** The value of one header in the head of a raw message, without parsing the body (cheap, for the webhook). */
export function scanHeader(raw: Buffer, name: string): string | null {
  const headEnd = raw.indexOf('\r\n\r\n');
  const head = raw.subarray(0, headEnd === -1 ? Math.min(raw.length, 256 * 1024) : headEnd).toString('latin1');
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const match = unfolded.match(new RegExp(`^${name}:[ \\t]*(.*)$`, 'im'));
  return match ? match[1].trim() : null;
}
