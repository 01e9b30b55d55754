import { convert } from 'html-to-text';

/** The whole text of an HTML-only message (quotes included), for the reply's full `text`. */
export function htmlToFullText(html: string): string {
  return convert(html.slice(0, 2 * 1024 * 1024), {
    wordwrap: false,
    limits: { maxDepth: 200 },
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { ignoreHref: true } },
    ],
  }).trim();
}
