import { detect } from 'tinyld';
import { lexicons } from './lexicon/index.js';
import { normalize } from './normalize.js';

const SUPPORTED = lexicons.map((lexicon) => lexicon.language);
const STOPWORDS = lexicons.map((lexicon) => ({ language: lexicon.language, words: new Set(lexicon.stopwords) }));
/** Letters that only some of our languages write; they settle close calls between es, pt, ca, fr and it. */
const LETTER_HINTS: ReadonlyArray<[RegExp, string, number]> = [
  [/[ñ¿¡]/, 'es', 2],
  [/[ãõ]|ção|ções/, 'pt', 2],
  [/l·l|[òï]|\bdoncs\b|\bavui\b|\bahir\b/i, 'ca', 2],
  [/[ßäöü]/, 'de', 2],
  [/[èêëœ]|\bqu'|\bj'|\bc'est\b/i, 'fr', 1],
  // Italian verb endings: "passiamo", "mandatemi", "scriveteci".
  [/(?<!\p{L})\p{L}{2,20}(?:iamo|[aei]te(?:mi|ci|gli|le|lo))(?!\p{L})/iu, 'it', 2],
];
const WORD = /[a-z']+/g;
const MIN_WORDS_TO_DECIDE = 2;

function stopwordScores(text: string): Map<string, number> {
  const scores = new Map<string, number>(SUPPORTED.map((language) => [language, 0]));
  for (const word of normalize(text).match(WORD) ?? []) {
    for (const { language, words } of STOPWORDS) if (words.has(word)) scores.set(language, scores.get(language)! + 1);
  }
  for (const [pattern, language, weight] of LETTER_HINTS) {
    if (pattern.test(text)) scores.set(language, scores.get(language)! + weight);
  }
  return scores;
}

function ranked(scores: Map<string, number>): Array<[string, number]> {
  return [...scores.entries()].sort((a, b) => b[1] - a[1]);
}

function detectWithTinyld(text: string): string {
  return detect(text, { only: SUPPORTED }) || '';
}

/**
 * Stop words decide clear cases (they beat n-gram models on two-word replies); tinyld breaks ties; a reply with
 * no words at all ("👍") takes the language of the email we sent.
 */
export function detectLanguage(text: string, fallbackText = ''): string {
  const [[best, bestScore], [, secondScore]] = ranked(stopwordScores(text));
  if (bestScore >= MIN_WORDS_TO_DECIDE && bestScore > secondScore) return best;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 12) return detectWithTinyld(text) || best;
  if (bestScore > 0 && bestScore > secondScore) return best;
  if (fallbackText.trim()) return detectLanguage(fallbackText);
  return 'en';
}
