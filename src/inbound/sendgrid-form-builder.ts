import { randomBytes } from 'node:crypto';

export interface SimulatedReply {
  to: string;
  from: string;
  subject: string;
  text: string;
  html?: string;
  inReplyTo?: string | null;
}

/**
 * A SendGrid Inbound Parse request (parsed form) for a reply, as SendGrid would post it: lets the whole loop be
 * tried on one machine with no mail provider (the CLI's simulate-reply, the outbox's "reply as customer").
 */
export function buildSendgridParsedForm(reply: SimulatedReply, domain = 'replytrack.local'): { body: Buffer; contentType: string; messageId: string } {
  const messageId = `<sim-${randomBytes(12).toString('hex')}@${domain}>`;
  const headers = [
    `From: ${reply.from}`,
    `To: ${reply.to}`,
    `Subject: ${reply.subject}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: ${messageId}`,
    ...(reply.inReplyTo ? [`In-Reply-To: ${reply.inReplyTo}`, `References: ${reply.inReplyTo}`] : []),
    'MIME-Version: 1.0',
  ].join('\n');
  const fields: Record<string, string> = {
    headers,
    from: reply.from,
    to: reply.to,
    subject: reply.subject,
    text: reply.text,
    ...(reply.html ? { html: reply.html } : {}),
    envelope: JSON.stringify({ to: [reply.to.match(/<([^>]+)>/)?.[1] ?? reply.to], from: reply.from.match(/<([^>]+)>/)?.[1] ?? reply.from }),
    charsets: JSON.stringify({ headers: 'UTF-8', from: 'UTF-8', to: 'UTF-8', subject: 'UTF-8', text: 'UTF-8', html: 'UTF-8' }),
    attachments: '0',
  };
  const boundary = 'xYzZY';
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`, 'utf8'), contentType: `multipart/form-data; boundary=${boundary}`, messageId };
}
