import { convert } from 'html-to-text';
import { nestsTooDeep } from './html-nesting.js';

/** The whole text of an HTML-only message (quotes included), for the reply's full `text`. */
export function htmlToFullText(html: string): string {
  const bounded = html.slice(0, 2 * 1024 * 1024);
  if (nestsTooDeep(bounded)) return '';
  return convert(bounded, {
    wordwrap: false,
    limits: { maxDepth: 200 },
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { ignoreHref: true } },
    ],
  }).trim();
}
