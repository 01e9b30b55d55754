import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { analyses, replies } from '../db/schema.js';
import { notFound } from '../errors.js';
import { toReplyView } from './reply-view.js';

export async function getReply(ctx: AppContext, accountId: string, replyId: string) {
  const [row] = await ctx.db
    .select()
    .from(replies)
    .leftJoin(analyses, eq(analyses.replyId, replies.id))
    .where(and(eq(replies.id, replyId), eq(replies.accountId, accountId)));
  if (!row) throw notFound('Reply');
  return toReplyView(row.replies, row.analyses);
}
