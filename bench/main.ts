import { benchAnalyzer } from './analyzer.bench.js';
import { benchScale } from './scale.bench.js';
import { benchWebhook } from './webhook.bench.js';

// `npm run bench`: every benchmark, one after another (they would skew each other in parallel on 2 cores).
const benches: Record<string, () => Promise<Record<string, number>>> = { analyzer: benchAnalyzer, webhook: benchWebhook, scale: benchScale };
const only = process.argv.slice(2);
for (const [name, run] of Object.entries(benches)) {
  if (only.length && !only.includes(name)) continue;
  const started = Date.now();
  const results = await run();
  console.log(`\n## ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  for (const [metric, value] of Object.entries(results)) console.log(`${metric.padEnd(28)} ${value}`);
}
process.exit(0);
