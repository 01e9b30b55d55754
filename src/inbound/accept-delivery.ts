import { createHash } from 'node:crypto';
import type { AppContext } from '../context.js';
import { inboundMessages } from '../db/schema.js';
import { newId } from '../ids.js';
import { storableText } from './storable-text.js';

export interface Delivery {
  provider: 'sendgrid' | 'postmark' | 'mailgun' | 'smtp';
  contentType: string;
  raw: Buffer;
  messageId: string | null;
  contentHash: string;
  /** Set when the request was authentic but could not be parsed: kept as failed, with the reason. */
  failure?: string;
}

export type AcceptResult = { stored: true; inboundId: string } | { stored: false; duplicate: true };

/**
 * Stores the raw delivery and enqueues its processing in one transaction. The unique dedupe key makes a
 * provider's retry of the same message (same Message-ID and content) store nothing new.
 */
export async function acceptDelivery(ctx: AppContext, delivery: Delivery): Promise<AcceptResult> {
  const id = newId('in');
  const dedupeKey = createHash('sha256').update(`${delivery.messageId ?? ''}\0${delivery.contentHash}`).digest('hex');
  const messageId = storableText(delivery.messageId);
  return ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(inboundMessages)
      .values({
        id,
        provider: delivery.provider,
        dedupeKey,
        messageId,
        contentType: storableText(delivery.contentType),
        raw: delivery.raw,
        rawSize: delivery.raw.length,
        status: delivery.failure ? 'failed' : 'received',
        reason: storableText(delivery.failure ?? null),
        receivedAt: ctx.now(),
        processedAt: delivery.failure ? ctx.now() : null,
      })
      .onConflictDoNothing({ target: inboundMessages.dedupeKey })
      .returning({ id: inboundMessages.id });
    if (inserted.length === 0) return { stored: false, duplicate: true } as const;
    if (!delivery.failure) await ctx.queue.enqueue(tx, 'inbound.process', { inboundId: id });
    return { stored: true, inboundId: id } as const;
  });
}

