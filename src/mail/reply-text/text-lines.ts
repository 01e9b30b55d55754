// Shared helpers over plain lines. Every regular expression in this module tree is anchored or a
// plain alternation of literals, so each test stays linear in the (already capped) line length.

export const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const alternation = (words: string[]) => words.map(escapeRegExp).join('|');

export const isBlank = (line: string) => line.trim() === '';

/** Strips the given characters from the end of a string without a backtracking regex. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

export function trimStartChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start])) start++;
  return text.slice(start);
}
