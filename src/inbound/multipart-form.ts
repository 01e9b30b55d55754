import { Busboy } from '@fastify/busboy';

export interface FormPart {
  name: string;
  filename: string | null;
  contentType: string | null;
  data: Buffer;
}

/** A multipart/form-data body, every part kept as raw bytes (fields may be in any charset; the form says which). */
export interface MultipartForm {
  parts: FormPart[];
  field(name: string): Buffer | undefined;
  text(name: string): string | undefined;
}

export function parseMultipartForm(body: Buffer, contentType: string): Promise<MultipartForm> {
  return new Promise((resolve, reject) => {
    const parts: FormPart[] = [];
    let busboy;
    try {
      busboy = Busboy({
        headers: { 'content-type': contentType },
        isPartAFile: () => true,
        limits: { parts: 1000, headerPairs: 100 },
      });
    } catch (err) {
      reject(err);
      return;
    }
    const watchdog = stallWatchdog(() => reject(new Error('malformed multipart body: the parser stalled')));
    const settle = <T>(done: (value: T) => void) => (value: T) => {
      watchdog.stop();
      done(value);
    };
    busboy.on('file', (name: string, stream: NodeJS.ReadableStream, filename: string | undefined, _enc: string, mime: string) => {
      const chunks: Buffer[] = [];
      // A body cut off inside a part errors the part's stream too; unheard, that error would crash the process.
      stream.on('error', settle(reject));
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => parts.push({ name, filename: filename || null, contentType: mime || null, data: Buffer.concat(chunks) }));
    });
    busboy.on('error', settle(reject));
    busboy.on('partsLimit', () => settle(reject)(new Error('too many form parts')));
    busboy.on('finish', () => settle(resolve)(toForm(parts)));
    writeInChunks(busboy, body, watchdog.progress);
  });
}

/**
 * busboy 3.2 can stall on a malformed body (found by fuzzing: CR CR LF line ends): it stops asking for data and
 * never finishes, and the webhook request would hang with it. The body is already in memory, so a parse that makes
 * no progress for this long never will.
 */
const STALL_MS = 2_000;

function stallWatchdog(onStall: () => void) {
  const timer = setTimeout(onStall, STALL_MS);
  return {
    progress: () => timer.refresh(),
    stop: () => clearTimeout(timer),
  };
}

const CHUNK_BYTES = 16 * 1024;

/**
 * Feeds the body in chunks, waiting for 'drain'. Handed one large chunk, busboy 3.2 never finishes when it skips
 * a part over ~16 KB (a part without a form-data disposition): the promise, and the webhook request, hang forever.
 */
function writeInChunks(busboy: NodeJS.WritableStream, body: Buffer, onProgress: () => void): void {
  let offset = 0;
  const next = () => {
    onProgress();
    while (offset < body.length) {
      const chunk = body.subarray(offset, offset + CHUNK_BYTES);
      offset += chunk.length;
      if (!busboy.write(chunk)) {
        busboy.once('drain', next);
        return;
      }
    }
    busboy.end();
  };
  next();
}

function toForm(parts: FormPart[]): MultipartForm {
  const field = (name: string) => parts.find((p) => p.name === name && p.filename === null)?.data
    ?? parts.find((p) => p.name === name)?.data;
  return { parts, field, text: (name) => field(name)?.toString('utf8') };
}

/** Fields of an application/x-www-form-urlencoded body in the same shape (Mailgun may send either). */
export function parseUrlEncodedForm(body: Buffer): MultipartForm {
  const params = new URLSearchParams(body.toString('utf8'));
  const parts = [...params].map(([name, value]) => ({ name, filename: null, contentType: null, data: Buffer.from(value, 'utf8') }));
  return toForm(parts);
}
