import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { sanitizeReplyHtml } from '../../src/mail/sanitize-reply-html.js';
import { htmlReplyFixtures } from './support/fixture-corpus.js';
import { fuzzParameters, runsFor } from './support/fuzz-budget.js';
import { FuzzTally } from './support/fuzz-tally.js';
import { hostileHtml } from './support/hostile-html-generator.js';
import { mutatedText } from './support/mutations.js';
import { withinBudget } from './support/time-budget.js';

const tally = new FuzzTally();
afterAll(() => tally.print('sanitize-html'));

const ALLOWED_TAGS = new Set(['p', 'br', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'sub', 'sup', 'small', 'blockquote', 'pre', 'code', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption']);
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'rel', 'target', 'colspan', 'rowspan']);
// A URL scheme as browsers read one; without it the href is relative ("mail\ufffdo:x" is a path, not a scheme).
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

const decodeEntities = (value: string) => value
  .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
  .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Math.min(Number(dec), 0x10ffff)))
  .replace(/&(amp|quot|lt|gt|colon|tab|newline);?/gi, (_, name: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', colon: ':', tab: '\t', newline: '\n' })[name.toLowerCase()]!);

/**
 * The sanitizer's output, read the way a browser would: every `<` opens an allowed tag (text keeps `&lt;`), no
 * attribute outside the allow-list (so no on* handler, no style, no src), and every href with a scheme is http(s) or
 * mailto once entities and the whitespace browsers ignore are removed.
 */
function expectInert(html: string): void {
  const tags = html.match(/<[^>]*>?/g) ?? [];
  for (const tag of tags) {
    const match = /^<\/?([a-z0-9]+)((?:\s+[a-z-]+="[^"]*")*)\s*\/?>$/i.exec(tag);
    if (!match) throw new Error(`not a well-formed allowed tag: ${tag.slice(0, 200)}`);
    expect(ALLOWED_TAGS.has(match[1]!.toLowerCase()), tag.slice(0, 200)).toBe(true);
    for (const [, name, value] of match[2]!.matchAll(/\s+([a-z-]+)="([^"]*)"/gi)) {
      expect(ALLOWED_ATTRIBUTES.has(name!.toLowerCase()), `${name} in ${tag.slice(0, 200)}`).toBe(true);
      if (name!.toLowerCase() !== 'href') continue;
      // eslint-disable-next-line no-control-regex
      const scheme = SCHEME.exec(decodeEntities(value!).replace(/[\s\u0000-\u001f]/g, ''))?.[1];
      if (scheme) expect(SAFE_SCHEMES.has(scheme.toLowerCase()), tag.slice(0, 200)).toBe(true);
    }
  }
}

describe('reply HTML sanitizer under hostile input', () => {
  test('generated XSS payloads (scripts, handlers, javascript: URLs, SVG, CSS, mutation-XSS shapes)', async () => {
    const runs = runsFor('sanitize', 0.7);
    await tally.measure('generated payloads', runs, () => fc.assert(fc.asyncProperty(hostileHtml, async (html) => {
      const clean = await withinBudget('sanitizeReplyHtml', () => sanitizeReplyHtml(html));
      expectInert(clean);
      // Read again (a parser re-nests misplaced table tags), the output is still inert: no mutation-XSS round trip.
      expectInert(sanitizeReplyHtml(clean));
    }), fuzzParameters(runs)));
  });

  test('mutated real HTML replies', async () => {
    const runs = runsFor('sanitize', 0.3);
    await tally.measure('mutated HTML replies', runs, () => fc.assert(fc.asyncProperty(mutatedText(htmlReplyFixtures), async (html) => {
      expectInert(await withinBudget('sanitizeReplyHtml', () => sanitizeReplyHtml(html)));
    }), fuzzParameters(runs)));
  });
});
