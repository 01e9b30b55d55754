import { MEETING_WORDS, OFFER_WORDS } from './lexicon/context-words.js';
import { normalize } from './normalize.js';

/** What our email proposed, when we know it; null when the reply comes without the email it answers. */
export interface SentContext {
  offered: boolean | null;
  meetingOffered: boolean | null;
  /** "demo" when our email offered a demo: a bare "Tuesday 3pm works" books that demo. */
  demoOffered: boolean;
}

export function readSentContext(subject: string | undefined, sent: string | undefined): SentContext {
  const text = normalize(`${subject ?? ''}\n${sent ?? ''}`);
  if (!/\p{L}/u.test(text)) return { offered: null, meetingOffered: null, demoOffered: false };
  return { offered: OFFER_WORDS.test(text), meetingOffered: MEETING_WORDS.test(text), demoOffered: /\bdemo/.test(text) };
}
