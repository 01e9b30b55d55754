import nodemailer from 'nodemailer';
import type { MailTransport } from './mail-transport.js';

export function createSmtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    name: 'smtp',
    async send(_tx, mail) {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        replyTo: mail.replyTo,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        messageId: mail.messageId,
        inReplyTo: mail.inReplyTo ?? undefined,
        references: mail.references ?? undefined,
        headers: mail.headers,
      });
    },
    close: async () => transporter.close(),
  };
}
