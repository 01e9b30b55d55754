import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractReplyText } from '../index.js';
import { matchesExpected } from './compare-text.js';
import { readManifest } from './manifest.js';
import { readFixture } from './read-fixture.js';

export interface FixtureResult {
  file: string;
  source: string;
  /** undefined when the fixture has no expected text. */
  passed?: boolean;
  actual: string;
  expected?: string;
  milliseconds: number;
}

/** Runs the extractor on every fixture in the manifest; MIME parsing is not included in the time. */
export async function runFixtures(fixtureDir: string): Promise<FixtureResult[]> {
  const results: FixtureResult[] = [];
  for (const row of await readManifest(fixtureDir)) {
    const input = await readFixture(path.join(fixtureDir, row.localFile));
    const keepSignature = row.signaturePolicy.startsWith('kept');
    const started = performance.now();
    const actual = extractReplyText(input, { keepSignature });
    const milliseconds = performance.now() - started;
    const expected = row.expectedFile ? await readFile(path.join(fixtureDir, row.expectedFile), 'utf8') : undefined;
    const passed = expected === undefined ? undefined : matchesExpected(actual, expected, row.compare);
    results.push({ file: row.localFile, source: row.localFile.split('/')[0], passed, actual, expected, milliseconds });
  }
  return results;
}
