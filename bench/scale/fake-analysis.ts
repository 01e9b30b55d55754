import type { Random } from './random.js';

const insights = ['Asked for pricing', 'Wants a demo', 'Billing problem', 'Happy with the product', 'Evaluating competitors', 'Integration issue', 'Plans to add users', 'Considering cancelling'];
const actions = ['Send a quote', 'Book a demo', 'Refund the double charge', 'Check the CRM sync', 'Send the DPA', 'Add three seats', 'Call back next quarter'];
const pains = ['Double charge on invoice', 'CRM sync stopped', 'CSV export misses a column', 'Import from spreadsheet failed', 'Price too high'];

/** An analysis as the built-in analyzer stores it, in a realistic mix of labels. */
export function fakeAnalysis(rand: Random, language: string, newText: string) {
  const responseType = rand.weighted({ standard: 68, high_value: 17, needs_attention: 15 });
  const sentiment = responseType === 'needs_attention'
    ? rand.weighted({ negative: 6, mixed: 3, neutral: 1 })
    : rand.weighted({ positive: 5, neutral: 4, mixed: 1 });
  const score = responseType === 'high_value' ? 4 + rand.int(2) : responseType === 'needs_attention' ? 1 + rand.int(3) : 1 + rand.int(4);
  const followUp = responseType !== 'standard' || rand.chance(0.15);
  const actionItems = followUp ? Array.from({ length: 1 + rand.int(2) }, () => rand.pick(actions)) : [];
  const result = {
    response_type: responseType,
    sentiment,
    key_insights: Array.from({ length: 1 + rand.int(3) }, () => rand.pick(insights)),
    opportunity_score: score,
    follow_up_needed: followUp,
    product_interest: responseType === 'high_value' ? rand.pick(['interested', 'very_interested']) : rand.pick(['none', 'mentioned']),
    action_items: actionItems,
    product_usage: rand.chance(0.3) ? 'Sends newsletters and order confirmations' : null,
    monthly_volume: rand.chance(0.25) ? { amount: (1 + rand.int(50)) * 1000, unit: 'emails', period: 'month' } : null,
    pain_points: responseType === 'needs_attention' ? [rand.pick(pains)] : [],
    flags: { auto_reply: false, unsubscribe: rand.chance(0.02), meeting_request: rand.chance(0.1), referral: rand.chance(0.03) },
    language,
  };
  const phrase = newText.split('\n')[1]?.slice(0, 80) ?? newText.slice(0, 80);
  return { result, evidence: [{ field: 'response_type', phrase }], actionItems };
}
