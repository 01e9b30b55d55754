import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../../src/analysis/builtin/index.js';
import { analysisSchema } from '../../src/analysis/schema.js';

const analyze = (newText: string) => analyzeReply({ newText }).result;

describe('response_type precedence', () => {
  it('a problem beats strong interest, and keeps the high score', () => {
    const result = analyze('We love it and want to roll it out to two more offices, please send the upgrade link. But since Monday the PDF export is broken.');
    expect(result).toMatchObject({ response_type: 'needs_attention', sentiment: 'mixed', opportunity_score: 5, product_interest: 'very_interested' });
  });

  it('strong interest without a problem is high_value', () => {
    expect(analyze('Yes, can we schedule a demo on Thursday?')).toMatchObject({ response_type: 'high_value', opportunity_score: 4 });
  });

  it('mild interest is standard', () => {
    expect(analyze('Send me more info when you can.')).toMatchObject({ response_type: 'standard', product_interest: 'interested', opportunity_score: 3 });
  });

  it('an unsubscribe is needs_attention with score 1, no follow-up and the removal task', () => {
    const result = analyze('Please remove ana@example.com from your mailing list.');
    expect(result).toMatchObject({ response_type: 'needs_attention', opportunity_score: 1, follow_up_needed: false, product_interest: 'none' });
    expect(result.action_items).toContain('Remove ana@example.com from all outreach');
  });

  it('a churn threat is needs_attention with score 1', () => {
    expect(analyze('If it happens again, we are leaving. Si vuelve a pasar, lo dejamos.')).toMatchObject({ response_type: 'needs_attention', opportunity_score: 1 });
  });

  it('a ready-to-buy request scores 5', () => {
    expect(analyze('Send over the contract and I will get it signed this week.')).toMatchObject({ response_type: 'high_value', opportunity_score: 5, product_interest: 'very_interested' });
  });

  it('a polite decline is standard, no follow-up', () => {
    expect(analyze("Thanks, but we're staying with Zendesk.")).toMatchObject({ response_type: 'standard', follow_up_needed: false, opportunity_score: 1 });
  });
});

describe('follow_up_needed', () => {
  it.each([
    ['a plain thanks', 'Thanks!', false],
    ['a question', 'How do I export orders to CSV?', true],
    ['"I will get back to you"', "Got it, I'll review it with my partner and get back to you.", false],
    ['a request to write later', 'De momento no. Escríbeme en septiembre si quieres.', true],
  ])('%s', (_name, text, expected) => expect(analyze(text).follow_up_needed).toBe(expected));
});

describe('the result', () => {
  it('always satisfies the analysis schema, even for an empty reply', () => {
    for (const text of ['', '👍', 'Gracias!', 'x'.repeat(5000)]) expect(analysisSchema.safeParse(analyze(text)).success).toBe(true);
  });

  it('keeps the evidence behind its labels', () => {
    const { evidence } = analyzeReply({ newText: 'We send about 20k emails a month. Please send me the upgrade link.' });
    expect(evidence).toEqual(expect.arrayContaining([
      { field: 'monthly_volume', phrase: expect.stringContaining('20k') },
      { field: 'opportunity_score', phrase: 'upgrade link' },
    ]));
  });
});
