const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** HTML parsers here slow down with the square of nesting depth; a megabyte of nested divs took them seconds. */
export const MAX_HTML_NESTING = 400;

/**
 * Whether the HTML nests deeper than `max`, judged by a single linear scan of its tags (no parser, no regex that
 * could backtrack). Mail that does is shown as text.
 */
export function nestsTooDeep(html: string, max = MAX_HTML_NESTING): boolean {
  let depth = 0;
  let i = 0;
  for (;;) {
    const start = html.indexOf('<', i);
    if (start === -1) return false;
    const end = html.indexOf('>', start);
    if (end === -1) return false;
    const tag = html.slice(start + 1, Math.min(end, start + 64));
    i = end + 1;
    if (tag.startsWith('/')) depth = Math.max(0, depth - 1);
    else if (/^[a-z]/i.test(tag) && !tag.endsWith('/') && !VOID_ELEMENTS.has(tag.match(/^[a-z][\w-]*/i)![0].toLowerCase())) {
      if (++depth > max) return true;
    }
  }
}
