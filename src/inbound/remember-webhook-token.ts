import { and, eq, lt } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { seenWebhookTokens } from '../db/schema.js';

/**
 * Records a signed request's token; false when it was seen before (a replay). Tokens older than `keepSeconds` are
 * dropped on the way: their timestamps are refused anyway, so the table only holds the last few minutes.
 */
export async function rememberWebhookToken(ctx: AppContext, provider: string, token: string, keepSeconds: number): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    await tx.delete(seenWebhookTokens).where(and(eq(seenWebhookTokens.provider, provider), lt(seenWebhookTokens.seenAt, new Date(now.getTime() - keepSeconds * 1000))));
    const inserted = await tx.insert(seenWebhookTokens).values({ provider, token, seenAt: now }).onConflictDoNothing().returning({ token: seenWebhookTokens.token });
    return inserted.length === 1;
  });
}
