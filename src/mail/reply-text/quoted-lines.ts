const QUOTED_LINE = /^\s*>/;

// A long quoted line that the sender's client wrapped leaves its tail without the `>` marker.
const WRAPPED_QUOTE_MIN_CHARS = 50;

export const isQuotedLine = (line: string) => QUOTED_LINE.test(line);

/** An unmarked line right after a long `>` line that continues it mid-sentence. */
export function isWrappedQuoteTail(lines: string[], index: number): boolean {
  const previous = lines[index - 1];
  return (
    previous !== undefined &&
    isQuotedLine(previous) &&
    previous.length >= WRAPPED_QUOTE_MIN_CHARS &&
    /^\s*\p{Ll}/u.test(lines[index])
  );
}
