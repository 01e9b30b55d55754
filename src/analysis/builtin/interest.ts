import type { Analysis } from '../schema.js';
import type { ReplySignals } from './signals.js';

type Interest = Analysis['product_interest'];

/** Intent to act → very_interested; curiosity → interested; the product merely discussed → mentioned. */
export function decideInterest(signals: ReplySignals): Interest {
  const { cues } = signals;
  if (signals.autoReply || signals.unsubscribe || signals.firmDecline || signals.cancelRequest) return 'none';
  if (signals.churnThreat) return 'mentioned';
  if (signals.meeting !== null || signals.readyNow || cues.has('trial') || cues.has('budget')) {
    if (signals.buying) return 'very_interested';
  }
  if (signals.buying && cues.has('expansion') && !cues.has('priceRequest')) return 'very_interested';
  if (signals.buying || signals.curious) return 'interested';
  if (signals.referral !== null) return signals.praiseStrong ? 'interested' : 'none';
  if (signals.wrongPerson) return 'none';
  const discussed =
    signals.complaint || signals.privacyConcern || signals.question || signals.praise || signals.notNow ||
    cues.has('usage') || cues.has('working') || cues.has('featureWish') || cues.has('workPain') || cues.has('expensive');
  if (signals.softDecline && !cues.has('usage')) return 'none';
  return discussed ? 'mentioned' : 'none';
}
