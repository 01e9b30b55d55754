import sanitizeHtml from 'sanitize-html';
import { nestsTooDeep } from './html-nesting.js';

/**
 * Server-side allow-list for reply HTML: formatting only. No scripts, no event handlers, no styles (CSS can
 * load and run things), no images (remote images are tracking pixels), links only to http(s) and mailto.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'sub', 'sup', 'small', 'blockquote',
    'pre', 'code', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody',
    'tfoot', 'tr', 'td', 'th', 'caption',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head', 'svg', 'math', 'object', 'iframe'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }) },
};

export const MAX_HTML_BYTES = 1024 * 1024;

/** The reply's HTML made safe to show; empty when it nests too deep to parse in reasonable time (shown as text). */
export function sanitizeReplyHtml(html: string): string {
  const bounded = html.slice(0, MAX_HTML_BYTES);
  if (nestsTooDeep(bounded)) return '';
  return sanitizeHtml(bounded, options).trim();
}
