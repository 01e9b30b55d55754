import { ca } from './ca.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { pt } from './pt.js';
import type { Lexicon } from './types.js';

export type { Cue, Lexicon } from './types.js';
export { cueNames } from './types.js';

export const lexicons: readonly Lexicon[] = [en, es, pt, fr, it, de, ca];
