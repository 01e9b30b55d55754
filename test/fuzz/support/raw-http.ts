import { connect } from 'node:net';

export interface RawRequest {
  method: string;
  path: string;
  /** Header lines as sent, without Host, Connection and Content-Length (those are set here). */
  headerLines: string[];
  body: Buffer;
}

/**
 * Sends bytes a fetch client would refuse to send (any header, any value) and returns the status code, or null when
 * the server closed the connection without answering.
 */
export function sendRawRequest(port: number, request: RawRequest, timeoutMs: number): Promise<number | null> {
  const head = [`${request.method} ${request.path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...request.headerLines, `Content-Length: ${request.body.length}`].join('\r\n');
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms to ${request.method} ${request.path}`));
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const status = /^HTTP\/1\.1 (\d{3})/.exec(Buffer.concat(chunks).subarray(0, 32).toString('latin1'))?.[1];
      resolve(status ? Number(status) : null);
    });
    socket.end(Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), request.body]));
  });
}
