import { dayParts, pricedNouns, relativeDays, weekdays } from './lexicon/task-words.js';
import { units } from './lexicon/volume-words.js';
import { normalize } from './normalize.js';
import { excerpt } from './excerpt.js';

const words = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).join('|');
const ZONE = '(?:\\s?(?:CT|ET|PT|CET|CEST|GMT|UTC|BST|EST|PST|hs))?';
const CLOCK = `(?:(?:at|after|before|around|from|a las|a la|después de las|despues de las|antes de las|às|as|à|depois das|après|apres|alle|dopo le|um|nach|ab|a les|vers)\\s+\\d{1,2}(?![\\d-])(?:[:.h]\\d\\d)?(?:\\s?(?:am|pm|h|uhr))?|\\d{1,2}(?:[:.]\\d\\d)?\\s?(?:am|pm|a\\.\\s?m\\.|p\\.\\s?m\\.|uhr|h(?:\\d\\d)?)(?![\\p{L}]))${ZONE}`;
const DAY = `(?:${words(weekdays)})(?:\\s+\\d{1,2}(?![\\d:]))?`;
const TIME_SPEC = new RegExp(`(?<![\\p{L}])(?:${DAY}|${words(relativeDays)}|${words(dayParts)})(?![\\p{L}])|${CLOCK}`, 'giu');
const DURATION = /(?<![\d])(\d{1,3})\s?(?:min|mins|minutes|minutos|minuti|minuten)\b/i;
const MAX_WHEN = 70;

/** When the customer proposes to meet, in their words: "Wed 2pm or Thu 10am CT", "jueves a las 5". */
export function meetingWhen(sentence: string): string | null {
  const found = [...sentence.matchAll(TIME_SPEC)];
  if (found.length === 0) return null;
  const first = found[0];
  const last = found[found.length - 1];
  const span = sentence.slice(first.index, last.index + last[0].length).trim();
  return span.length <= MAX_WHEN ? span : found.map((match) => match[0].trim()).join(', ');
}

/** "30 min" in "Could we do 30 min Wed 2pm?". */
export function meetingLength(sentence: string): string | null {
  const minutes = DURATION.exec(sentence)?.[1];
  return minutes ? `${minutes}-min` : null;
}

const CLAUSE_SPLIT = /\s*(?:[,;:()]|\s[-–—]\s|\s(?:but|pero|mas|mais|aber|ma|però|and then)\s)\s*/i;
const MAX_CLAUSE = 110;
const MIN_CLAUSE_WORDS = 5;
// Links and sentence adverbs ("Unfortunately, the export…") that say nothing about the task.
const LEADING_LINK = /^(?:but|and|so|pero|y|e|mas|mais|et|aber|und|ma|però|i|unfortunately|sadly|however|lamentablemente|desafortunadamente|por desgracia|infelizmente|malheureusement|leider|purtroppo|sfortunatamente|malauradament),?\s+/i;
const TRAILING_LINK = /\s+(?:but|and|so|pero|y|e|mas|mais|et|aber|und|ma|però|i|which|que)$/i;
/** "Depuis la mise à jour 4.2, les devis sortent vides": a clause that only dates the problem needs the next one. */
const DATING_CLAUSE = /^(?:since|after|desde|tras|después|despues|depuis|après|apres|seit|nach|dal|dopo|des de|desde a)\b/i;

/** The clause of a sentence that holds a cue's phrase: the specific part ("el dashboard tarda mucho en cargar"). */
export function clauseAround(sentence: string, phrase: string): string {
  const parts = sentence.split(CLAUSE_SPLIT).filter(Boolean);
  const at = parts.findIndex((part) => normalize(part).includes(phrase));
  if (at < 0) return tidy(sentence);
  // "We have an issue: the SMS reminders go out twice": a bare announcement takes the clause that says what.
  const bare = (parts[at].split(/\s+/).length < MIN_CLAUSE_WORDS || DATING_CLAUSE.test(parts[at].replace(LEADING_LINK, ''))) && parts[at + 1];
  return tidy(bare ? `${parts[at]}: ${parts[at + 1]}` : parts[at]);
}

function tidy(clause: string): string {
  return excerpt(clause.replace(LEADING_LINK, '').replace(/^[¿¡]|[?!.]+$/g, '').trim().replace(TRAILING_LINK, ''), MAX_CLAUSE);
}

const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, dos: 2, tres: 3, cuatro: 4, cinco: 5, duas: 2, deux: 2, trois: 3, zwei: 2, drei: 3, due: 2, tre: 3 };
const COUNTED = /(?<![\p{L}\d])(\d[\d.,]*|two|three|four|five|dos|tres|cuatro|cinco|duas|deux|trois|zwei|drei|due|tre)\s+(?:(?:more|additional|extra|new|nuevos|nuevas|novos|novas|nouveaux|neue[n]?|zusätzliche[n]?|weitere[n]?|nuovi|altri|otras|otros|outras|outros)\s+)?([\p{L}-]{3,})/iu;

