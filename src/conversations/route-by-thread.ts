import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { forwards, replies, sentEmails } from '../db/schema.js';
import type { NormalizedMail } from '../inbound/normalized-mail.js';
import type { Route } from './route-reply.js';

type Routed = Extract<Route, { routed: true }>;

/**
 * In-Reply-To, then References from the newest, matched against the Message-IDs we minted: the emails we sent
 * (`sent_emails.message_id`) and the forwards of replies (`<fwd-…>`). The conversation, and so the account, is the
 * one of the message referred to; nothing else about the mail can move it to another account.
 */
export async function routeByThread(db: DbOrTx, mail: NormalizedMail): Promise<Routed | null> {
  const ids = referencedIds(mail);
  if (ids.length === 0) return null;
  const sent = await db
    .select({ messageId: sentEmails.messageId, accountId: sentEmails.accountId, customerId: sentEmails.customerId, conversationId: sentEmails.conversationId })
    .from(sentEmails)
    .where(inArray(sentEmails.messageId, ids));
  const forwarded = await db
    .select({ messageId: forwards.messageId, accountId: replies.accountId, customerId: replies.customerId, conversationId: replies.conversationId })
    .from(forwards)
    .innerJoin(replies, eq(replies.id, forwards.replyId))
    .where(and(inArray(forwards.messageId, ids), isNotNull(replies.conversationId)));
  const byId = new Map([...sent, ...forwarded].map((m) => [m.messageId, m]));
  const match = ids.map((id) => byId.get(id)).find((m) => m?.conversationId);
  return match ? { routed: true, accountId: match.accountId, customerId: match.customerId, conversationId: match.conversationId!, matchedBy: 'header' } : null;
}

/** Message-IDs in In-Reply-To, then References newest first, each once; at most 100 are looked up. */
export function referencedIds(mail: Pick<NormalizedMail, 'inReplyTo' | 'references'>): string[] {
  const idsIn = (value: string) => value.match(/<[^<>\s]+>/g) ?? [];
  const ordered = [...idsIn(mail.inReplyTo ?? ''), ...mail.references.flatMap(idsIn).reverse()];
  return [...new Set(ordered)].slice(0, 100);
}
