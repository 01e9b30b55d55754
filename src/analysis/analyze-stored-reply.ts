import { and, desc, eq, lte } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { actionItems, analyses, customers, replies, sentEmails } from '../db/schema.js';
import { newId } from '../ids.js';
import { toBoundedLines } from '../mail/reply-text/input-limits.js';

const MAX_SUBJECT_CHARS = 1_000;
/** Analyzers get at most what extraction keeps: a megabyte-long line cost the built-in rules minutes (quadratic). */
const bounded = (text: string) => toBoundedLines(text).join('\n');

/**
 * The reply.analyze job: runs the configured analyzer on the reply's new text, with the email we sent as context,
 * and stores the result once. The customer's summary (last response type, score, follow-up) follows its latest reply.
 */
export async function analyzeStoredReply(ctx: AppContext, replyId: string): Promise<void> {
  const [reply] = await ctx.db.select().from(replies).where(eq(replies.id, replyId));
  if (!reply) return;
  const [existing] = await ctx.db.select({ id: analyses.replyId }).from(analyses).where(eq(analyses.replyId, replyId));
  if (existing) return;
  const sent = await lastEmailBefore(ctx, reply);
  const record = await ctx.analyzer.analyze({
    newText: bounded(reply.newText || reply.text),
    subject: (reply.subject ?? sent?.subject)?.slice(0, MAX_SUBJECT_CHARS),
    sent: sent ? bounded(sent.text) : undefined,
    autoReplyHeader: reply.kind !== 'human',
  });
  await ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(analyses)
      .values({
        replyId,
        accountId: reply.accountId,
        result: record.result,
        evidence: record.evidence,
        analyzer: record.analyzer,
        analyzerVersion: record.analyzerVersion,
        model: record.model,
        promptVersion: record.promptVersion,
        latencyMs: Math.round(record.latencyMs),
        usage: record.usage,
        fallbackReason: record.fallbackReason,
        createdAt: ctx.now(),
      })
      .onConflictDoNothing()
      .returning({ id: analyses.replyId });
    if (inserted.length === 0) return;
    if (record.result.action_items.length) {
      await tx.insert(actionItems).values(
        record.result.action_items.map((text) => ({ id: newId('ai'), accountId: reply.accountId, customerId: reply.customerId, replyId, text, createdAt: ctx.now() })),
      );
    }
    const r = record.result;
    await tx
      .update(customers)
      .set({ lastResponseType: r.response_type, lastOpportunityScore: r.opportunity_score, lastFollowUp: r.follow_up_needed, lastSentiment: r.sentiment })
      .where(and(eq(customers.id, reply.customerId), eq(customers.lastReplyId, replyId)));
    await ctx.events.publish(tx, { type: 'analysis', accountId: reply.accountId, customerId: reply.customerId, id: replyId });
  });
}

async function lastEmailBefore(ctx: AppContext, reply: typeof replies.$inferSelect) {
  const scope = reply.conversationId ? eq(sentEmails.conversationId, reply.conversationId) : eq(sentEmails.customerId, reply.customerId);
  const [email] = await ctx.db
    .select({ subject: sentEmails.subject, text: sentEmails.text })
    .from(sentEmails)
    .where(and(scope, lte(sentEmails.createdAt, reply.receivedAt)))
    .orderBy(desc(sentEmails.createdAt))
    .limit(1);
  return email ?? null;
}

