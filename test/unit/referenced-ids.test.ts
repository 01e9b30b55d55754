import { describe, expect, it } from 'vitest';
import { referencedIds } from '../../src/conversations/route-by-thread.js';

describe('referencedIds', () => {
  it('puts In-Reply-To first, then References newest first, each once', () => {
    const ids = referencedIds({ inReplyTo: '<c@x>', references: ['<a@x>', '<b@x>', '<c@x>'] });
    expect(ids).toEqual(['<c@x>', '<b@x>', '<a@x>']);
  });

  it('reads several ids in one header, ignores text around them, and caps the lookup', () => {
    expect(referencedIds({ inReplyTo: 'message from Ana <a@x> (sent) <b@x>', references: [] })).toEqual(['<a@x>', '<b@x>']);
    expect(referencedIds({ inReplyTo: null, references: ['no-brackets@x'] })).toEqual([]);
    const many = Array.from({ length: 150 }, (_, i) => `<m${i}@x>`);
    expect(referencedIds({ inReplyTo: null, references: many })).toHaveLength(100);
  });
});
