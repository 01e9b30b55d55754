import { extractNewText } from '../../mail/reply-text/index.js';
import { analyzeReply } from '../builtin/index.js';
import type { LabeledReply } from './dataset.js';
import type { EvalRow } from './metrics.js';

/** What the pipeline does to each reply: extract the new text, then analyze it with the built-in analyzer. */
export function predictAll(replies: readonly LabeledReply[]): Array<EvalRow & { newText: string }> {
  return replies.map((row) => {
    const newText = extractNewText({ text: row.reply });
    const { result } = analyzeReply({ newText, subject: row.subject, sent: row.sent });
    return { id: row.id, gold: row.gold, predicted: result, newText };
  });
}
