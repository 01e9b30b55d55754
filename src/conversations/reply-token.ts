import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const TOKEN_PATTERN = /^[a-z2-7]{16}$/;

/** 16 characters of lower-case base32 = 80 bits from the CSPRNG (10 bytes, 5 bits a character). */
export function generateReplyToken(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let token = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      token += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return token;
}

export const replyAddress = (token: string, domain: string) => `reply+${token}@${domain}`;

export type TokenCandidate =
  | { kind: 'token'; token: string }
  | { kind: 'malformed'; value: string }
  | { kind: 'other_domain'; domain: string };

/**
 * Every `reply+…@…` in the given addresses (envelope, To, Cc), case-insensitive, whatever display names
 * surround them. Only a well-formed token at our inbound domain is a token.
 */
export function findTokenCandidates(addresses: string[], inboundDomain: string): TokenCandidate[] {
  const candidates: TokenCandidate[] = [];
  for (const address of addresses) {
    for (const match of address.matchAll(/reply\+([^@\s<>"]{1,200})@([a-z0-9.-]{1,253})/gi)) {
      const token = match[1].toLowerCase();
      const domain = match[2].toLowerCase().replace(/\.$/, '');
      if (domain !== inboundDomain) candidates.push({ kind: 'other_domain', domain });
      else if (TOKEN_PATTERN.test(token)) candidates.push({ kind: 'token', token });
      else candidates.push({ kind: 'malformed', value: token });
    }
  }
  return candidates;
}
