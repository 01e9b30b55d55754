import { createHash } from 'node:crypto';
import type { AppContext } from '../context.js';
import { groupCommit } from '../db/group-commit.js';
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

type InboundRow = typeof inboundMessages.$inferInsert;

// Deliveries arriving together share a transaction: a webhook burst costs one COMMIT per batch, not per message.
// The byte budget keeps one INSERT well under PostgreSQL's 1 GB message limit when large messages arrive together.
const BATCHING = { maxBatch: 64, maxInFlight: 2, maxWeight: 16 * 1024 * 1024, weigh: (row: InboundRow) => row.rawSize ?? 0 };
const acceptors = new WeakMap<AppContext, (row: InboundRow) => Promise<AcceptResult>>();

/**
 * Stores the raw delivery and enqueues its processing in one transaction, committed before this resolves. The
 * unique dedupe key makes a provider's retry of the same message (same Message-ID and content) store nothing new.
 */
export async function acceptDelivery(ctx: AppContext, delivery: Delivery): Promise<AcceptResult> {
  let accept = acceptors.get(ctx);
  if (!accept) acceptors.set(ctx, (accept = groupCommit((rows: InboundRow[]) => storeDeliveries(ctx, rows), BATCHING)));
  return accept(inboundRow(ctx, delivery));
}

function inboundRow(ctx: AppContext, delivery: Delivery): InboundRow {
  const now = ctx.now();
  return {
    id: newId('in'),
    provider: delivery.provider,
    dedupeKey: createHash('sha256').update(`${delivery.messageId ?? ''}\0${delivery.contentHash}`).digest('hex'),
    messageId: storableText(delivery.messageId),
    contentType: storableText(delivery.contentType),
    raw: delivery.raw,
    rawSize: delivery.raw.length,
    status: delivery.failure ? 'failed' : 'received',
    reason: storableText(delivery.failure ?? null),
    receivedAt: now,
    processedAt: delivery.failure ? now : null,
  };
}

async function storeDeliveries(ctx: AppContext, rows: InboundRow[]): Promise<AcceptResult[]> {
  return ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(inboundMessages)
      .values(rows)
      .onConflictDoNothing({ target: inboundMessages.dedupeKey })
      .returning({ id: inboundMessages.id });
    const stored = new Set(inserted.map((row) => row.id));
    const toProcess = rows.filter((row) => stored.has(row.id!) && row.status === 'received');
    await ctx.queue.enqueue(tx, 'inbound.process', ...toProcess.map((row) => ({ inboundId: row.id! })));
    return rows.map((row) => (stored.has(row.id!) ? { stored: true, inboundId: row.id! } : { stored: false, duplicate: true }));
  });
}
