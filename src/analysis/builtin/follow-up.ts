import type { ReplySignals } from './signals.js';

/** True when the next move is ours; a removal request or an auto-reply asks for no answer. */
export function decideFollowUp(signals: ReplySignals): boolean {
  if (signals.autoReply || signals.unsubscribe) return false;
  if (signals.problem || signals.buying || signals.referral !== null || signals.meeting !== null) return true;
  if (signals.question || signals.cues.has('infoRequest')) return true;
  if (signals.firmDecline || signals.cues.has('getBackLater') || signals.cues.has('noAction')) return false;
  return signals.request;
}
