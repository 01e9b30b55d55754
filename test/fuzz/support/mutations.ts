import fc from 'fast-check';
import { structuralTokens } from './mutation-tokens.js';

/** One edit of a byte string; positions are taken modulo its length, so any number fits any input. */
type Mutation = (input: Buffer) => Buffer;

const position = fc.nat({ max: 1 << 24 });
const at = (input: Buffer, n: number) => (input.length === 0 ? 0 : n % (input.length + 1));
const splice = (input: Buffer, start: number, removed: number, inserted: Buffer) =>
  Buffer.concat([input.subarray(0, start), inserted, input.subarray(start + removed)]);

const byteFlip = fc.tuple(position, fc.integer({ min: 0, max: 255 })).map(([p, byte]): Mutation => (input) => {
  if (input.length === 0) return Buffer.from([byte]);
  const copy = Buffer.from(input);
  copy[p % copy.length] = byte;
  return copy;
});

const truncation = position.map((p): Mutation => (input) => input.subarray(0, at(input, p)));

const deletion = fc.tuple(position, fc.nat({ max: 4096 })).map(([p, length]): Mutation => (input) => splice(input, at(input, p), length, Buffer.alloc(0)));

const duplication = fc.tuple(position, fc.nat({ max: 8192 }), position, fc.integer({ min: 1, max: 8 })).map(([from, length, to, times]): Mutation => (input) => {
  const start = at(input, from);
  const chunk = input.subarray(start, start + length);
  return splice(input, at(input, to), 0, Buffer.concat(Array.from({ length: times }, () => chunk)));
});

const tokenInsertion = fc.tuple(position, fc.constantFrom(...structuralTokens), fc.integer({ min: 1, max: 3 })).map(([p, token, times]): Mutation => (input) =>
  splice(input, at(input, p), 0, Buffer.from(token.repeat(times), 'utf8')));

const headerName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,30}$/);
const headerValue = fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(...structuralTokens));

/** A header line (possibly folded, possibly with stray CR/LF) inserted at the start of a line. */
const headerInjection = fc.tuple(position, headerName, headerValue, fc.boolean()).map(([p, name, value, folded]): Mutation => (input) => {
  const lineStart = input.lastIndexOf(0x0a, at(input, p) - 1) + 1;
  const line = `${name}: ${value}${folded ? '\r\n\t continued' : ''}\r\n`;
  return splice(input, lineStart, 0, Buffer.from(line, 'utf8'));
});

const hugeLine = fc.tuple(position, fc.constantFrom('A', '>', '> ', '=', ' ', '-', '<br>', '=?utf-8?Q?a?= ', '\t'), fc.integer({ min: 1_000, max: 200_000 }))
  .map(([p, unit, length]): Mutation => (input) => splice(input, at(input, p), 0, Buffer.from(unit.repeat(Math.ceil(length / unit.length)), 'utf8')));

/**
 * Deep nesting: quote levels, HTML elements or JSON arrays opened thousands of times. Capped at 5,000 levels: HTML
 * parsing is quadratic in depth (htmlparser2), so deeper inputs only slow the run (the report has the numbers).
 */
const deepNesting = fc.tuple(position, fc.constantFrom(['>', ''], ['<div>', '</div>'], ['<blockquote>', '</blockquote>'], ['[', ']'], ['{"a":', '}']), fc.integer({ min: 100, max: 5_000 }))
  .map(([p, [open, close], depth]): Mutation => (input) => splice(input, at(input, p), 0, Buffer.from(open.repeat(depth) + close.repeat(depth), 'utf8')));

const lineEndings = fc.constantFrom<Mutation>(
  (input) => Buffer.from(input.toString('latin1').replace(/\r\n/g, '\n'), 'latin1'),
  (input) => Buffer.from(input.toString('latin1').replace(/\r?\n/g, '\r'), 'latin1'),
  (input) => Buffer.from(input.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'),
);

const charsetSwap = fc.constantFrom('x-bogus', 'utf-16', 'utf-7', 'iso-2022-jp', '', '"', 'utf-8\0', 'windows-1252;x=1', 'gb18030')
  .map((charset): Mutation => (input) => Buffer.from(input.toString('latin1').replace(/charset="?[^";\r\n]*"?/gi, `charset=${charset}`), 'latin1'));

const boundarySwap = fc.constantFrom('', '"', '""', '--', 'xYzZY', ' x', 'a'.repeat(200), '\u00e9')
  .map((boundary): Mutation => (input) => Buffer.from(input.toString('latin1').replace(/boundary="?[^";\r\n]*"?/gi, `boundary=${boundary}`), 'latin1'));

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: byteFlip },
  { weight: 2, arbitrary: truncation },
  { weight: 2, arbitrary: deletion },
  { weight: 2, arbitrary: duplication },
  { weight: 4, arbitrary: tokenInsertion },
  { weight: 3, arbitrary: headerInjection },
  { weight: 1, arbitrary: hugeLine },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: lineEndings },
  { weight: 1, arbitrary: charsetSwap },
  { weight: 1, arbitrary: boundarySwap },
);

/** A seed from the corpus with one to five mutations applied in turn. */
export function mutatedBytes(seeds: Buffer[]): fc.Arbitrary<Buffer> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 5 }))
    .map(([seed, edits]) => edits.reduce((bytes, edit) => edit(bytes), seed));
}

export const mutatedText = (seeds: string[]) => mutatedBytes(seeds.map((s) => Buffer.from(s, 'utf8'))).map((b) => b.toString('utf8'));
