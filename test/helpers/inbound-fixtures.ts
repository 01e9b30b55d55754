import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const inboundFixtureDir = path.resolve(repoRoot, '../shared/fixtures/inbound');

export const readInboundFixture = (name: string) => readFileSync(path.join(inboundFixtureDir, name));

export interface HttpFixture {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** A captured request (request line, headers, CRLF, body of exactly Content-Length bytes). */
export function readHttpFixture(name: string): HttpFixture {
  const raw = readInboundFixture(name);
  const headEnd = raw.indexOf('\r\n\r\n');
  const [requestLine, ...headerLines] = raw.subarray(0, headEnd).toString('utf8').split('\r\n');
  const headers = Object.fromEntries(headerLines.map((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
  }));
  const body = raw.subarray(headEnd + 4, headEnd + 4 + Number(headers['content-length']));
  const [method, requestPath] = requestLine.split(' ');
  return { method, path: requestPath, headers, body };
}
