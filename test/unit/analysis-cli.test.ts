import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runAnalyzeCommand } from '../../src/cli/analyze.js';

const dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));

afterEach(() => vi.restoreAllMocks());

describe('analyze command', () => {
  it('writes one line per input reply and names bad lines by number', async () => {
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    writeFileSync(input, [
      JSON.stringify({ id: 'r1', subject: 'Re: hi', reply: 'Yes, send pricing for 20 seats.\n\nOn Mon, Ana <a@x.io> wrote:\n> hi' }),
      '{not json',
      JSON.stringify({ id: 'r2' }),
      JSON.stringify({ id: 'r3', reply: 'Gracias!' }),
    ].join('\n'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});

    const code = await runAnalyzeCommand(['--input', input, '--output', output]);

    expect(code).toBe(1);
    expect(errors.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining('line 2: not valid JSON'),
      expect.stringContaining('line 3: reply'),
    ]);
    const lines = readFileSync(output, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['r1', 'r3']);
    expect(lines[0].newText).toBe('Yes, send pricing for 20 seats.');
    expect(lines[0].analysis).toMatchObject({ response_type: 'high_value', language: 'en' });
  });

  it('exits 0 when every line is good', async () => {
    const input = join(dir, 'good.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 1, reply: 'Thanks!' })}\n`);
    const output = join(dir, 'good-out.jsonl');
    expect(await runAnalyzeCommand(['--input', input, '--output', output])).toBe(0);
  });
});
