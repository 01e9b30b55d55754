import { generateKeyPairSync } from 'node:crypto';
import { dkimSign } from 'mailauth';
import type { DnsResolver } from '../../src/inbound/authenticate-sender.js';

/** A DNS that answers TXT lookups from a map and nothing else (no test ever reaches real DNS). */
export function mapResolver(txt: Record<string, string>): DnsResolver {
  return async (name, rrtype) => {
    const record = txt[name.toLowerCase()];
    if (rrtype === 'TXT' && record !== undefined) return [[record]];
    throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: rrtype === 'TXT' ? 'ENOTFOUND' : 'ENODATA' });
  };
}

export interface SigningDomain {
  domain: string;
  selector: string;
  privateKey: string;
  /** TXT records to publish for the domain: its DKIM key, SPF (only `ip` may send) and DMARC p=reject. */
  dns(ip: string): Record<string, string>;
}

export function makeSigningDomain(domain: string, selector = 's1'): SigningDomain {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const publicDer = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  return {
    domain,
    selector,
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    dns: (ip) => ({
      [`${selector}._domainkey.${domain}`]: `v=DKIM1; k=rsa; p=${publicDer}`,
      [domain]: `v=spf1 ip4:${ip} -all`,
      [`_dmarc.${domain}`]: 'v=DMARC1; p=reject',
    }),
  };
}

/** The message with a DKIM-Signature header of the domain prepended. */
export async function dkimSigned(message: string, signer: SigningDomain): Promise<string> {
  const result = await dkimSign(message, {
    canonicalization: 'relaxed/relaxed',
    signatureData: [{ signingDomain: signer.domain, selector: signer.selector, privateKey: signer.privateKey }],
  } as Parameters<typeof dkimSign>[1]);
  if (result.errors.length || !result.signatures.trim()) throw result.errors[0] ?? new Error('nothing signed');
  return result.signatures + message;
}

/** A plain reply; `clientIp` adds what a provider's MX writes on top: Return-Path and a Received naming that IP. */
export function replyMessage(options: { from: string; to: string; inReplyTo?: string; references?: string; messageId?: string; body?: string; clientIp?: string; subject?: string }): string {
  const lines = [
    ...(options.clientIp ? [`Return-Path: <${options.from}>`, `Received: from mail.sender.example (mail.sender.example [${options.clientIp}]) by mx.provider.example with ESMTPS id 1A2B3C; Tue, 14 Jan 2025 09:12:44 +0100`] : []),
    `From: Customer <${options.from}>`,
    `To: ${options.to}`,
    `Subject: ${options.subject ?? 'Re: Our offer'}`,
    'Date: Tue, 14 Jan 2025 09:12:44 +0100',
    `Message-ID: ${options.messageId ?? `<${Math.random().toString(36).slice(2)}@sender.example>`}`,
    ...(options.inReplyTo ? [`In-Reply-To: ${options.inReplyTo}`] : []),
    ...(options.references ?? options.inReplyTo ? [`References: ${options.references ?? options.inReplyTo}`] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
  ];
  return `${lines.join('\r\n')}\r\n\r\n${options.body ?? 'Yes, that works for us. Let us talk on Monday.'}\r\n`;
}
