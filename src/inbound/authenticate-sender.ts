import { authenticate, type AuthenticateResult, type DNSResolver } from 'mailauth';

export type DnsResolver = DNSResolver;

/**
 * What is stored in `replies.auth`. `evaluatedBy` says whose verdict it is: ours (mailauth on the raw MIME), the
 * provider's (a parsed-form delivery carries only its verdict), or nobody's.
 */
export interface SenderAuth {
  evaluatedBy: 'replytrack' | 'provider' | 'unavailable';
  spf: string | null;
  dkim: string | null;
  dmarc: string | null;
  arc: string | null;
  /** DMARC failed: the From domain did not authorize this message. */
  spoofSuspected: boolean;
  detail?: string;
}

export interface SmtpConnection {
  ip?: string;
  helo?: string;
  sender?: string;
}

const TIMEOUT_MS = 15_000;

/**
 * SPF, DKIM, DMARC and ARC on the raw MIME. Without the SMTP connection (webhook providers), the client IP, HELO and
 * envelope sender come from the topmost Received header and Return-Path, which the provider's MX wrote.
 */
export async function authenticateSender(mime: Buffer, options: { connection?: SmtpConnection; resolver?: DnsResolver; mta: string }): Promise<SenderAuth> {
  const connection = options.connection ?? {};
  const run = authenticate(mime, {
    ...connection,
    trustReceived: !connection.ip,
    mta: options.mta,
    resolver: options.resolver,
    disableBimi: true,
  });
  try {
    return summarize(await withTimeout(run, TIMEOUT_MS));
  } catch (err) {
    const detail = `authentication failed: ${(err as Error).message}`.slice(0, 300);
    return { evaluatedBy: 'replytrack', spf: 'temperror', dkim: 'temperror', dmarc: 'temperror', arc: 'temperror', spoofSuspected: false, detail };
  }
}

function summarize(result: AuthenticateResult): SenderAuth {
  const signatures = result.dkim.results ?? [];
  const dkim = signatures.find((s) => s.status.result === 'pass')?.status.result ?? signatures[0]?.status.result ?? 'none';
  const dmarc = result.dmarc ? result.dmarc.status.result : 'none';
  return {
    evaluatedBy: 'replytrack',
    spf: result.spf ? result.spf.status.result : 'none',
    dkim,
    dmarc,
    arc: result.arc ? result.arc.status.result : 'none',
    spoofSuspected: dmarc === 'fail',
  };
}

/** A parsed-form delivery: only the provider's own verdict, when it sent one. */
export function providerVerdict(verdict: { spf?: string | null; dkim?: string | null }, detail: string): SenderAuth {
  if (!verdict.spf && !verdict.dkim) return unavailable(detail);
  return { evaluatedBy: 'provider', spf: verdict.spf ?? null, dkim: verdict.dkim ?? null, dmarc: null, arc: null, spoofSuspected: false, detail };
}

export function unavailable(detail: string): SenderAuth {
  return { evaluatedBy: 'unavailable', spf: null, dkim: null, dmarc: null, arc: null, spoofSuspected: false, detail };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
