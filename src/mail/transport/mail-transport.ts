import type { DbOrTx } from '../../db/client.js';

export interface OutgoingMail {
  accountId: string;
  /** What the message is, and the row it comes from: the pair is unique, so a retried job cannot send twice to the outbox. */
  kind: 'email' | 'forward';
  sourceId: string;
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  html?: string | null;
  messageId: string;
  inReplyTo?: string | null;
  references?: string | null;
  headers: Record<string, string>;
}

export interface MailTransport {
  readonly name: 'outbox' | 'smtp' | 'sendgrid';
  /** Sends the message. The outbox writes inside `tx`; the others talk to their server. */
  send(tx: DbOrTx, mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}
