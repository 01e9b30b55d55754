import fc from 'fast-check';
import { lexicons } from '../../../src/analysis/builtin/lexicon/index.js';
import { numberWords, periodPhrases, units } from '../../../src/analysis/builtin/lexicon/volume-words.js';

/** Lexicon phrases turned back into words (regex syntax dropped), so generated replies trip the analyzer's rules. */
const phraseWords = [...new Set(lexicons.flatMap((lexicon) => Object.values(lexicon.cues).flat())
  .map((phrase) => phrase.replace(/\\d/g, '7').replace(/[()|?*~\\[\]^+{}]/g, ' ').replace(/\s+/g, ' ').trim())
  .filter(Boolean))];

const numbers = fc.oneof(
  fc.integer({ min: -1_000_000, max: 10_000_000_000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom('1e309', '1.000.000,5', '20,000', '0', '-0', '9'.repeat(400), '½', '٣٠٠', ...Object.keys(numberWords)),
);

/** "20,000 emails a month" and its broken variants, in every language the lexicon knows. */
const volumePhrase = fc.tuple(numbers, fc.constantFrom(...Object.keys(units)), fc.constantFrom(...Object.values(periodPhrases).flat()))
  .map(([amount, unit, period]) => `${amount} ${unit} ${period}`);

/** A reply assembled from analyzer phrases, volumes, free text and punctuation, in any order. */
export const replyFromPhrases = fc.array(fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...phraseWords) },
  { weight: 2, arbitrary: volumePhrase },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('.', '!', '?', '\n', '\n\n', ', ', '> ', '-- ', '¡', '¿', '...', '😀') },
), { maxLength: 80 }).map((parts) => parts.join(' '));
