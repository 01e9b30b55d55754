import { QUOTE_HEADER_OPENERS, QUOTE_HEADER_VERBS } from './patterns.js';
import { alternation, isBlank, trimEndChars, trimStartChars } from './text-lines.js';

// "On Tue, 3 Mar 2025 at 10:02, Ana <ana@x.com> wrote:" and its translations and variants.

const OPENER = new RegExp(`^(?:${alternation(QUOTE_HEADER_OPENERS)})\\s`, 'iu');
const OPENER_INSIDE = new RegExp(`[\\s-](?:${alternation(QUOTE_HEADER_OPENERS)})\\s`, 'giu');
const VERB = new RegExp(`(?:^|[\\s,)>"'])(?:${alternation(QUOTE_HEADER_VERBS)})(?=$|[\\s:：(])`, 'iu');
const VERB_AT_END = new RegExp(`(?:^|[\\s,)>"'])(?:${alternation(QUOTE_HEADER_VERBS)})$`, 'iu');
const ANGLE_EMAIL = /<\s?[^<>\s]{1,200}@[^<>\s]{1,200}>/;
const HAS_EMAIL = /\S@\S/;
const HAS_DIGIT = /\d/;
const STARTS_WITH_DATE = /^\d{1,4}[-./]\s?\d{1,2}[-./]\s?\d{1,4}/;
const FRAME_START = ' \t*->';
const FRAME_END = ' \t*-';
const MAX_HEADER_CHARS = 400;
const MAX_JOINED_LINES = 3;

/** Whether one (possibly joined) line is a quote header. */
export function isQuoteHeader(line: string): boolean {
  if (line.length > MAX_HEADER_CHARS) return false;
  const framed = line.trim().startsWith('--');
  const text = trimStartChars(trimEndChars(line.trim(), FRAME_END), FRAME_START);
  const endsWithColon = text.endsWith(':') || text.endsWith('：');
  if (endsWithColon ? VERB.test(text) : VERB_AT_END.test(text)) {
    return framed || OPENER.test(text) || HAS_DIGIT.test(text) || HAS_EMAIL.test(text);
  }
  // Headers without a verb: "2014-03-20 8:48 GMT+01:00 Rafa <rafa@x.com>:" (Gmail in some locales),
  // "Thu, 26 Jun 2014 14:00:51 +0400 от Alexander <a@x.com>:" (mail.ru).
  if (STARTS_WITH_DATE.test(text) && trimEndChars(text, ':').endsWith('>') && ANGLE_EMAIL.test(text)) return true;
  return endsWithColon && HAS_DIGIT.test(text) && ANGLE_EMAIL.test(text) && trimEndChars(text, ':').endsWith('>');
}

/** How many lines (1 to 3) starting at `index` form a quote header, or 0. */
export function quoteHeaderLength(lines: string[], index: number): number {
  const first = lines[index].trim();
  if (first === '') return 0;
  if (isQuoteHeader(first)) return 1;
  const mayContinue = OPENER.test(trimStartChars(first, FRAME_START)) || HAS_DIGIT.test(first);
  if (!mayContinue || first.length > MAX_HEADER_CHARS) return 0;
  let joined = first;
  for (let length = 2; length <= MAX_JOINED_LINES; length++) {
    const next = lines[index + length - 1];
    if (next === undefined || isBlank(next)) return 0;
    joined = `${joined} ${next.trim()}`;
    if (isQuoteHeader(joined)) return length;
  }
  return 0;
}

/** Where a header starts after the reply on the same line ("reply On …, bob wrote:"), or -1. */
export function embeddedHeaderStart(line: string): number {
  const start = trimStartChars(line, FRAME_START);
  if (line.length > 2 * MAX_HEADER_CHARS || OPENER.test(start) || /^\d/.test(start)) return -1;
  for (const match of line.matchAll(OPENER_INSIDE)) {
    const start = match.index + 1;
    const hasReplyBefore = trimStartChars(line.slice(0, start), FRAME_START) !== '';
    if (hasReplyBefore && isQuoteHeader(line.slice(start))) return start;
  }
  return -1;
}
