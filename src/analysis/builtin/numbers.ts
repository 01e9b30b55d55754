import { multipliers, numberWords } from './lexicon/volume-words.js';

const GROUPED_BY_SPACE = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/;

/**
 * A numeral in any regional form → its value: "20.000" and "20,000" are 20000, "1,5" and "1.5" are 1.5,
 * "15 000" is 15000. One separator followed by exactly three digits is a thousands separator.
 */
export function parseNumeral(raw: string): number | null {
  let text = raw.trim();
  if (GROUPED_BY_SPACE.test(text)) text = text.replace(/[ \u00a0\u202f]/g, '');
  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  if (dots && commas) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    text = text.split(thousands).join('').replace(decimal, '.');
  } else if (dots + commas > 1) {
    text = text.replace(/[.,]/g, '');
  } else if (dots + commas === 1) {
    const [whole, fraction] = text.split(/[.,]/);
    text = fraction.length === 3 ? whole + fraction : `${whole}.${fraction}`;
  }
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

export function multiplierOf(word: string | undefined): number {
  return word ? (multipliers[word] ?? 1) : 1;
}

/** "two hundred", "veinte mil", "dos mil quinientos" → 200, 20000, 2500. Words must be lower case, no accents. */
export function parseNumberWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    const value = numberWords[word];
    if (value === undefined) continue;
    seen = true;
    if (value === 100) current = (current || 1) * 100;
    else if (value >= 1000) {
      total += (current || 1) * value;
      current = 0;
    } else current += value;
  }
  return seen ? total + current : null;
}

export function roundAmount(value: number): number {
  return Math.round(value * 100) / 100;
}
