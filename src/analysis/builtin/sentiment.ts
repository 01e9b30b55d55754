import type { Analysis } from '../schema.js';
import type { ReplySignals } from './signals.js';

/** Tone toward us and the product; `mixed` only for clear praise next to a clear complaint. */
export function decideSentiment(signals: ReplySignals): Analysis['sentiment'] {
  const { cues } = signals;
  if (signals.autoReply) return 'neutral';
  if (signals.unsubscribe) {
    const courteous = cues.has('thanks') || cues.has('softener') || cues.has('polite');
    const hostile = cues.has('anger') || cues.has('emailComplaint') || signals.privacyConcern || !courteous;
    return hostile ? 'negative' : 'neutral';
  }
  if (signals.complaint) {
    if (signals.praiseStrong) return 'mixed';
    const soft = cues.has('softener') && !cues.has('anger') && !cues.has('emailComplaint');
    return soft ? 'neutral' : 'negative';
  }
  if (signals.privacyConcern || signals.cancelRequest) return signals.praise && !signals.privacyConcern ? 'positive' : 'neutral';
  if (signals.firmDecline) return 'neutral';
  // "We need nothing more for now, it all works very well" declines warmly.
  if (signals.softDecline) return signals.praise || signals.cheerful ? 'positive' : 'neutral';
  if (signals.praise || signals.cheerful || cues.has('ack')) return 'positive';
  // Thanks for a fix is warm even without praise words.
  if (cues.has('resolved') && cues.has('thanks')) return 'positive';
  // "Yes, let's do the demo" is eager; "sí, mándeme información" only assents to hearing more, unless it exclaims.
  if (signals.affirmative && (signals.buying || (signals.curious && signals.exclaims))) return 'positive';
  return 'neutral';
}
