import { type Cue, cueNames, lexicons } from './lexicon/index.js';
import { normalize, type Sentence } from './normalize.js';

export interface CueMatch {
  cue: Cue;
  phrase: string;
  sentence: number;
  /** The sentence's text before the phrase. */
  before: string;
}

/** Cues whose meaning flips when a negation comes right before them ("no problems", "not interested"). */
const NEGATABLE = new Set<Cue>(['bug', 'workPain', 'interest', 'praise', 'praiseStrong', 'expensive', 'anger', 'thanks', 'meetingNoun', 'priceRequest', 'trial', 'expansion', 'usage', 'unsubscribe', 'resolved', 'ack', 'budget', 'churn', 'readyNow']);
const NEGATION_BEFORE = /(?:^|[^a-z])(?:no|not|never|nothing|zero|sin|ni|nunca|nada|ningun[oa]?|nao|nem|sem|nenhum[a]?|pas|jamais|sans|aucun[e]?|non|senza|nessun[oa]?|nicht|nie|ohne|kein[a-z]{0,2}|without|[a-z]+n't)\s+(?:[a-z']+\s+){0,2}$/;

function phraseToPattern(phrase: string): string {
  return normalize(phrase)
    .replace(/(?<=[a-z])\*/g, '[a-z]*')
    .replace(/\s*~\s*/g, '(?:\\s+\\S+){0,3}\\s+')
    // A trailing space means "a word follows" ("talk to "): keep it out of the match so the word boundary holds.
    .replace(/ $/, '(?= )');
}

function compileCue(cue: Cue): RegExp | null {
  const phrases = lexicons.flatMap((lexicon) => lexicon.cues[cue] ?? []);
  if (phrases.length === 0) return null;
  // Longest first so the evidence names the most specific phrase.
  const body = [...new Set(phrases.map(phraseToPattern))].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<![a-z0-9])(?:${body})(?![a-z0-9])`, 'g');
}

const CUE_PATTERNS: ReadonlyArray<[Cue, RegExp]> = cueNames.flatMap((cue) => {
  const pattern = compileCue(cue);
  return pattern ? [[cue, pattern] as [Cue, RegExp]] : [];
});

function unnegatedMatches(cue: Cue, pattern: RegExp, norm: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(norm); match; match = pattern.exec(norm)) {
    const negated = NEGATABLE.has(cue) && NEGATION_BEFORE.test(norm.slice(Math.max(0, match.index - 24), match.index));
    if (!negated) found.push(match);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

/** Every cue found in the reply, sentence by sentence. */
export class CueIndex {
  private readonly byCue = new Map<Cue, CueMatch[]>();

  constructor(readonly sentences: readonly Sentence[]) {
    sentences.forEach((sentence, index) => {
      for (const [cue, pattern] of CUE_PATTERNS) {
        for (const match of unnegatedMatches(cue, pattern, sentence.norm)) {
          this.add({ cue, phrase: match[0].trim(), sentence: index, before: sentence.norm.slice(0, match.index) });
        }
      }
    });
  }

  private add(match: CueMatch): void {
    const list = this.byCue.get(match.cue);
    if (list) list.push(match);
    else this.byCue.set(match.cue, [match]);
  }

  has(cue: Cue): boolean {
    return this.byCue.has(cue);
  }

  count(cue: Cue): number {
    return this.byCue.get(cue)?.length ?? 0;
  }

  first(cue: Cue): CueMatch | undefined {
    return this.byCue.get(cue)?.[0];
  }

  all(cue: Cue): readonly CueMatch[] {
    return this.byCue.get(cue) ?? [];
  }

  sentenceHas(index: number, cue: Cue): boolean {
    return this.all(cue).some((match) => match.sentence === index);
  }

  /** The indexes of sentences holding any of the cues, in reply order. */
  sentencesWith(...cues: Cue[]): number[] {
    const found = new Set<number>();
    for (const cue of cues) for (const match of this.all(cue)) found.add(match.sentence);
    return [...found].sort((a, b) => a - b);
  }
}
