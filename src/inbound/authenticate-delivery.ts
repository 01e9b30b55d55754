import type { AppContext } from '../context.js';
import type { inboundMessages } from '../db/schema.js';
import { authenticateSender, providerVerdict, unavailable, type SenderAuth, type SmtpConnection } from './authenticate-sender.js';
import { readMailgunForm } from './mailgun-adapter.js';
import { parseMultipartForm } from './multipart-form.js';
import type { NormalizedMail } from './normalized-mail.js';
import { readPostmarkJson } from './postmark-adapter.js';
import { decodeSmtpContentType } from './smtp-envelope.js';

type InboundRow = typeof inboundMessages.$inferSelect;

/** The raw MIME to authenticate (and the SMTP connection when we took it ourselves), or the provider's verdict. */
type AuthInput = { mime: Buffer; connection?: SmtpConnection } | { mime: null; auth: SenderAuth };

const NO_MIME = 'parsed-form delivery: no raw MIME to evaluate';
const firstWord = (value: string | undefined) => value?.trim().split(/[\s;(]/)[0].toLowerCase() || null;
const header = (mail: NormalizedMail, name: string) => mail.headers.get(name)?.[0];

const authInputs: Record<string, (row: InboundRow & { raw: Buffer }, mail: NormalizedMail) => Promise<AuthInput>> = {
  smtp: async (row) => {
    const envelope = decodeSmtpContentType(row.contentType);
    const connection = { ip: envelope.remoteAddress ?? undefined, helo: envelope.helo ?? undefined, sender: envelope.mailFrom ?? '' };
    return { mime: row.raw, connection };
  },
  sendgrid: async (row) => {
    const form = await parseMultipartForm(row.raw, row.contentType);
    const email = form.field('email');
    return email ? { mime: email } : { mime: null, auth: providerVerdict({ spf: firstWord(form.text('SPF')), dkim: form.text('dkim')?.trim() }, NO_MIME) };
  },
  postmark: async (row, mail) => {
    const json = readPostmarkJson(row.raw);
    if (json.RawEmail) return { mime: Buffer.from(json.RawEmail, 'utf8') };
    return { mime: null, auth: providerVerdict({ spf: firstWord(header(mail, 'received-spf')) }, NO_MIME) };
  },
  mailgun: async (row, mail) => {
    const mime = (await readMailgunForm(row.raw, row.contentType)).field('body-mime');
    if (mime) return { mime };
    return { mime: null, auth: providerVerdict({ spf: firstWord(header(mail, 'x-mailgun-spf')), dkim: firstWord(header(mail, 'x-mailgun-dkim-check-result')) }, NO_MIME) };
  },
};

/** Sender authentication for a stored delivery; DNS is `ctx.dnsResolver` when set (tests), else the system's. */
export async function authenticateDelivery(ctx: AppContext, row: InboundRow, mail: NormalizedMail): Promise<SenderAuth> {
  const inputOf = authInputs[row.provider];
  if (!inputOf || !row.raw) return unavailable('no raw delivery to evaluate');
  const input = await inputOf({ ...row, raw: row.raw }, mail);
  if (!input.mime) return input.auth;
  return authenticateSender(input.mime, { connection: input.connection, resolver: ctx.dnsResolver, mta: ctx.config.inboundDomain });
}
