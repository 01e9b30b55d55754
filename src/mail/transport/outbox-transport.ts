import { outbox } from '../../db/schema.js';
import { newId } from '../../ids.js';
import type { MailTransport } from './mail-transport.js';

/** Keeps mail in the database (GET /api/v1/outbox): the default, so the product runs with no mail provider. */
export function createOutboxTransport(): MailTransport {
  return {
    name: 'outbox',
    async send(tx, mail) {
      const headers: Record<string, string> = { ...mail.headers, 'Message-ID': mail.messageId };
      if (mail.inReplyTo) headers['In-Reply-To'] = mail.inReplyTo;
      if (mail.references) headers.References = mail.references;
      await tx
        .insert(outbox)
        .values({
          id: newId('ob'),
          accountId: mail.accountId,
          kind: mail.kind,
          sourceId: mail.sourceId,
          toAddress: mail.to,
          fromAddress: mail.from,
          replyTo: mail.replyTo ?? null,
          subject: mail.subject,
          text: mail.text,
          html: mail.html ?? null,
          headers,
          messageId: mail.messageId,
        })
        .onConflictDoNothing();
    },
    close: async () => {},
  };
}
