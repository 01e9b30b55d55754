import type { NormalizedMail } from '../inbound/normalized-mail.js';

export type MailKind = 'human' | 'auto_reply' | 'bounce';

const header = (mail: NormalizedMail, name: string) => (mail.headers.get(name)?.[0] ?? '').toLowerCase().trim();

/** Tells machine-written mail (RFC 3834 auto-replies, RFC 3464 bounces) from a person's reply. */
export function classifySender(mail: NormalizedMail): MailKind {
  if (isBounce(mail)) return 'bounce';
  return isAutoReply(mail) ? 'auto_reply' : 'human';
}

function isBounce(mail: NormalizedMail): boolean {
  const contentType = (mail.contentType ?? '').toLowerCase();
  if (/multipart\/report/.test(contentType) && /report-type="?delivery-status/.test(contentType)) return true;
  const from = mail.from?.address ?? '';
  return /^(mailer-daemon|postmaster)@/i.test(from) || /^<\s*>$/.test(header(mail, 'return-path'));
}

function isAutoReply(mail: NormalizedMail): boolean {
  const autoSubmitted = header(mail, 'auto-submitted');
  if (autoSubmitted && autoSubmitted !== 'no') return true;
  if (mail.headers.has('x-autoreply') || mail.headers.has('x-autorespond')) return true;
  if (/^(bulk|junk|list|auto_reply)$/.test(header(mail, 'precedence'))) return true;
  const suppress = header(mail, 'x-auto-response-suppress');
  return /\b(oof|autoreply|all)\b/.test(suppress) && /^(auto|automatic|out of office)/i.test(mail.subject);
}
