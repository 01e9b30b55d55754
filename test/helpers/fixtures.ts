import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedFixtures = path.resolve(repoRoot, '../shared/fixtures');

export const readFixture = (relative: string) => readFileSync(path.join(sharedFixtures, relative));

/** A captured HTTP request fixture: request line + headers, CRLF, body. */
export function readHttpFixture(relative: string): { headers: Record<string, string>; body: Buffer } {
  const raw = readFixture(relative);
  const split = raw.indexOf('\r\n\r\n');
  const headerLines = raw.subarray(0, split).toString('latin1').split('\r\n').slice(1);
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { headers, body: raw.subarray(split + 4) };
}

export const TEST_KEYS = {
  sendgridPublicKey: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE/3vF9bmH7EIEgecPaDWgFEc+DIdjrcmrrLeB3ta3n8XS6RC6KtwX89vqPuX8zyrSPDl8ACx/yLSpu1ywl9DpmQ==',
  sendgridPrivateKey: `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgG3HH85Bz7It7Lel1
/GAA5NHoptxiesBO/vMZ9k622uyhRANCAAT/e8X1uYfsQgSB5w9oNaAURz4Mh2Ot
yaust4He1refxdLpELoq3Bfz2+o+5fzPKtI8OXwALH/ItKm7XLCX0OmZ
-----END PRIVATE KEY-----`,
  basicAuth: 'inbound:S3cr3t-test',
};
