import type { Analysis } from '../schema.js';
import type { ReplySignals } from './signals.js';

/** The guide's precedence: an open problem beats an opportunity, which beats everything else. */
export function decideResponseType(signals: ReplySignals): Analysis['response_type'] {
  if (signals.autoReply) return 'standard';
  if (signals.problem) return 'needs_attention';
  if (signals.buying) return 'high_value';
  if (signals.referral !== null && (signals.curious || signals.praiseStrong) && !signals.softDecline) return 'high_value';
  return 'standard';
}
