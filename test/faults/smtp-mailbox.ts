import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

/**
 * The SMTP server the forwards go to, with the outages a real inbox provider has: the listener closed (connection
 * refused), 421 at the greeting, or 451 after DATA (the message is refused after it was sent, so the client retries).
 */
export type SmtpMode = 'up' | 'refuse' | 'greeting-421' | 'data-451';

export interface SmtpMailbox {
  port: number;
  /** Message-ID → how many times it was accepted. */
  received: Map<string, number>;
  refusedMessages: number;
  /** Sessions that ended in a connection reset (a client killed mid-session). */
  resets: number;
  setMode(mode: SmtpMode): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtpMailbox(): Promise<SmtpMailbox> {
  const received = new Map<string, number>();
  let mode: SmtpMode = 'up';
  let refusedMessages = 0;
  let resets = 0;
  let server = createServer();
  const port = await listen(server, 0);

  function createServer(): SMTPServer {
    const smtpServer = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onConnect(_session, callback) {
        callback(mode === 'greeting-421' ? smtpError(421, '4.3.2 Service not available, closing channel') : undefined);
      },
      onData(stream, _session, callback) {
        readAll(stream).then((raw) => {
          if (mode !== 'up') {
            refusedMessages++;
            return callback(smtpError(451, '4.3.0 Temporary failure, try again later'));
          }
          const messageId = /^message-id:\s*(<[^>]+>)/im.exec(raw.split(/\r?\n\r?\n/, 1)[0])?.[1] ?? '(none)';
          received.set(messageId, (received.get(messageId) ?? 0) + 1);
          callback();
        }, callback);
      },
    });
    // A worker SIGKILLed mid-session resets its connection; smtp-server reports that as a server 'error'.
    smtpServer.on('error', () => resets++);
    return smtpServer;
  }

  return {
    port,
    received,
    get refusedMessages() {
      return refusedMessages;
    },
    get resets() {
      return resets;
    },
    async setMode(next) {
      // The listener stops at once; smtp-server lets a message already in flight finish before it lets go.
      if (next === 'refuse' && mode !== 'refuse') void closeServer(server);
      if (next !== 'refuse' && mode === 'refuse') {
        server = createServer();
        await listen(server, port);
      }
      mode = next;
    },
    close: () => (mode === 'refuse' ? Promise.resolve() : closeServer(server)),
  };
}

function listen(server: SMTPServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: SMTPServer): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

function readAll(stream: SMTPServerDataStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}
