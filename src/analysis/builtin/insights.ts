import type { Cue } from './lexicon/index.js';
import type { ReplySignals } from './signals.js';
import { excerpt } from './excerpt.js';

/** Cues in order of how much a reader needs to know them first. */
const INSIGHT_CUES: readonly Cue[] = [
  'autoReply', 'unsubscribe', 'billing', 'bug', 'churn', 'privacy', 'emailComplaint', 'readyNow', 'meetingNoun',
  'expansion', 'priceRequest', 'trial', 'budget', 'referral', 'firmDecline', 'notNow', 'usage', 'praiseStrong', 'interest',
];
const MAX_INSIGHTS = 3;

/** One to three sentences of the reply itself (so in its language) that carry the decisive cues. */
export function extractInsights(signals: ReplySignals, volumeSentence: number | null): string[] {
  const { cues } = signals;
  const picked: number[] = [];
  const take = (index: number | undefined | null) => {
    if (index !== undefined && index !== null && !picked.includes(index) && picked.length < MAX_INSIGHTS) picked.push(index);
  };
  for (const cue of INSIGHT_CUES) take(cues.first(cue)?.sentence);
  take(volumeSentence);
  if (picked.length === 0 && cues.sentences.length > 0) take(0);
  return picked.sort((a, b) => a - b).map((index) => excerpt(cues.sentences[index].text, 200));
}
