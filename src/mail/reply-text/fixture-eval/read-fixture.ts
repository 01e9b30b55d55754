import { readFile } from 'node:fs/promises';
import { simpleParser } from 'mailparser';
import type { ReplyInput } from '../index.js';

/** Turns a fixture file into extractor input: MIME is parsed, HTML passed as HTML, the rest as text. */
export async function readFixture(file: string): Promise<ReplyInput> {
  const raw = await readFile(file);
  if (file.endsWith('.eml')) {
    const parsed = await simpleParser(raw);
    return { text: parsed.text ?? null, html: typeof parsed.html === 'string' ? parsed.html : null };
  }
  if (file.endsWith('.html')) return { html: raw.toString('utf8') };
  return { text: raw.toString('utf8') };
}
