import { readFileSync } from 'node:fs';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { AppContext } from '../context.js';
import { scanHeader } from '../mail/parse-mime.js';
import { acceptDelivery } from './accept-delivery.js';
import { contentHash } from './content-hash.js';
import { encodeSmtpContentType } from './smtp-envelope.js';

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

/**
 * Our own MX for `reply+…@INBOUND_DOMAIN`: every other recipient is refused at RCPT time (never an open relay), no
 * AUTH, SIZE = INBOUND_MAX_BYTES, STARTTLS when a key and certificate are configured. A message is answered 250 only
 * once stored (parsing happens in the inbound.process job), 451 when storing failed so the sender retries.
 */
export async function startSmtpListener(ctx: AppContext, port: number, host = ctx.config.host): Promise<SmtpListener> {
  const tls = ctx.config.inbound.smtpTls;
  const server = new SMTPServer({
    name: ctx.config.inboundDomain,
    banner: 'Replytrack inbound',
    size: ctx.config.inbound.maxBytes,
    rejectOversized: true,
    authOptional: true,
    disabledCommands: tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    ...(tls ? { key: pemOrFile(tls.key), cert: pemOrFile(tls.cert) } : {}),
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(isReplyAddress(address.address, ctx.config.inboundDomain) ? undefined : smtpError(550, `5.1.1 <${address.address}>: no such recipient here`));
    },
    onData(stream, session, callback) {
      readMessage(stream)
        .then((raw) => (stream.sizeExceeded ? undefined : storeMessage(ctx, raw, session)))
        .then(() => callback(), (err: Error) => {
          ctx.logger.error({ err }, 'smtp: storing a message failed');
          callback(smtpError(451, '4.3.0 Temporary failure storing the message, try again later'));
        });
    },
  });
  server.on('error', (err) => ctx.logger.warn({ err }, 'smtp listener error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The local part must be `reply+<something>`; the token itself is checked when the message is routed. */
export function isReplyAddress(address: string, inboundDomain: string): boolean {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).toLowerCase();
  const domain = address.slice(at + 1).toLowerCase().replace(/\.$/, '');
  return at > 0 && /^reply\+[^\s@]+$/.test(local) && domain === inboundDomain;
}

async function storeMessage(ctx: AppContext, raw: Buffer, session: SMTPServerSession): Promise<void> {
  const envelope = {
    mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
    rcptTo: session.envelope.rcptTo.map((r) => r.address),
    remoteAddress: session.remoteAddress ?? null,
    helo: session.hostNameAppearsAs ?? null,
  };
  await acceptDelivery(ctx, {
    provider: 'smtp',
    contentType: encodeSmtpContentType(envelope),
    raw,
    messageId: scanHeader(raw, 'message-id'),
    contentHash: contentHash(raw),
  });
}

/** Collects the DATA stream; past the size limit the rest is drained, not kept (smtp-server answers 552). */
function readMessage(stream: SMTPServerDataStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => {
      if (!stream.sizeExceeded) chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/** SMTP_INBOUND_TLS_KEY/_CERT take the PEM text itself or a path to a PEM file. */
const pemOrFile = (value: string) => (value.includes('-----BEGIN') ? value : readFileSync(value, 'utf8'));

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}
