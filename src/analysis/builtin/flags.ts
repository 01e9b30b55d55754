import type { Analysis } from '../schema.js';
import type { ReplySignals } from './signals.js';

export function decideFlags(signals: ReplySignals): Analysis['flags'] {
  return {
    auto_reply: signals.autoReply,
    unsubscribe: signals.unsubscribe,
    meeting_request: signals.meeting !== null,
    referral: signals.referral !== null,
  };
}
