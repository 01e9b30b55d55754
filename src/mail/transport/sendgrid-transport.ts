import addressparser from 'nodemailer/lib/addressparser';
import type { MailTransport } from './mail-transport.js';

const toSendgridAddress = (value: string) => {
  const [first] = addressparser(value) as { address?: string; name?: string }[];
  return first?.name ? { email: first.address ?? value, name: first.name } : { email: first?.address ?? value };
};

/** SendGrid's v3 mail API (`POST /v3/mail/send`). */
export function createSendgridTransport(options: { apiKey: string; apiUrl: string; timeoutMs?: number }): MailTransport {
  return {
    name: 'sendgrid',
    async send(_tx, mail) {
      const headers: Record<string, string> = { ...mail.headers, 'Message-ID': mail.messageId };
      if (mail.inReplyTo) headers['In-Reply-To'] = mail.inReplyTo;
      if (mail.references) headers.References = mail.references;
      const body = {
        personalizations: [{ to: [toSendgridAddress(mail.to)] }],
        from: toSendgridAddress(mail.from),
        ...(mail.replyTo ? { reply_to: toSendgridAddress(mail.replyTo) } : {}),
        subject: mail.subject,
        content: [{ type: 'text/plain', value: mail.text }, ...(mail.html ? [{ type: 'text/html', value: mail.html }] : [])],
        headers,
      };
      const response = await fetch(`${options.apiUrl}/v3/mail/send`, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
      if (!response.ok) {
        const detail = (await response.text().catch(() => '')).slice(0, 300);
        throw new Error(`SendGrid answered HTTP ${response.status}: ${detail}`);
      }
    },
    close: async () => {},
  };
}
