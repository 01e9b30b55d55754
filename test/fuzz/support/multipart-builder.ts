export interface GeneratedPart {
  name: string;
  value: Buffer;
  filename?: string;
  contentType?: string;
}

/** A multipart/form-data body as a provider would post it (CRLF, quoted names). */
export function buildMultipart(parts: GeneratedPart[], boundary: string): { body: Buffer; contentType: string } {
  const chunks = parts.flatMap((part) => {
    const disposition = `form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.contentType ? `Content-Type: ${part.contentType}\r\n` : ''}\r\n`;
    return [Buffer.from(head, 'utf8'), part.value, Buffer.from('\r\n')];
  });
  return { body: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}
