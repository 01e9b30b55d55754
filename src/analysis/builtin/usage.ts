import type { ReplySignals } from './signals.js';
import { excerpt } from './excerpt.js';

// A capitalised word after the first one names a product: "we went with Xero", not a bare "not interested".
const NAMED_TOOL = /\s\p{Lu}[\p{L}\d]+/u;

/** What they chose instead is what they use for the job. */
function chosenInstead(signals: ReplySignals): number | undefined {
  return signals.cues.all('firmDecline').find(({ sentence }) => NAMED_TOOL.test(signals.cues.sentences[sentence].text))?.sentence;
}

/** How they use the product today, or what they use instead: the sentence that says so. */
export function extractProductUsage(signals: ReplySignals, volumeSentence: number | null): string | null {
  if (signals.autoReply || signals.unsubscribe && !signals.cues.has('firmDecline')) return null;
  // A broken feature is a feature they use: "the dashboard takes 30 seconds to load".
  const index = volumeSentence ?? signals.cues.first('usage')?.sentence ?? signals.cues.first('bug')?.sentence ?? chosenInstead(signals);
  return index === undefined ? null : excerpt(signals.cues.sentences[index].text, 300);
}
