const DIACRITICS = /[\u0300-\u036f]/g;
const QUOTES = /[\u2018\u2019\u00b4`]/g;
const DQUOTES = /[\u201c\u201d\u00ab\u00bb]/g;

/** Lower case without accents, so lexicon phrases match "cancelación" and "cancelacion" alike. */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(DIACRITICS, '').replace(QUOTES, "'").replace(DQUOTES, '"').toLowerCase();
}

export interface Sentence {
  text: string;
  norm: string;
  isQuestion: boolean;
}

// A sentence ends at . ! ? or a line break; "3.5" and "e.g." style dots inside numbers stay.
const SENTENCE_END = /(?<=[!?…])\s+|(?<=[^\d\s][.])\s+|\n+/;

export function splitSentences(text: string): Sentence[] {
  return text
    .split(SENTENCE_END)
    .map((part) => part.trim())
    .filter((part) => /[\p{L}\p{N}]/u.test(part))
    .map((part) => ({ text: part, norm: normalize(part), isQuestion: /[?¿]/.test(part) }));
}
