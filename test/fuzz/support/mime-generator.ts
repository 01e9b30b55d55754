import fc from 'fast-check';
import { mailText } from './arbitraries.js';

const charsets = ['utf-8', 'iso-8859-1', 'windows-1252', 'utf-16', 'x-bogus', 'iso-2022-jp', 'koi8-r', ''];
const encodings = ['7bit', '8bit', 'base64', 'quoted-printable', 'binary', 'x-unknown'];

const leaf = fc.record({
  type: fc.constantFrom('text/plain', 'text/html', 'application/octet-stream', 'message/rfc822', 'message/delivery-status'),
  charset: fc.constantFrom(...charsets),
  encoding: fc.constantFrom(...encodings),
  body: mailText(500),
});

/**
 * A message whose body is `depth` multiparts inside each other around one leaf, with random boundaries,
 * charsets and transfer encodings; `closeParts` false leaves every multipart unterminated.
 */
export const nestedMime = fc.record({
  depth: fc.integer({ min: 1, max: 400 }),
  subtype: fc.constantFrom('mixed', 'alternative', 'related', 'report; report-type=delivery-status', 'signed'),
  boundarySeed: fc.stringMatching(/^[A-Za-z0-9]{1,20}$/),
  leaf,
  closeParts: fc.boolean(),
  headers: fc.array(fc.tuple(fc.constantFrom('Subject', 'From', 'To', 'Message-ID', 'In-Reply-To', 'References', 'Date', 'Auto-Submitted', 'Precedence', 'X-Auto-Response-Suppress'), mailText(120)), { maxLength: 8 }),
}).map(({ depth, subtype, boundarySeed, leaf: part, closeParts, headers }) => {
  const head = headers.map(([name, value]) => `${name}: ${value.replace(/\r?\n/g, '\r\n ')}`).join('\r\n');
  let body = `Content-Type: ${part.type}; charset="${part.charset}"\r\nContent-Transfer-Encoding: ${part.encoding}\r\n\r\n${part.body}\r\n`;
  for (let level = depth; level > 0; level--) {
    const boundary = `${boundarySeed}${level}`;
    body = `Content-Type: multipart/${subtype}; boundary="${boundary}"\r\n\r\n--${boundary}\r\n${body}${closeParts ? `--${boundary}--\r\n` : ''}`;
  }
  return Buffer.from(`${head}${head ? '\r\n' : ''}MIME-Version: 1.0\r\n${body}`, 'utf8');
});
