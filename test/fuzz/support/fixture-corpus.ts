import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readHttpFixture, type HttpFixture } from '../../helpers/inbound-fixtures.js';
import { sharedFixtures } from '../../helpers/fixtures.js';

const emailsDir = path.join(sharedFixtures, 'emails');
const inboundDir = path.join(sharedFixtures, 'inbound');

/** Fixtures above this size are mutated rarely (see `largeEmailFixtures`): one mailparser pass on them takes ~100 ms. */
const MUTATION_SIZE_CAP = 128 * 1024;

interface ManifestRow {
  file: string;
  kind: string;
}

function manifest(): ManifestRow[] {
  const [, ...rows] = readFileSync(path.join(emailsDir, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  return rows.map((row) => row.split('\t')).map((cells) => ({ file: cells[2]!, kind: cells[4]! }));
}

function read(rows: ManifestRow[], kinds: string[], sizeLimit = MUTATION_SIZE_CAP): Buffer[] {
  return rows
    .filter((row) => kinds.includes(row.kind))
    .map((row) => path.join(emailsDir, row.file))
    .filter((file) => statSync(file).size <= sizeLimit)
    .map((file) => readFileSync(file));
}

const rows = manifest();

/** Full MIME messages: the real-world .eml corpus and the inbound samples. */
export const mimeFixtures: Buffer[] = [
  ...read(rows, ['eml']),
  ...['customer-reply.eml', 'auto-reply-ooo.eml', 'bounce-dsn.eml'].map((name) => readFileSync(path.join(inboundDir, name))),
];

/** The .eml files too large to mutate often (mailparser's own worst cases: deep HTML, huge text). */
export const largeEmailFixtures: { name: string; data: Buffer }[] = rows
  .filter((row) => statSync(path.join(emailsDir, row.file)).size > MUTATION_SIZE_CAP)
  .map((row) => ({ name: row.file, data: readFileSync(path.join(emailsDir, row.file)) }));

/** Plain reply bodies (quotes, signatures, client banners) and HTML reply bodies. */
export const plainReplyFixtures: string[] = read(rows, ['plain', 'signature']).map((b) => b.toString('utf8'));
export const htmlReplyFixtures: string[] = read(rows, ['html']).map((b) => b.toString('utf8'));

/** Captured webhook requests, with their headers (content type and boundary) and exact bodies. */
export const httpFixtures: Record<'sendgridParsed' | 'sendgridRaw' | 'postmark' | 'mailgunParsed' | 'mailgunMime', HttpFixture> = {
  sendgridParsed: readHttpFixture('sendgrid-parsed.multipart.txt'),
  sendgridRaw: readHttpFixture('sendgrid-raw.multipart.txt'),
  postmark: readHttpFixture('postmark.http.txt'),
  mailgunParsed: readHttpFixture('mailgun-parsed.multipart.txt'),
  mailgunMime: readHttpFixture('mailgun-mime.multipart.txt'),
};

/** SendGrid's own SDK test bodies, stored with LF; on the wire they are CRLF with boundary xYzZY. */
export const sendgridSdkBodies: Buffer[] = readdirSync(path.join(inboundDir, 'real'))
  .filter((name) => name.startsWith('sendgrid-go-'))
  .map((name) => Buffer.from(readFileSync(path.join(inboundDir, 'real', name), 'utf8').replace(/\r?\n/g, '\r\n'), 'utf8'));

export const postmarkJson: Buffer = readFileSync(path.join(inboundDir, 'postmark.json'));
