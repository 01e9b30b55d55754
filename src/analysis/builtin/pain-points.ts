import type { Cue } from './lexicon/index.js';
import type { ReplySignals } from './signals.js';
import { excerpt } from './excerpt.js';

const PAIN_CUES: readonly Cue[] = ['bug', 'billing', 'workPain', 'expensive', 'emailComplaint', 'anger'];
const MAX_PAIN_POINTS = 5;

/** The sentences that state a problem, with the product or in their work. */
export function extractPainPoints(signals: ReplySignals): string[] {
  if (signals.autoReply) return [];
  const { cues } = signals;
  const indexes = cues.sentencesWith(...PAIN_CUES);
  if (signals.privacyConcern) indexes.push(...cues.sentencesWith('privacy'));
  return [...new Set(indexes)]
    .sort((a, b) => a - b)
    .slice(0, MAX_PAIN_POINTS)
    .map((index) => excerpt(cues.sentences[index].text));
}
