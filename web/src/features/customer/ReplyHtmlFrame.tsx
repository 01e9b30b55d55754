import { useTranslation } from 'react-i18next';
import frameCssUrl from '../../styles/reply-frame.css?url';

/**
 * Reply HTML is sanitized by the server, and is still shown only in an iframe with `sandbox=""`: no scripts,
 * no same-origin access, no forms, no popups. Its own CSP also stops remote images and other loads
 * (tracking pixels), leaving only our stylesheet.
 */
function frameDocument(html: string): string {
  const stylesheet = new URL(frameCssUrl, location.origin).href;
  const policy = `default-src 'none'; style-src ${location.origin}; img-src data:`;
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="referrer" content="no-referrer">',
    `<link rel="stylesheet" href="${stylesheet}">`,
    `</head><body>${html}</body></html>`,
  ].join('');
}

function sizeClass(textLength: number): string {
  if (textLength > 1200) return 'reply-frame reply-frame--long';
  if (textLength > 300) return 'reply-frame reply-frame--medium';
  return 'reply-frame';
}

export function ReplyHtmlFrame({ html, text, title }: { html: string; text: string; title: string }) {
  const { t } = useTranslation();
  return (
    <iframe
      className={sizeClass(text.length)}
      sandbox=""
      referrerPolicy="no-referrer"
      title={t('timeline.htmlFrameTitle', { title })}
      srcDoc={frameDocument(html)}
    />
  );
}
