import type { ReplySignals } from './signals.js';
import { excerpt } from './excerpt.js';

/** How they use the product today, or what they use instead: the sentence that says so. */
export function extractProductUsage(signals: ReplySignals, volumeSentence: number | null): string | null {
  if (signals.autoReply || signals.unsubscribe && !signals.cues.has('firmDecline')) return null;
  // A broken feature is a feature they use: "the dashboard takes 30 seconds to load".
  const index = volumeSentence ?? signals.cues.first('usage')?.sentence ?? signals.cues.first('bug')?.sentence;
  return index === undefined ? null : excerpt(signals.cues.sentences[index].text, 300);
}
