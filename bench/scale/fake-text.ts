import vocabulary from './vocabulary.json' with { type: 'json' };
import type { Random } from './random.js';

export type Language = keyof typeof vocabulary.languages;
const languageWeights = Object.fromEntries(Object.entries(vocabulary.languages).map(([lang, v]) => [lang, v.weight])) as Record<Language, number>;

/** Words that appear in about ten replies each in a million: what a "rare word" search looks for. */
export const RARE_WORDS = 20_000;
export const RARE_WORD_SHARE = 0.2;

export function rareWord(index: number): string {
  const s = vocabulary.raritySyllables;
  let word = '';
  for (let n = index + s.length ** 3, i = 0; i < 4; i++, n = Math.floor(n / s.length)) word += s[n % s.length];
  return word;
}

export const pickLanguage = (rand: Random) => rand.weighted(languageWeights);

export interface Person { first: string; last: string; email: string; company: string | null }

export function person(rand: Random, serial: number): Person {
  const first = rand.pick(vocabulary.firstNames);
  const last = rand.pick(vocabulary.lastNames);
  const stem = vocabulary.companyStems[rand.skewed(vocabulary.companyStems.length)]!;
  const suffix = rand.pick(vocabulary.companySuffixes);
  const companyName = `${stem[0]!.toUpperCase()}${stem.slice(1)}${suffix}`;
  const hasCompany = rand.chance(0.8);
  const local = `${ascii(first)}.${ascii(last)}${serial}`;
  const domain = hasCompany ? `${stem}${suffix}${rand.int(50)}.example` : rand.pick(['gmail.example', 'outlook.example', 'yahoo.example']);
  const form = rand.pick(vocabulary.companyForms);
  return { first, last, email: `${local}@${domain}`, company: hasCompany ? `${companyName}${form ? ` ${form}` : ''}` : null };
}

const ascii = (s: string) => s.normalize('NFD').replace(/[^a-zA-Z]/g, '').toLowerCase();

export const subject = (rand: Random, lang: Language) => rand.pick(vocabulary.languages[lang].subjects);
export const sentEmailText = (rand: Random, lang: Language, first: string) => rand.pick(vocabulary.languages[lang].sentEmails).replace('{first}', first);

/** A reply: greeting, a few sentences and topic words in one language, a signature, often the quoted email. */
export function replyText(rand: Random, lang: Language, from: Person, quoted: { text: string; at: Date } | null) {
  const v = vocabulary.languages[lang];
  const lines = [rand.pick(v.greetings)];
  const sentences = 1 + rand.int(3);
  for (let i = 0; i < sentences; i++) lines.push(v.sentences[rand.skewed(v.sentences.length)]!.replace('{n}', String((1 + rand.int(50)) * 1000)));
  if (rand.chance(0.5)) lines.push(Array.from({ length: 2 + rand.int(4) }, () => v.words[rand.skewed(v.words.length)]).join(', ') + '.');
  if (rand.chance(RARE_WORD_SHARE)) lines.push(`Ref: ${rareWord(rand.int(RARE_WORDS))}`);
  lines.push('', rand.pick(v.closings), `${from.first} ${from.last}`);
  const newText = lines.join('\n');
  if (!quoted) return { newText, text: newText };
  const quote = quoted.text.split('\n').map((l) => `> ${l}`).join('\n');
  return { newText, text: `${newText}\n\n${v.quoteIntro.replace('{date}', quoted.at.toUTCString())}\n${quote}\n` };
}
