import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeReply } from '../src/analysis/builtin/index.js';
import { readLabeledReplies } from '../src/analysis/eval/dataset.js';
import { extractNewText } from '../src/mail/reply-text/index.js';

const DEV_FILE = resolve(fileURLToPath(import.meta.url), '../../../shared/analysis/dev.jsonl');
const MIN_RUN_MS = 5_000;

/** Replies per second of extract + analyze on one core, over dev.jsonl repeated for at least five seconds. */
export async function benchAnalyzer(): Promise<Record<string, number>> {
  const replies = readLabeledReplies(DEV_FILE);
  const analyzeOne = (row: (typeof replies)[number]) => {
    const newText = extractNewText({ text: row.reply });
    return analyzeReply({ newText, subject: row.subject, sent: row.sent });
  };
  replies.forEach(analyzeOne); // warm up the JIT and the lazily built regexes
  let analyzed = 0;
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  while (performance.now() - started < MIN_RUN_MS) {
    for (const row of replies) analyzeOne(row);
    analyzed += replies.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  // Per CPU-second as well: on a shared 2-core machine wall-clock rates swing with other processes' load.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    analyzerRepliesPerSecond: Math.round(analyzed / seconds),
    analyzerRepliesPerCpuSecond: Math.round(analyzed / cpuSeconds),
    analyzerReplies: analyzed,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await benchAnalyzer());
}
