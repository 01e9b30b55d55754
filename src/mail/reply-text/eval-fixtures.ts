import { DEFAULT_FIXTURE_DIR } from './fixture-eval/manifest.js';
import { runFixtures, type FixtureResult } from './fixture-eval/run-fixtures.js';

// Usage: npm run eval:extract [-- <fixture dir>] [--show]   (--show prints actual vs expected)
const args = process.argv.slice(2);
const fixtureDir = args.find((arg) => !arg.startsWith('--')) ?? DEFAULT_FIXTURE_DIR;
const show = args.includes('--show');

const results = await runFixtures(fixtureDir);
const scored = results.filter((result) => result.passed !== undefined);
const failures = scored.filter((result) => !result.passed);

for (const source of new Set(scored.map((result) => result.source))) {
  const group = scored.filter((result) => result.source === source);
  console.log(`${source.padEnd(32)} ${group.filter((result) => result.passed).length}/${group.length}`);
}
const passed = scored.length - failures.length;
console.log(`\noverall ${passed}/${scored.length} = ${((100 * passed) / scored.length).toFixed(1)}%`);
console.log(`fixtures without expected text: ${results.length - scored.length} (ran without error)`);

const slowest = results.reduce<FixtureResult>((a, b) => (b.milliseconds > a.milliseconds ? b : a), results[0]);
console.log(`slowest: ${slowest.file} ${slowest.milliseconds.toFixed(1)} ms`);

console.log(`\nfailures (${failures.length}):`);
for (const failure of failures) {
  console.log(`  ${failure.file}`);
  if (show) console.log(`--- actual\n${failure.actual}\n--- expected\n${failure.expected}\n`);
}
