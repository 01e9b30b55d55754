import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMultipartForm } from '../../src/inbound/multipart-form.js';
import { extractNewText } from '../../src/mail/reply-text/index.js';
import { withinBudget } from './support/time-budget.js';

const regressions = path.join(import.meta.dirname, 'regressions');
const FORM = 'multipart/form-data; boundary=xYzZY';
const part = (name: string, value: string, headers = `Content-Disposition: form-data; name="${name}"`) => `--xYzZY\r\n${headers}\r\n\r\n${value}\r\n`;

/** Inputs the fuzzers once broke the code with, kept so the fixes stay fixed (see each case for what failed). */
describe('fuzzer findings, replayed', () => {
  test('a body cut off inside a part is refused, not thrown past the promise (it crashed the process)', async () => {
    const cut = Buffer.from(`${part('text', 'hello')}--xYzZY\r\nContent-Disposition: form-data; name="html"\r\n\r\n<p>cut he`);
    await expect(withinBudget('parse', () => parseMultipartForm(cut, FORM))).rejects.toThrow(/Unexpected end/);
  });

  test('a part over 16 KB without a form-data disposition is skipped (the parse never finished)', async () => {
    const body = Buffer.from(`${part('junk', 'x'.repeat(40_000), 'Content-Disposition: attachment')}${part('text', 'kept')}--xYzZY--\r\n`);
    const form = await withinBudget('parse', () => parseMultipartForm(body, FORM));
    expect(form.text('text')).toBe('kept');
  });

  test('a Mailgun form with CR CR LF line ends is refused within the budget (busboy stalled on it for good)', async () => {
    const body = readFileSync(path.join(regressions, 'mailgun-crcrlf-stall.multipart'));
    await expect(withinBudget('parse', () => parseMultipartForm(body, 'multipart/form-data; boundary=7d1e3f9a2b5c'))).rejects.toThrow(/stalled/);
  });

  test('200,000 blank lines are extracted in linear time (scanning ahead from each line took minutes)', async () => {
    expect(await withinBudget('extract', () => extractNewText({ text: `Yes, Monday works.${'\n'.repeat(200_000)}` }))).toBe('Yes, Monday works.');
  });
});
