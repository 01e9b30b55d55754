import { describe, expect, it } from 'vitest';
import { analyzeReply } from '../../src/analysis/builtin/index.js';

// A regex that can restart inside a long token (an unanchored e-mail pattern did) turns one 60 KB "word" into
// seconds of work; anchored, the whole analysis stays well under a second.
describe('built-in analyzer on hostile text', () => {
  it.each([
    ['one long token', 'x'.repeat(60_000)],
    ['a repeated phrase with no spaces', 'remove'.repeat(10_000)],
    ['a long glued volume', 'tickets/month/'.repeat(4_000)],
  ])('analyzes %s in linear time', (_name, text) => {
    const started = performance.now();
    const { result } = analyzeReply({ newText: text });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.monthly_volume).toBeNull();
  });
});
