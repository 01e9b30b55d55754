const DIACRITICS = /[\u0300-\u036f]/g;
const QUOTES = /[\u2018\u2019\u00b4`]/g;
const DQUOTES = /[\u201c\u201d\u00ab\u00bb]/g;
// Hurried English drops the apostrophe ("cant", "doesnt"); restore it so one phrase covers both spellings.
// Not "dont": French writes that word.
const BARE_CONTRACTION = /\b(can|doesn|didn|won|isn|aren|wasn|weren|couldn|wouldn|shouldn|haven|hasn)t\b/g;

/** Lower case without accents, so lexicon phrases match "cancelación" and "cancelacion" alike. */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(DIACRITICS, '').replace(QUOTES, "'").replace(DQUOTES, '"').toLowerCase().replace(BARE_CONTRACTION, "$1't");
}

export interface Sentence {
  text: string;
  norm: string;
  isQuestion: boolean;
}

// A sentence ends at . ! ? or a line break (after a number too: "error 502. We"); "3.5" and "14. Juli" stay whole, and so do an initial or a title ("a. m.", "M. Vogel",
// "dott. Marco Ferri").
const SENTENCE_END =
  /(?<=[!?…])\s+|(?<=[^\d\s][.])(?<!(?:^|[\s(])(?:\p{L}|dott|dr|dra|sr|sra|srta|mtra|mtro|lic|ing|prof|mr|mrs|ms|st)\.)\s+|(?<=\d[.])\s+(?=\p{Lu})(?!(?:jan|feb|m[aä]r|apr|mai|jun|jul|aug|sep|okt|nov|dez))|\n+/iu;

export function splitSentences(text: string): Sentence[] {
  return text
    .split(SENTENCE_END)
    .map((part) => part.trim())
    .filter((part) => /[\p{L}\p{N}]/u.test(part))
    .map((part) => ({ text: part, norm: normalize(part), isQuestion: /[?¿]/.test(part) }));
}
