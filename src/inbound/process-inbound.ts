import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import type { DbOrTx, Tx } from '../db/client.js';
import { customers, inboundMessages } from '../db/schema.js';
import { routeReply, type Route } from '../conversations/route-reply.js';
import { classifySender } from '../mail/classify-sender.js';
import { htmlToFullText } from '../mail/html-to-full-text.js';
import { sanitizeReplyHtml } from '../mail/sanitize-reply-html.js';
import { recordReply, type NewReply } from '../replies/record-reply.js';
import { authenticateDelivery } from './authenticate-delivery.js';
import type { SenderAuth } from './authenticate-sender.js';
import type { NormalizedMail } from './normalized-mail.js';
import { parseDelivery } from './parse-delivery.js';

/**
 * The inbound.process job: parse the stored delivery, route it (reply token, thread headers, sender), authenticate
 * the sender, store the reply (once), and queue its forward and analysis. Mail that cannot be routed is kept as
 * unrouted with the reason. Routing and DNS lookups run before the write transaction, so it stays short.
 */
export async function processInbound(ctx: AppContext, inboundId: string): Promise<void> {
  const [row] = await ctx.db.select().from(inboundMessages).where(eq(inboundMessages.id, inboundId));
  if (!row || row.status !== 'received') return;
  let mail: NormalizedMail;
  try {
    mail = await parseDelivery(row);
  } catch (err) {
    await markInbound(ctx, ctx.db, inboundId, { status: 'failed', reason: `unparseable: ${(err as Error).message}`.slice(0, 500) });
    return;
  }
  const route = await routeReply(ctx.db, mail, { inboundDomain: ctx.config.inboundDomain, now: ctx.now() });
  const summary = { fromAddress: mail.from?.address ?? null, toAddresses: recipientsOf(mail).join(', ').slice(0, 2000), subject: mail.subject.slice(0, 500) };
  if (!route.routed) {
    await markInbound(ctx, ctx.db, inboundId, { ...summary, status: 'unrouted', reason: route.reason, accountId: route.accountId });
    return;
  }
  const auth = await authenticateDelivery(ctx, row, mail);
  await ctx.db.transaction(async (tx) => {
    const replyId = await storeRoutedReply(ctx, tx, row.provider as NewReply['source'], inboundId, mail, route, auth);
    await markInbound(ctx, tx, inboundId, { ...summary, status: 'routed', reason: null, accountId: route.accountId, replyId });
  });
}

async function storeRoutedReply(ctx: AppContext, tx: Tx, source: NewReply['source'], inboundId: string, mail: NormalizedMail, route: Extract<Route, { routed: true }>, auth: SenderAuth) {
  const [customer] = await tx.select().from(customers).where(eq(customers.id, route.customerId));
  const kind = classifySender(mail);
  const received = ctx.now();
  return recordReply(ctx, tx, {
    accountId: route.accountId,
    customer,
    conversationId: route.conversationId,
    inboundId,
    source,
    channel: 'email',
    kind,
    fromAddress: mail.from?.address ?? null,
    fromName: mail.from?.name || null,
    subject: mail.subject,
    messageId: mail.messageId,
    text: mail.text || (mail.html ? htmlToFullText(mail.html) : ''),
    html: mail.html ? sanitizeReplyHtml(mail.html) || null : null,
    senderMismatch: (kind === 'human' && mail.from?.address !== customer.email.toLowerCase()) || auth.spoofSuspected,
    matchedBy: route.matchedBy,
    auth,
    attachments: mail.attachments,
    receivedAt: received,
  });
}

const recipientsOf = (mail: NormalizedMail) => [...new Set([...mail.envelopeTo, ...mail.to.map((a) => a.address), ...mail.cc.map((a) => a.address)])];

async function markInbound(ctx: AppContext, tx: DbOrTx, inboundId: string, patch: Partial<typeof inboundMessages.$inferInsert>) {
  await tx.update(inboundMessages).set({ ...patch, processedAt: ctx.now() }).where(eq(inboundMessages.id, inboundId));
}
