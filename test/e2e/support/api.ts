import type { Customer, Page, ReplyItem, SentEmail, TimelineItem } from '../../../web/src/api/types.js';

/** A tiny cookie-keeping client for setting up test data through the real HTTP API. */
export class TestApi {
  private cookie = '';

  constructor(readonly baseUrl: string) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers: { cookie: this.cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const session = response.headers.getSetCookie().find((line) => line.startsWith('rt_session='));
    if (session) this.cookie = session.split(';')[0]!;
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  signUp(email: string, password: string, accountName = 'Acme Outreach') {
    return this.call<{ accountId: string }>('POST', '/signup', { accountName, email, password });
  }

  createCustomer(input: { email: string; name?: string; company?: string }) {
    return this.call<Customer>('POST', '/customers', input);
  }

  sendEmail(customerId: string, subject: string, text: string) {
    return this.call<SentEmail>('POST', `/customers/${customerId}/emails`, { subject, text });
  }

  timeline(customerId: string) {
    return this.call<Page<TimelineItem>>('GET', `/customers/${customerId}/timeline`);
  }

  /** Polls the timeline until a reply's analysis is there. */
  async waitForAnalyzedReply(customerId: string, timeoutMs = 20_000): Promise<ReplyItem> {
    return waitFor(async () => {
      const { items } = await this.timeline(customerId);
      return items.find((item): item is ReplyItem => item.type === 'reply' && item.analysis !== null);
    }, timeoutMs);
  }
}

let messageCounter = 0;

/** Posts a reply the way SendGrid Inbound Parse does: a parsed multipart form to the webhook. */
export async function postSendgridReply(
  baseUrl: string,
  mail: { to: string; from: string; subject: string; text: string; html?: string; inReplyTo?: string; spf?: string; dkim?: string },
): Promise<void> {
  const messageId = `<e2e-${Date.now()}-${++messageCounter}@customer.example>`;
  const form = new FormData();
  const threading = mail.inReplyTo ? [`In-Reply-To: ${mail.inReplyTo}`, `References: ${mail.inReplyTo}`] : [];
  form.set('headers', [`Message-ID: ${messageId}`, `From: ${mail.from}`, `To: ${mail.to}`, `Subject: ${mail.subject}`, ...threading].join('\n'));
  if (mail.spf) form.set('SPF', mail.spf);
  if (mail.dkim) form.set('dkim', mail.dkim);
  form.set('from', mail.from);
  form.set('to', mail.to);
  form.set('subject', mail.subject);
  form.set('text', mail.text);
  if (mail.html) form.set('html', mail.html);
  form.set('envelope', JSON.stringify({ to: [mail.to], from: mail.from.replace(/.*<|>.*/g, '') }));
  form.set('charsets', JSON.stringify({ to: 'UTF-8', from: 'UTF-8', subject: 'UTF-8', text: 'UTF-8', html: 'UTF-8' }));
  const response = await fetch(`${baseUrl}/webhooks/inbound/sendgrid`, { method: 'POST', body: form });
  if (!response.ok) throw new Error(`webhook → ${response.status} ${await response.text()}`);
}

export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`condition not met in ${timeoutMs} ms${lastError ? `: ${String(lastError)}` : ''}`);
}
