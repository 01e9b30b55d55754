import type { Analysis, AnalysisInput, Evidence } from '../schema.js';
import { extractActionItems } from './action-items.js';
import { decideFlags } from './flags.js';
import { decideFollowUp } from './follow-up.js';
import { extractInsights } from './insights.js';
import { decideInterest } from './interest.js';
import { detectLanguage } from './language.js';
import { splitSentences } from './normalize.js';
import { decideOpportunity } from './opportunity.js';
import { extractPainPoints } from './pain-points.js';
import { decideResponseType } from './response-type.js';
import { decideSentiment } from './sentiment.js';
import { readSignals, type ReplySignals } from './signals.js';
import { readSentContext } from './context.js';
import { extractProductUsage } from './usage.js';
import { findMonthlyVolume } from './volume.js';

function volumeOf(signals: ReplySignals) {
  if (signals.autoReply) return null;
  // A count of our own emails ("3 correos al día de ustedes") is a complaint, not their usage.
  const readable = signals.cues.sentences.map((sentence, index) =>
    signals.cues.sentenceHas(index, 'emailComplaint') || signals.cues.sentenceHas(index, 'unsubscribe') ? null : sentence.text,
  );
  return findMonthlyVolume(readable);
}

function evidenceOf(signals: ReplySignals, result: Analysis, volumePhrase: string | null): Evidence {
  const evidence: Evidence = [];
  const { cues } = signals;
  for (const [field, cue] of [
    ['flags.auto_reply', 'autoReply'], ['flags.unsubscribe', 'unsubscribe'], ['flags.referral', 'referral'],
    ['response_type', 'bug'], ['response_type', 'billing'], ['response_type', 'churn'], ['response_type', 'privacy'],
    ['response_type', 'emailComplaint'], ['response_type', 'anger'], ['opportunity_score', 'readyNow'],
    ['product_interest', 'expansion'], ['product_interest', 'trial'], ['product_interest', 'priceRequest'],
    ['product_interest', 'interest'], ['product_interest', 'firmDecline'], ['opportunity_score', 'budget'],
    ['sentiment', 'praiseStrong'], ['sentiment', 'praise'], ['follow_up_needed', 'request'],
  ] as const) {
    const match = cues.first(cue);
    if (match) evidence.push({ field, phrase: match.phrase });
  }
  if (signals.meeting !== null) evidence.push({ field: 'flags.meeting_request', phrase: cues.sentences[signals.meeting].text });
  if (volumePhrase) evidence.push({ field: 'monthly_volume', phrase: volumePhrase });
  evidence.push({ field: 'language', phrase: result.language });
  return evidence;
}

/** The built-in analysis of one reply: pure, synchronous, offline. */
export function analyzeReply(input: AnalysisInput): { result: Analysis; evidence: Evidence } {
  const text = input.newText ?? '';
  const sentences = splitSentences(text);
  const signals = readSignals(text, sentences, input.autoReplyHeader === true, readSentContext(input.subject, input.sent));
  const volume = volumeOf(signals);
  const result: Analysis = {
    response_type: decideResponseType(signals),
    sentiment: decideSentiment(signals),
    key_insights: extractInsights(signals, volume?.sentence ?? null),
    opportunity_score: decideOpportunity(signals),
    follow_up_needed: decideFollowUp(signals),
    product_interest: decideInterest(signals),
    action_items: extractActionItems(signals, text, volume?.volume ?? null),
    product_usage: extractProductUsage(signals, volume?.sentence ?? null),
    monthly_volume: volume?.volume ?? null,
    pain_points: extractPainPoints(signals),
    flags: decideFlags(signals),
    language: detectLanguage(text, `${input.subject ?? ''}\n${input.sent ?? ''}`),
  };
  return { result, evidence: evidenceOf(signals, result, volume?.phrase ?? null) };
}

