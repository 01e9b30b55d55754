import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createAnalyzer } from '../analysis/create-analyzer.js';
import type { Analyzer } from '../analysis/schema.js';
import { loadConfig } from '../config.js';
import { extractNewText } from '../mail/reply-text/index.js';

const inputLineSchema = z.object({
  id: z.union([z.string().min(1), z.number()]),
  subject: z.string().optional(),
  sent: z.string().optional(),
  reply: z.string(),
});

const USAGE = 'usage: npm run cli -- analyze --input FILE.jsonl [--output OUT.jsonl]';

function parseLine(line: string): z.infer<typeof inputLineSchema> | string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  const parsed = inputLineSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return `${issue.path.join('.') || 'line'}: ${issue.message}`;
}

function configuredAnalyzer(): Analyzer {
  const { ai } = loadConfig();
  return createAnalyzer(ai);
}

/** `analyze --input FILE.jsonl [--output OUT.jsonl]`: one `{id, newText, analysis}` line per input line. */
export async function runAnalyzeCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { input: { type: 'string' }, output: { type: 'string' } } });
  if (!values.input) {
    console.error(USAGE);
    return 2;
  }
  const analyzer = configuredAnalyzer();
  const output = values.output ? createWriteStream(values.output) : process.stdout;
  const lines = createInterface({ input: createReadStream(values.input), crlfDelay: Infinity });
  let failed = false;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    const row = parseLine(line);
    if (typeof row === 'string') {
      console.error(`${values.input} line ${lineNumber}: ${row}`);
      failed = true;
      continue;
    }
    const newText = extractNewText({ text: row.reply });
    try {
      const record = await analyzer.analyze({ newText, subject: row.subject, sent: row.sent });
      output.write(`${JSON.stringify({ id: row.id, newText, analysis: record.result })}\n`);
    } catch (err) {
      console.error(`${values.input} line ${lineNumber}: analysis failed: ${(err as Error).message}`);
      failed = true;
    }
  }
  if (output !== process.stdout) await new Promise<void>((resolve) => (output as ReturnType<typeof createWriteStream>).end(resolve));
  return failed ? 1 : 0;
}
