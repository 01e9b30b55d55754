/**
 * What our SMTP listener learned outside the message: MAIL FROM, RCPT TO, the client's address and HELO name.
 * The stored raw stays the exact MIME received (nothing prepended, so DKIM and retention see the message as sent);
 * the envelope rides in the row's content type as a base64url JSON parameter:
 * `message/rfc822; x-smtp-envelope=<base64url of {"mailFrom","rcptTo","remoteAddress","helo"}>`.
 */
export interface SmtpEnvelope {
  mailFrom: string | null;
  rcptTo: string[];
  remoteAddress: string | null;
  helo: string | null;
}

const PARAMETER = 'x-smtp-envelope';

export function encodeSmtpContentType(envelope: SmtpEnvelope): string {
  return `message/rfc822; ${PARAMETER}=${Buffer.from(JSON.stringify(envelope), 'utf8').toString('base64url')}`;
}

export function decodeSmtpContentType(contentType: string): SmtpEnvelope {
  const encoded = contentType.match(new RegExp(`${PARAMETER}=([A-Za-z0-9_-]+)`))?.[1];
  const empty: SmtpEnvelope = { mailFrom: null, rcptTo: [], remoteAddress: null, helo: null };
  if (!encoded) return empty;
  try {
    const value = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<SmtpEnvelope>;
    return {
      mailFrom: typeof value.mailFrom === 'string' ? value.mailFrom : null,
      rcptTo: Array.isArray(value.rcptTo) ? value.rcptTo.filter((a): a is string => typeof a === 'string') : [],
      remoteAddress: typeof value.remoteAddress === 'string' ? value.remoteAddress : null,
      helo: typeof value.helo === 'string' ? value.helo : null,
    };
  } catch {
    return empty;
  }
}
