import { and, isNotNull, lt } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { inboundMessages } from '../db/schema.js';

/** Raw MIME is kept INBOUND_RETENTION_DAYS after processing; the parsed reply stays. */
export async function purgeRawMail(ctx: AppContext): Promise<number> {
  const cutoff = new Date(ctx.now().getTime() - ctx.config.inbound.retentionDays * 86_400_000);
  const purged = await ctx.db
    .update(inboundMessages)
    .set({ raw: null, rawDeletedAt: ctx.now() })
    .where(and(isNotNull(inboundMessages.raw), lt(inboundMessages.processedAt, cutoff)))
    .returning({ id: inboundMessages.id });
  return purged.length;
}
