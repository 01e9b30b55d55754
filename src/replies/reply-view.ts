import type { analyses, replies } from '../db/schema.js';

type ReplyRow = typeof replies.$inferSelect;
type AnalysisRow = typeof analyses.$inferSelect;

/** A reply as the API shows it, with its analysis (null until the job has run). */
export function toReplyView(reply: ReplyRow, analysis: AnalysisRow | null) {
  return {
    type: 'reply' as const,
    id: reply.id,
    at: reply.receivedAt.toISOString(),
    customerId: reply.customerId,
    conversationId: reply.conversationId,
    subject: reply.subject,
    text: reply.text,
    newText: reply.newText,
    html: reply.html,
    from: reply.fromAddress,
    fromName: reply.fromName,
    source: reply.source,
    channel: reply.channel,
    kind: reply.kind,
    senderMismatch: reply.senderMismatch,
    matchedBy: reply.matchedBy,
    attachments: reply.attachments,
    auth: reply.auth ?? null,
    analysis: analysis ? toAnalysisView(analysis) : null,
  };
}

function toAnalysisView(row: AnalysisRow) {
  return {
    ...(row.result as Record<string, unknown>),
    evidence: row.evidence,
    producedBy: {
      analyzer: row.analyzer,
      analyzerVersion: row.analyzerVersion,
      model: row.model,
      promptVersion: row.promptVersion,
      latencyMs: row.latencyMs,
      usage: row.usage,
      fallbackReason: row.fallbackReason,
      at: row.createdAt.toISOString(),
    },
  };
}
