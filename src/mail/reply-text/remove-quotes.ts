import { embeddedHeaderStart, quoteHeaderLength } from './quote-header.js';
import { isQuoteSeparator, isHeaderBlock } from './quote-separators.js';
import { isQuotedLine, isWrappedQuoteTail } from './quoted-lines.js';
import { isBlank, trimEndChars } from './text-lines.js';

/**
 * Drops quoted earlier messages. `>` lines are dropped one by one so the customer's words between
 * or after them (inline and bottom-posted replies) survive; a quote header followed by unmarked
 * text, a separator or an Outlook header block ends the customer's part.
 */
export function removeQuotes(lines: string[]): string[] {
  const nextContentIsQuoted = quotedAhead(lines);
  const kept: string[] = [];
  let afterDropped = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (isQuotedLine(line) || isWrappedQuoteTail(lines, index) || (afterDropped && isBlank(line))) {
      afterDropped = true;
      continue;
    }
    if (isQuoteSeparator(line) || isHeaderBlock(lines, index)) break;
    const embedded = nextContentIsQuoted(index + 1) ? embeddedHeaderStart(line) : -1;
    if (embedded !== -1) {
      kept.push(trimEndChars(line.slice(0, embedded), ' \t-'));
      afterDropped = true;
      continue;
    }
    const headerLength = quoteHeaderLength(lines, index);
    if (headerLength > 0) {
      index += headerLength - 1;
      afterDropped = true;
      if (!nextContentIsQuoted(index + 1)) break;
      continue;
    }
    afterDropped = false;
    kept.push(line);
  }
  return kept;
}

/**
 * Whether the first non-blank line at or after an index is quoted, answered from one backward pass: scanning ahead
 * from every line took minutes on a reply of 200,000 blank lines (quadratic).
 */
function quotedAhead(lines: string[]): (from: number) => boolean {
  const quoted = new Array<boolean>(lines.length + 1).fill(false);
  for (let index = lines.length - 1; index >= 0; index--) {
    quoted[index] = isBlank(lines[index]) ? quoted[index + 1] : isQuotedLine(lines[index]);
  }
  return (from) => quoted[Math.min(from, lines.length)];
}
