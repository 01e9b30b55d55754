import type { Analysis } from '../schema.js';
import {
  currencies,
  leadingPeriodPhrases,
  nonUnits,
  numberWords,
  periodPhrases,
  priceWords,
  spendWords,
  unitPriceMarkers,
  units,
} from './lexicon/volume-words.js';
import { normalize } from './normalize.js';
import { multiplierOf, parseNumberWords, parseNumeral, roundAmount } from './numbers.js';

export type MonthlyVolume = NonNullable<Analysis['monthly_volume']>;
type Period = MonthlyVolume['period'];
export interface VolumeFinding {
  volume: MonthlyVolume;
  phrase: string;
  /** Index of the sentence it came from. */
  sentence: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const CURRENCY = alternation(Object.keys(currencies));
const MULTIPLIER = 'k|mil|mille|mila|thousand|tausend|millones|millon|millions|million|milhoes|milhao|milioni|milione|mm|m|lakhs|lakh|crore';
const NUMERAL = '\\d{1,3}(?:[.,\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?';
// The figure: optional currency, a numeral, an optional multiplier; never part of an id, phone, date, version or time.
const FIGURE = new RegExp(
  `(?<![\\w#+\\-/:.,])(?:(${CURRENCY})\\s?)?(${NUMERAL})(?:\\s?(${MULTIPLIER})(?![a-z]))?(?![\\w%:\\-]|\\/\\d|[.,]\\d)`,
  'g',
);
const WORD_NUMBER_NAMES = Object.keys(numberWords);
const WORD_FIGURE = new RegExp(
  `(?<![a-z])((?:(?:${alternation(WORD_NUMBER_NAMES)})(?:\\s+(?:y|e|and|et)?\\s*|-)?)+)(?![a-z])`,
  'g',
);
const PERIOD_AFTER: ReadonlyArray<[Period, RegExp]> = Object.entries(periodPhrases).map(([period, phrases]) => [
  period as Period,
  new RegExp(`^(.{0,60}?)(?<![a-z])(?:${alternation(phrases)})(?![a-z])`),
]);
const PERIOD_BEFORE: ReadonlyArray<[Period, RegExp]> = Object.entries(leadingPeriodPhrases).map(([period, phrases]) => [
  period as Period,
  new RegExp(`(?<![a-z])(?:${alternation(phrases)})(?![a-z])`),
]);
// A volume needs a period, so a sentence without any period phrase is skipped before the costlier figure scan.
const ANY_PERIOD = new RegExp(
  `(?<![a-z])(?:${alternation([...Object.values(periodPhrases).flat(), ...Object.values(leadingPeriodPhrases).flat()])})(?![a-z])`,
);
const CLAUSE_END = /[;!?()\n]|[.,:](?=\s|$)|\s[-–—]\s/;
const WORD = /[a-z$€£₹][a-z$€£₹'-]*/g;
const MAX_WORDS_BETWEEN = 4;
const LEADING_PERIOD_UNIT_WORDS = 3;
const PRICE_TALK = new RegExp(`(?<![a-z])(?:${alternation(priceWords)})(?![a-z])`);
const SPEND_TALK = new RegExp(`(?<![a-z])(?:${alternation(spendWords)})(?![a-z])`);
// An "h" or "pm" right after a number is a time of day; "x" is a size or a multiplier ("2x").
const TIME_AFTER = /^\s?(?:h\b|h\d|am\b|pm\b|x\b|°)/;
// "tickets/month": part the unit from the period so both are read as words.
const GLUED_PERIOD = /(?<=[a-z])\/(?=(?:day|d|week|wk|month|mo|year|yr|dia|jour|tag|giorno|semana|semaine|woche|settimana|mes|mois|monat|mese|ano|an|jahr|anno)\b)/g;

interface Figure {
  amount: number;
  currency: string | null;
  start: number;
  end: number;
}

function numeralFigures(clause: string): Figure[] {
  const figures: Figure[] = [];
  FIGURE.lastIndex = 0;
  for (let match = FIGURE.exec(clause); match; match = FIGURE.exec(clause)) {
    const value = parseNumeral(match[2]);
    if (value === null || TIME_AFTER.test(clause.slice(match.index + match[0].length))) continue;
    const currency = match[1] ? currencies[match[1]] : null;
    figures.push({ amount: value * multiplierOf(match[3]), currency, start: match.index, end: match.index + match[0].length });
  }
  return figures;
}

function wordFigures(clause: string): Figure[] {
  const figures: Figure[] = [];
  WORD_FIGURE.lastIndex = 0;
  for (let match = WORD_FIGURE.exec(clause); match; match = WORD_FIGURE.exec(clause)) {
    const value = parseNumberWords(match[1].split(/[\s-]+/));
    if (value !== null && value > 1) figures.push({ amount: value, currency: null, start: match.index, end: match.index + match[1].trimEnd().length });
  }
  return figures;
}

function periodAfter(rest: string): { period: Period; between: string } | null {
  let best: { period: Period; between: string } | null = null;
  for (const [period, pattern] of PERIOD_AFTER) {
    const match = pattern.exec(rest);
    if (match && (!best || match[1].length < best.between.length)) best = { period, between: match[1] };
  }
  return best;
}

function periodBefore(before: string): Period | null {
  for (const [period, pattern] of PERIOD_BEFORE) if (pattern.test(before)) return period;
  return null;
}

function currencyIn(words: readonly string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1] ?? ''}`;
    if (currencies[pair]) return currencies[pair];
    if (currencies[words[i]]) return currencies[words[i]];
  }
  return null;
}

/** The counted thing between the figure and the period; null when there is none or it is not usage. */
function unitOf(words: readonly string[], currency: string | null): string | null {
  if (words.some((word) => nonUnits.has(word) && !units[word] && word !== 'de' && word !== 'of' && word !== 'the' && word !== 'por')) return null;
  const known = words.find((word) => units[word]);
  if (currency) {
    const priced = words.findIndex((word) => unitPriceMarkers.includes(word));
    return priced >= 0 && words[priced + 1] && units[words[priced + 1]] ? null : currency;
  }
  if (known) return units[known];
  const noun = [...words].reverse().find((word) => word.length >= 3 && !nonUnits.has(word));
  return noun ? noun.replace(/(?<=[a-z]{3})s$/, '') : null;
}

function volumeAt(clause: string, figure: Figure, quotedPrice: boolean): MonthlyVolume | null {
  const rest = clause.slice(figure.end);
  const after = periodAfter(rest);
  const betweenText = after ? after.between : rest.slice(0, 40);
  // Another figure before the period owns it: "a team of 8 sending 40k emails a month".
  if (after && /\d/.test(betweenText)) return null;
  // With the period stated earlier ("Este año … 1,5 millones de correos"), the counted thing follows the figure.
  const words = (betweenText.match(WORD) ?? []).slice(0, after ? undefined : LEADING_PERIOD_UNIT_WORDS);
  if (words.length > MAX_WORDS_BETWEEN + 2) return null;
  const period = after?.period ?? periodBefore(clause.slice(0, figure.start));
  if (!period) return null;
  const named = currencyIn(words.slice(0, 3));
  // "$1,800 MXN": the code after the figure says which dollar or peso the symbol meant.
  const currency = named && figure.currency !== named ? named : figure.currency;
  if (currency && quotedPrice) return null;
  const unit = unitOf(words, currency);
  if (!unit) return null;
  return { amount: roundAmount(figure.amount), unit, period };
}

/**
 * Pass null for a sentence that must not be read (one about our own emails, say).
 * The usage or spend figure the customer states with its period. Counts without a period, phones, dates, ids,
 * versions and unit prices ("15 € por usuario") are not volumes.
 */
export function findMonthlyVolume(sentences: ReadonlyArray<string | null>): VolumeFinding | null {
  for (const [index, sentence] of sentences.entries()) {
    if (sentence === null) continue;
    const norm = normalize(sentence).replace(GLUED_PERIOD, ' /');
    if (!ANY_PERIOD.test(norm)) continue;
    const quotedPrice = PRICE_TALK.test(norm) && !SPEND_TALK.test(norm);
    for (const clause of norm.split(CLAUSE_END)) {
      const figures = [...numeralFigures(clause), ...wordFigures(clause)].sort((a, b) => a.start - b.start);
      for (const figure of figures) {
        const volume = volumeAt(clause, figure, quotedPrice);
        if (volume) return { volume, phrase: clause.slice(figure.start, figure.end + 40).trim(), sentence: index };
      }
    }
  }
  return null;
}