const PERIOD_NEXT = /^\s*(?:a|an|per|every|each|al|por|par|pro|ao|al|\/)\s?(?:day|week|month|year|dia|semana|mes|ano|jour|semaine|mois|an|tag|woche|monat|jahr|giorno|settimana|mese|anno)\b/i;

/** "40 seats", "3 agents", "2 locations": the quantity a price or quote request is for, in English where known. */
export function countedThing(sentence: string): string | null {
  const match = COUNTED.exec(sentence);
  // "1,200 parcels a week" is their volume, not the size of what they want to buy.
  if (!match || PERIOD_NEXT.test(sentence.slice(match.index + match[0].length))) return null;
  const noun = normalize(match[2]);
  const known = pricedNouns[noun] ?? (units[noun] ? `${units[noun]}s` : null);
  const amount = NUMBER_WORDS[normalize(match[1])] ?? match[1];
  return `${amount} ${known ?? match[2]}`;
}

// Anchored at the start of a token: unanchored, a long run of letters with no "@" costs quadratic time.
const EMAIL_ADDRESS = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PERSON_NAME = /(?<![\p{L}])(?:(?:Dr|Dra|Dott|Mtra|Mtro|Lic|Ing|Sr|Sra)\.?\s)?\p{Lu}\p{Ll}+(?:\s(?:de\s|da\s|van\s|von\s)?\p{Lu}\p{Ll}+)+/u;
const ROLE_ACRONYM = /(?<![\p{L}.@])(CEO|CTO|COO|CFO|CMO|CIO|IT|HR|RH|VP [A-Z][a-z]+)(?![\p{L}.])/u;
const ROLE_WORD = /(?<![\p{L}])(founder|co-founder|owner|directora?|gerente|manager|head of [a-z]+|s[oó]ci[oa]|partner|boss|jef[ea])(?![\p{L}])/iu;

export function emailIn(text: string): string | null {
  return EMAIL_ADDRESS.exec(text)?.[0] ?? null;
}

/** "Danielle Ortiz (COO) at dortiz@…": who we are pointed to, from the referral sentence and the reply. */
export function referredPerson(sentence: string, text: string): string | null {
  const address = emailIn(sentence) ?? emailIn(text);
  // The name written next to the address is the person's; the referral sentence may name only the company.
  const around = address ? sentenceHolding(text, address) : sentence;
  const name = nameClosestBefore(around, address) ?? PERSON_NAME.exec(sentence.replace(/^\S+\s/, ' '))?.[0] ?? (address ? nameBefore(around, address) : null);
  const role = (ROLE_ACRONYM.exec(around) ?? ROLE_WORD.exec(around) ?? ROLE_ACRONYM.exec(sentence) ?? ROLE_WORD.exec(sentence))?.[1];
  const who = name ? `${name}${role ? ` (${role})` : ''}` : null;
  if (who && address) return `${who} at ${address}`;
  if (address) return role ? `${address} (${role})` : address;
  return who;
}

function sentenceHolding(text: string, address: string): string {
  const at = text.indexOf(address);
  const start = Math.max(text.lastIndexOf('.', at - 1 - address.length > 0 ? at - 1 : at), text.lastIndexOf('\n', at)) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The last full name before the address in its sentence (the first word of the sentence is often just capitalised). */
function nameClosestBefore(sentence: string, address: string | null): string | null {
  const before = address ? sentence.slice(0, sentence.indexOf(address)) : sentence;
  const names = [...` ${before.replace(/^\s*\S+\s/, ' ')}`.matchAll(new RegExp(PERSON_NAME.source, 'gu'))];
  return names.at(-1)?.[0] ?? null;
}

/** A lone first name right before the address: "o Henrique (henrique@…)". */
function nameBefore(sentence: string, address: string): string | null {
  const before = sentence.slice(0, sentence.indexOf(address));
  return /(\p{Lu}\p{Ll}+)\s*[(,:–-]?\s*$/u.exec(before)?.[1] ?? null;
}

const DEADLINE = /\b(?:by|before|antes del?|até|avant|bis|entro|abans de)\s+(?:the\s+|el\s+|la\s+|o\s+|le\s+)?(?:end of (?:the )?(?:week|month)|fin de mes|[\p{L}]+\s?\d{0,2})/iu;

/** "by Friday", "antes del lunes": the deadline a request carries. */
export function deadlineIn(sentence: string): string | null {
  return DEADLINE.exec(sentence)?.[0].trim() ?? null;
}
