// How the manifest's `compare` column is honoured: "exact+normalized" passes on an exact match or
// one after normalising whitespace within and between lines; "whitespace-insensitive only" ignores
// all whitespace (HTML conversions never agree on line breaks).

const normalizeWhitespace = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n\n')
    .trim();

const withoutWhitespace = (text: string) => text.replace(/\s+/g, '');

export function matchesExpected(actual: string, expected: string, compare: string): boolean {
  const a = actual.replace(/\r\n?/g, '\n');
  const e = expected.replace(/\r\n?/g, '\n');
  if (compare.startsWith('whitespace-insensitive')) return withoutWhitespace(a) === withoutWhitespace(e);
  return a.trim() === e.trim() || normalizeWhitespace(a) === normalizeWhitespace(e);
}
