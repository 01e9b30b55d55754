import { describe, expect, it } from 'vitest';
import { findTokenCandidates } from '../../src/conversations/reply-token.js';
import { classifySender } from '../../src/mail/classify-sender.js';
import { parseMime } from '../../src/mail/parse-mime.js';
import { sanitizeReplyHtml } from '../../src/mail/sanitize-reply-html.js';
import { readFixture } from '../helpers/fixtures.js';

describe('auto-reply and bounce detection', () => {
  it.each([
    ['inbound/auto-reply-ooo.eml', 'auto_reply'],
    ['inbound/bounce-dsn.eml', 'bounce'],
    ['inbound/customer-reply.eml', 'human'],
  ])('%s is %s', async (file, kind) => {
    expect(classifySender(await parseMime(readFixture(file)))).toBe(kind);
  });

  it.each([
    ['Auto-Submitted: auto-replied', 'auto_reply'],
    ['Auto-Submitted: no', 'human'],
    ['X-Autoreply: yes', 'auto_reply'],
    ['X-Autorespond: yes', 'auto_reply'],
    ['Precedence: bulk', 'auto_reply'],
    ['Precedence: list', 'auto_reply'],
    ['Return-Path: <>', 'bounce'],
  ])('header %s → %s', async (header, kind) => {
    const mail = await parseMime(`From: ana@x.example\r\nTo: reply+aaaaaaaaaaaaaaaa@reply.test\r\nSubject: Re: hi\r\n${header}\r\n\r\nHello\r\n`);
    expect(classifySender(mail)).toBe(kind);
  });

  it('treats MAILER-DAEMON and postmaster senders as bounces', async () => {
    for (const from of ['MAILER-DAEMON@mx.example', 'postmaster@mx.example']) {
      expect(classifySender(await parseMime(`From: ${from}\r\nSubject: Undelivered\r\n\r\nx\r\n`))).toBe('bounce');
    }
  });
});

describe('finding the reply token', () => {
  it('finds it in any case, behind display names, only at our domain', () => {
    expect(findTokenCandidates(['"Acme Support" <REPLY+ABCDEFGHIJKLMNOP@Reply.Test>'], 'reply.test')).toEqual([{ kind: 'token', token: 'abcdefghijklmnop' }]);
    expect(findTokenCandidates(['reply+abcdefghijklmnop@other.example'], 'reply.test')).toEqual([{ kind: 'other_domain', domain: 'other.example' }]);
    expect(findTokenCandidates(['reply+abc1@reply.test'], 'reply.test')).toEqual([{ kind: 'malformed', value: 'abc1' }]);
    expect(findTokenCandidates(['ana@reply.test'], 'reply.test')).toEqual([]);
  });
});

describe('reply HTML sanitising', () => {
  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '<svg><script>alert(1)</script></svg>',
    '<iframe src="https://evil.example"></iframe>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<img src="https://tracker.example/pixel.gif">',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
    '<form action="https://evil.example"><input name=x></form>',
  ])('removes %s', (html) => {
    const clean = sanitizeReplyHtml(`<p>ok</p>${html}`);
    expect(clean).toContain('<p>ok</p>');
    expect(clean).not.toMatch(/<script|onerror|javascript:|<img|<iframe|style=|data:text|<form|<input|<svg/i);
  });

  it('keeps formatting and safe links', () => {
    expect(sanitizeReplyHtml('<p>Hi <b>Ana</b> <a href="https://x.example">link</a></p>')).toBe(
      '<p>Hi <b>Ana</b> <a href="https://x.example" rel="noopener noreferrer nofollow" target="_blank">link</a></p>',
    );
  });
});

describe('HTML-only messages', () => {
  it('get a full plain text, quotes included, with no image debris', async () => {
    const { htmlToFullText } = await import('../../src/mail/html-to-full-text.js');
    const text = htmlToFullText('<div>Sounds great!<img src="cid:x"></div><blockquote>On Mon we wrote: hello</blockquote>');
    expect(text).toContain('Sounds great!');
    expect(text).toContain('On Mon we wrote: hello');
    expect(text).not.toMatch(/cid:|\[/);
  });
});

describe('deeply nested HTML', () => {
  it('is measured in linear time and shown as text instead of parsed', async () => {
    const { nestsTooDeep } = await import('../../src/mail/html-nesting.js');
    const deep = '<div>'.repeat(200_000) + 'x' + '</div>'.repeat(200_000);
    const started = performance.now();
    expect(nestsTooDeep(deep)).toBe(true);
    expect(sanitizeReplyHtml(deep)).toBe('');
    expect(performance.now() - started).toBeLessThan(500);
    expect(nestsTooDeep('<p>a<br>b<img src=x><div><span>c</span></div></p>')).toBe(false);
    expect(nestsTooDeep('<<<<<<<<'.repeat(100_000))).toBe(false);
    expect(nestsTooDeep('<div>'.repeat(50) + '</div>'.repeat(50))).toBe(false);
  });
});
