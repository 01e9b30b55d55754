// Caps that keep extraction linear on hostile or enormous mail: only the head of a reply can hold
// the customer's new words, so nothing is lost by ignoring the rest.
export const MAX_TEXT_CHARS = 200_000;
export const MAX_HTML_CHARS = 1_000_000;
export const MAX_LINE_CHARS = 2_000;

/** Normalises line endings, caps the size and splits into lines of bounded length. */
export function toBoundedLines(text: string): string[] {
  const head = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  return head
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line));
}
