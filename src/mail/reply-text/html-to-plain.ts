import { convert } from 'html-to-text';
import { MAX_HTML_CHARS } from './input-limits.js';

// Containers that clients use for the quoted earlier message; skipping them is more reliable than
// finding their headers in the converted text.
const QUOTE_CONTAINERS = [
  'div.gmail_quote',
  'div.gmail_extra',
  'blockquote.gmail_quote',
  'div.yahoo_quoted',
  'div#yahoo_quoted',
  'div.moz-cite-prefix',
  'blockquote[type="cite"]',
  'div#appendonsend',
  'span#OLK_SRC_BODY_SECTION',
  'div#OLK_SRC_BODY_SECTION',
  'div.OutlookMessageHeader',
];

const SKIPPED = ['img', 'head', 'style', 'script', 'title', ...QUOTE_CONTAINERS];

const MAX_HTML_DEPTH = 60;

const IMAGE_DEBRIS = /\[(?:image|cid|inline image)[:\s][^\]\n]{0,500}\]/gi;

/** Converts an HTML reply to plain text, dropping images and recognisable quoted parts. */
export function htmlToPlain(html: string): string {
  const bounded = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  const text = convert(bounded, {
    wordwrap: false,
    // Deeply nested markup (a long chain of quoted replies) overflows the converter's recursion.
    limits: { maxDepth: MAX_HTML_DEPTH, maxInputLength: MAX_HTML_CHARS },
    selectors: [
      ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
      { selector: 'a', options: { ignoreHref: true } },
    ],
  });
  return text.replace(IMAGE_DEBRIS, '');
}
