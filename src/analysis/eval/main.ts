import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readLabeledReplies } from './dataset.js';
import { type EvalReport, listMismatches, scoreAnalyses } from './metrics.js';
import { predictAll } from './run-eval.js';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../../..');
const DEFAULT_DATA = resolve(REPO_ROOT, '../shared/analysis/dev.jsonl');

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

function printReport(report: EvalReport, file: string): void {
  const lines = [
    `eval: ${file} (${report.count} replies)`,
    ...Object.entries(report.accuracy).map(([field, value]) => `  ${field.padEnd(22)} accuracy ${pct(value)}`),
    `  opportunity_score      exact ${pct(report.opportunity.exact)}  MAE ${report.opportunity.mae.toFixed(3)}`,
    ...Object.entries(report.flags).map(
      ([flag, score]) => `  flags.${flag.padEnd(16)} F1 ${pct(score.f1)}  (P ${pct(score.precision)}, R ${pct(score.recall)}, n=${score.support})`,
    ),
    `  monthly_volume         recall ${pct(report.volume.recall)} (n=${report.volume.goldWithVolume})  null kept ${pct(report.volume.nullKept)} (n=${report.volume.goldWithoutVolume})`,
    ...Object.entries(report.presence).map(
      ([field, value]) => `  ${field.padEnd(22)} presence ${pct(value)}  key words ${pct(report.keywordShare[field as keyof EvalReport['keywordShare']])}`,
    ),
  ];
  console.log(lines.join('\n'));
}

const { values } = parseArgs({ options: { data: { type: 'string' }, errors: { type: 'boolean', default: false } } });
const file = resolve(values.data ?? DEFAULT_DATA);
const rows = predictAll(readLabeledReplies(file));
printReport(scoreAnalyses(rows), file);
if (values.errors) {
  console.log('\nmismatches (id field: gold → predicted):');
  for (const miss of listMismatches(rows)) {
    console.log(`  ${miss.id} ${miss.field}: ${JSON.stringify(miss.gold)} → ${JSON.stringify(miss.predicted)}`);
  }
}
