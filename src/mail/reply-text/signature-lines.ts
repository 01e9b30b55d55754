import { CLIENT_SIGNATURE_PREFIXES, DISCLAIMER_PREFIXES, NAME_PARTICLES, SIGN_OFFS } from './patterns.js';

// Classifiers for the lines that make up a signature. They look at one trimmed line at a time.

const SIGN_OFF_SET = new Set(SIGN_OFFS);
const PARTICLES = new Set(NAME_PARTICLES);
const TRAILING_PUNCTUATION = /[\s,.!:;–-]+$/;
const PHONE = /^[\s(+]*\d[\d\s().\/-]{6,}$/;
const LABELLED_CONTACT = /^(?:tel|tél|phone|mobile|mob|cell|fax|m|t|p|e|w|móvil|movil|celular|tlf|telf|telefone|telefono|teléfono|email|e-mail|web)\.?\s*[:.]?\s*\S/i;
const CONTACT = /\S@\S|https?:\/\/|www\.|\.(?:com|org|net|io|es|pt|br|de|fr|it|nl)\b/i;
const DASHED_NAME = /^\s*[-–—~]\s?/;
const WORD_START_UPPER = /^[\p{Lu}\p{N}"'(@+]/u;

const lower = (line: string) => line.trim().toLowerCase();

export function isSignatureDelimiter(line: string): boolean {
  const trimmed = line.trimEnd();
  return trimmed === '--' || trimmed === '-- ' || trimmed === '—';
}

/** "Sent from my iPhone" and its kin, but not a sentence that merely starts the same way. */
export function isClientSignature(line: string): boolean {
  const text = lower(line);
  return text.length <= 90 && !text.includes(',') && CLIENT_SIGNATURE_PREFIXES.some((prefix) => text.startsWith(prefix));
}

export function isDisclaimerStart(line: string): boolean {
  const text = lower(line).replace(/^[*_\s-]+/, '');
  return DISCLAIMER_PREFIXES.some((prefix) => text.startsWith(prefix));
}

/** "Best," / "Thanks!" / "Saludos, Ana" — a closing phrase, optionally followed by a name. */
export function isSignOff(line: string): boolean {
  const text = lower(line);
  if (text.length > 40) return false;
  if (SIGN_OFF_SET.has(text.replace(TRAILING_PUNCTUATION, ''))) return true;
  if (DASHED_NAME.test(line)) return looksLikeName(line.trim().replace(DASHED_NAME, ''));
  const comma = text.indexOf(',');
  return comma > 0 && SIGN_OFF_SET.has(text.slice(0, comma)) && looksLikeName(line.trim().slice(comma + 1));
}

/** One to five capitalised words ("Ana", "Dr. Michelle Yang", "Carlos Méndez"). */
export function looksLikeName(line: string): boolean {
  const words = line.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5 || line.length > 50) return false;
  return words.every((word) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(word) || PARTICLES.has(word.toLowerCase()));
}

/** A name, title, company, phone, address or link line: short and not a sentence. */
export function looksLikeSignatureLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 80) return false;
  if (PHONE.test(text) || LABELLED_CONTACT.test(text) || CONTACT.test(text)) return true;
  if (/[?!]$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 9) return false;
  if (text.endsWith('.') && (words.at(-1) ?? '').length > 5) return false;
  const capitalised = words.filter((word) => WORD_START_UPPER.test(word) || PARTICLES.has(word.toLowerCase()));
  return capitalised.length >= words.length - 1 && WORD_START_UPPER.test(text);
}
