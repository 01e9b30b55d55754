import type { ReplySignals } from './signals.js';

/** The guide's 1–5 table. A problem does not lower the score by itself. */
export function decideOpportunity(signals: ReplySignals): number {
  if (signals.autoReply || signals.unsubscribe || signals.firmDecline) return 1;
  if (signals.cancelRequest) return 1;
  if (signals.churnThreat) return signals.readyNow ? 5 : 1;
  if (signals.wrongPerson && signals.referral === null) return 1;
  if (signals.readyNow) return 5;
  // More seats or sites with a date this close is ready now ("move the other 3 branches to Pro this month").
  if (signals.buying && signals.cues.all('expansion').some(({ sentence }) => signals.cues.sentenceHas(sentence, 'nearDate'))) return 5;
  if (signals.buying) return 4;
  if (signals.referral !== null) return signals.curious ? 4 : 3;
  // Warm feedback that declines only an add-on ("all great, no delivery module for now") is still positive feedback.
  if (signals.praiseStrong && !signals.firmDecline) return 3;
  if (signals.notNow || signals.softDecline) return 2;
  if (signals.curious || signals.praiseStrong) return 3;
  return 2;
}
