import { parseArgs } from 'node:util';
import { buildSendgridParsedForm } from '../inbound/sendgrid-form-builder.js';

/** `simulate-reply --to ADDRESS --from EMAIL --text TEXT [--url URL]`: posts a SendGrid-form reply to a running server. */
export async function runSimulateReplyCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      to: { type: 'string' },
      from: { type: 'string' },
      text: { type: 'string' },
      subject: { type: 'string', default: 'Re: your email' },
      html: { type: 'string' },
      url: { type: 'string', default: 'http://localhost:3000' },
      auth: { type: 'string' },
    },
  });
  if (!values.to || !values.from || !values.text) {
    console.error('usage: npm run cli -- simulate-reply --to reply+TOKEN@DOMAIN --from EMAIL --text TEXT [--subject S] [--url URL] [--auth user:pass]');
    return 2;
  }
  const form = buildSendgridParsedForm({ to: values.to, from: values.from, subject: values.subject!, text: values.text, html: values.html });
  const headers: Record<string, string> = { 'content-type': form.contentType };
  if (values.auth) headers.authorization = `Basic ${Buffer.from(values.auth).toString('base64')}`;
  const url = `${values.url!.replace(/\/$/, '')}/webhooks/inbound/sendgrid`;
  try {
    const response = await fetch(url, { method: 'POST', headers, body: new Uint8Array(form.body) });
    const body = await response.text();
    console.log(`${response.status} ${body}`);
    return response.ok ? 0 : 1;
  } catch (err) {
    console.error(`Could not reach ${url}: ${(err as Error).message}`);
    return 1;
  }
}
