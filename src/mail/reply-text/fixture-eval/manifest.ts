import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const DEFAULT_FIXTURE_DIR = '/work/shared/fixtures/emails';

export interface FixtureRow {
  localFile: string;
  kind: string;
  expectedFile: string;
  signaturePolicy: string;
  compare: string;
}

/** Reads MANIFEST.tsv, keyed by its header names so column order may change. */
export async function readManifest(fixtureDir: string): Promise<FixtureRow[]> {
  const [header, ...rows] = (await readFile(path.join(fixtureDir, 'MANIFEST.tsv'), 'utf8')).trim().split('\n');
  const columns = header.split('\t');
  const column = (cells: string[], name: string) => cells[columns.indexOf(name)]?.trim() ?? '';
  const unique = new Map<string, FixtureRow>();
  for (const row of rows) {
    const cells = row.split('\t');
    const localFile = column(cells, 'local_file');
    if (!localFile || unique.has(localFile)) continue;
    unique.set(localFile, {
      localFile,
      kind: column(cells, 'kind'),
      expectedFile: column(cells, 'expected_file'),
      signaturePolicy: column(cells, 'signature_policy'),
      compare: column(cells, 'compare'),
    });
  }
  return [...unique.values()];
}
