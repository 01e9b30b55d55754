import fc from 'fast-check';
import { hostileHtmlCorpus } from '../../e2e/hostile-html-corpus.js';
import { mutatedText } from './mutations.js';

const tags = ['script', 'img', 'svg', 'a', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'math', 'mglyph', 'noscript', 'template', 'details', 'video', 'audio', 'div', 'p', 'table', 'td', 'xmp', 'textarea', 'title', 'select', 'option', 'frameset', 'isindex', 'image', 'animate', 'set', 'use', 'foreignObject'];
const attributes = ['onerror', 'onload', 'onclick', 'onmouseover', 'onfocus', 'ontoggle', 'onbegin', 'href', 'src', 'srcset', 'srcdoc', 'style', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'http-equiv', 'content', 'title', 'rel', 'target', 'colspan', 'id', 'class'];
const schemes = ['javascript:', 'JAVASCRIPT:', ' javascript:', 'java\tscript:', 'java&#x0A;script:', 'jav&#97;script:', '&#106;avascript:', 'javascript&colon;', 'vbscript:', 'data:text/html,', 'data:image/svg+xml,', 'livescript:', 'https://evil.example/', '//evil.example/', 'http://', 'mailto:', ''];
const payloads = ['alert(1)', 'window.__pwned(1)', 'url(https://evil.example/x)', 'expression(alert(1))', '<script>alert(1)</script>', '"><script>alert(1)</script>', "'-alert(1)-'", '`${alert(1)}`'];
const quotes = ['"', "'", '`', ''];

const attribute = fc.tuple(fc.constantFrom(...attributes), fc.constantFrom(...quotes), fc.constantFrom(...schemes), fc.constantFrom(...payloads))
  .map(([name, quote, scheme, payload]) => ` ${name}=${quote}${scheme}${payload}${quote}`);

/** An element tree from the tags browsers have run code through, nested and left unclosed at random. */
const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...payloads, 'text', '&lt;script&gt;', '<!--', '-->', '<![CDATA[', ']]>', '</'),
    fc.tuple(fc.constantFrom(...tags), fc.array(attribute, { maxLength: 4 }), fc.array(tie('node'), { maxLength: 3 }), fc.boolean(), fc.boolean())
      .map(([tag, attrs, children, closed, upper]) => {
        const name = upper ? tag.toUpperCase() : tag;
        return `<${name}${attrs.join('')}>${children.join('')}${closed ? `</${name}>` : ''}`;
      }),
  ),
})).node;

export const hostileHtml: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(element, { minLength: 1, maxLength: 6 }).map((nodes) => nodes.join('')) },
  { weight: 2, arbitrary: mutatedText(hostileHtmlCorpus.map((payload) => payload.html)) },
);
