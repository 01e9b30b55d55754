import { HEADER_FIELDS, QUOTE_SEPARATOR_PHRASES, SEPARATOR_MESSAGE_WORDS } from './patterns.js';
import { isQuoteHeader } from './quote-header.js';
import { alternation, trimEndChars, trimStartChars } from './text-lines.js';

// Lines after which everything is an earlier message: "-----Original Message-----", Outlook's
// underscore rule, "Begin forwarded message:", and Outlook "From: / Sent: / To:" blocks.

const RULE_LINE = /^\s*(?:_{2,}|-{10,}|={10,})\s*$/;
const DASH_FRAMED = /^\s*-{3,}[^-]{1,80}-{3,}\s*$/;
const SEPARATOR_CHARS = ' \t-_=*#<>:';
const SEPARATORS = new Set(QUOTE_SEPARATOR_PHRASES);
const MESSAGE_WORD = new RegExp(`(?:^|\\s)(?:${alternation(SEPARATOR_MESSAGE_WORDS)})(?:$|\\s)`, 'iu');
const MAX_SEPARATOR_CHARS = 120;

const field = (names: string[]) => new RegExp(`^[\\s*>]*(?:${alternation(names)})\\s*\\**\\s*[:：]`, 'iu');
const FROM_FIELD = field(HEADER_FIELDS.from);
const DATE_FIELD = field(HEADER_FIELDS.date);
const OTHER_FIELD = field(HEADER_FIELDS.other);
const INLINE_FIELD = new RegExp(`\\s(?:${alternation([...HEADER_FIELDS.date, ...HEADER_FIELDS.other])})\\s*[:：]`, 'iu');
const HEADER_WINDOW = 6;

export function isQuoteSeparator(line: string): boolean {
  if (RULE_LINE.test(line)) return true;
  if (line.length > MAX_SEPARATOR_CHARS) return false;
  const core = trimStartChars(trimEndChars(line, SEPARATOR_CHARS), SEPARATOR_CHARS).toLowerCase();
  if (core === '') return false;
  if (SEPARATORS.has(core)) return core !== 'original' || line.includes('--');
  return DASH_FRAMED.test(line) && (MESSAGE_WORD.test(core) || isQuoteHeader(core));
}

const isHeaderField = (line: string) => FROM_FIELD.test(line) || DATE_FIELD.test(line) || OTHER_FIELD.test(line);
const isSenderField = (line: string) => FROM_FIELD.test(line) || DATE_FIELD.test(line);

/** An Outlook "From: / Sent: / To: / Subject:" block (any language) starting at `index`. */
export function isHeaderBlock(lines: string[], index: number): boolean {
  const first = lines[index];
  if (!isHeaderField(first)) return false;
  if (FROM_FIELD.test(first) && INLINE_FIELD.test(first.slice(5))) return true;
  const next = lines[index + 1];
  if (next !== undefined && isHeaderField(next) && (isSenderField(first) || isSenderField(next))) return true;
  let fields = 1;
  let sawFrom = FROM_FIELD.test(first);
  for (let offset = 1; offset <= HEADER_WINDOW && index + offset < lines.length; offset++) {
    const line = lines[index + offset];
    if (!isHeaderField(line)) continue;
    fields++;
    sawFrom ||= FROM_FIELD.test(line);
  }
  return sawFrom && fields >= 3;
}
