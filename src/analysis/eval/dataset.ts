import { readFileSync } from 'node:fs';
import type { GoldLabel } from './metrics.js';

export interface LabeledReply {
  id: string;
  subject?: string;
  sent?: string;
  reply: string;
  gold: GoldLabel;
}

/** Reads a labeled JSONL file (shared/analysis/dev.jsonl format). */
export function readLabeledReplies(file: string): LabeledReply[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabeledReply);
}
