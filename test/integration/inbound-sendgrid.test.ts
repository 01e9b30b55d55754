import { sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, eventually, postSendgrid, postSimulatedReply } from '../helpers/api-client.js';
import { readFixture, readHttpFixture, TEST_KEYS } from '../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const BASIC = `Basic ${Buffer.from(TEST_KEYS.basicAuth).toString('base64')}`;

async function openConversation(api: ApiClient, email = `c${Math.random().toString(36).slice(2)}@customer.example`) {
  const customer = (await api.call('POST', '/api/v1/customers', { email, name: 'Renée Dubois' })).body;
  const sent = (await api.call('POST', `/api/v1/customers/${customer.id}/emails`, { subject: 'Votre demande', text: 'Bonjour' })).body;
  return { customer, replyTo: sent.replyTo as string };
}

const timelineReplies = async (api: ApiClient, customerId: string) =>
  (await api.call('GET', `/api/v1/customers/${customerId}/timeline`)).body.items.filter((i: any) => i.type === 'reply');

describe('SendGrid Inbound Parse', () => {
  let t: TestApp;
  let api: ApiClient;
  beforeAll(async () => {
    t = await startTestApp({ INBOUND_BASIC_AUTH: TEST_KEYS.basicAuth, SENDGRID_INBOUND_PUBLIC_KEY: TEST_KEYS.sendgridPublicKey, INBOUND_MAX_BYTES: '2000000' });
    api = await ApiClient.signUp(t.url);
  });
  afterAll(async () => t?.stop());

  const signed = (body: Buffer, at = t.runtime.ctx.now()) => {
    const timestamp = String(Math.floor(at.getTime() / 1000));
    const signature = sign('sha256', Buffer.concat([Buffer.from(timestamp), body]), { key: TEST_KEYS.sendgridPrivateKey, dsaEncoding: 'der' }).toString('base64');
    return { authorization: BASIC, 'x-twilio-email-event-webhook-signature': signature, 'x-twilio-email-event-webhook-timestamp': timestamp };
  };

  it('accepts the parsed-form fixture with its real signature, decoding each field in its charset', async () => {
    const { customer, replyTo } = await openConversation(api, 'renee@customer.example');
    const fixture = readHttpFixture('inbound/sendgrid-parsed.multipart.txt');
    // The fixture's own signature is valid at its timestamp: verified with the clock set to that moment.
    t.clock.now = new Date(Number(fixture.headers['x-twilio-email-event-webhook-timestamp']) * 1000 + 5000);
    try {
      const res = await postSendgrid(t.url, fixture.body, fixture.headers['content-type'], {
        authorization: BASIC,
        'x-twilio-email-event-webhook-signature': fixture.headers['x-twilio-email-event-webhook-signature'],
        'x-twilio-email-event-webhook-timestamp': fixture.headers['x-twilio-email-event-webhook-timestamp'],
      });
      expect(res.status).toBe(200);
    } finally {
      t.clock.now = null;
    }
    // Its recipient is another product's address: kept as unrouted. The same body, addressed to our token, routes.
    const ours = Buffer.from(fixture.body.toString('latin1').replaceAll('reply+6bdc3f4d-0bec-4515-a284-5d916fdde489@parse.example-app.com', replyTo), 'latin1');
    expect((await postSendgrid(t.url, ours, fixture.headers['content-type'], signed(ours))).status).toBe(200);
    const [reply] = await eventually(async () => {
      const r = await timelineReplies(api, customer.id);
      return r.length ? r : null;
    });
    expect(reply.text).toContain("Merci, c'est réglé !");
    expect(reply.newText).toBe("Merci, c'est réglé !");
    expect(reply.subject).toBe('Re: Votre demande #1042 – café');
    expect(reply.from).toBe('renee@customer.example');
    expect(reply.fromName).toBe('Renée Dubois');
    expect(reply.attachments).toEqual([
      { filename: 'logo.svg', contentType: 'image/svg+xml', size: expect.any(Number) },
      { filename: 'order-1042.txt', contentType: 'text/plain', size: expect.any(Number) },
    ]);
    expect(reply.html).toContain('Merci');
    expect(reply.html).not.toMatch(/<img|cid:/);
  });

  it('accepts the raw (full MIME) form', async () => {
    const fixture = readHttpFixture('inbound/sendgrid-raw.multipart.txt');
    const { customer, replyTo } = await openConversation(api);
    const text = fixture.body.toString('latin1');
    const rewritten = Buffer.from(text.replace(/reply\+[^@\s>"]+@[a-z0-9.-]+/gi, replyTo), 'latin1');
    const res = await postSendgrid(t.url, rewritten, fixture.headers['content-type'], signed(rewritten));
    expect(res.status).toBe(200);
    const [reply] = await eventually(async () => {
      const r = await timelineReplies(api, customer.id);
      return r.length ? r : null;
    });
    expect(reply.source).toBe('sendgrid');
    expect(reply.text.length).toBeGreaterThan(0);
  });

  it('refuses bad credentials, bad or stale signatures with 401, and oversize bodies with 413', async () => {
    const { replyTo } = await openConversation(api);
    const { buildSendgridParsedForm } = await import('../../src/inbound/sendgrid-form-builder.js');
    const form = buildSendgridParsedForm({ to: replyTo, from: 'x@y.example', subject: 'Re', text: 'Hola' });
    const good = signed(form.body);
    expect((await postSendgrid(t.url, form.body, form.contentType, { ...good, authorization: 'Basic ' + Buffer.from('inbound:wrong').toString('base64') })).status).toBe(401);
    expect((await postSendgrid(t.url, form.body, form.contentType, { authorization: BASIC })).status).toBe(401);
    const tampered = Buffer.from(form.body.toString('utf8').replace('Hola', 'Hole'));
    expect((await postSendgrid(t.url, tampered, form.contentType, good)).status).toBe(401);
    const stale = signed(form.body, new Date(Date.now() - 3600_000));
    expect((await postSendgrid(t.url, form.body, form.contentType, stale)).status).toBe(401);
    const huge = Buffer.alloc(2_100_000, 'a');
    expect((await postSendgrid(t.url, huge, form.contentType, { authorization: BASIC })).status).toBe(413);
    expect((await postSendgrid(t.url, form.body, form.contentType, good)).status).toBe(200);
  });

  it('stores an authentic but unparseable request as failed and answers 200', async () => {
    const body = Buffer.from('this is not multipart at all');
    const res = await postSendgrid(t.url, body, 'multipart/form-data; boundary=nope', signed(body));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).status).toBe('failed');
  });
});

describe('routing and marking inbound replies', () => {
  let t: TestApp;
  let api: ApiClient;
  beforeAll(async () => {
    t = await startTestApp();
    api = await ApiClient.signUp(t.url);
  });
  afterAll(async () => t?.stop());

  const unrouted = async () => (await api.call('GET', '/api/v1/inbound?status=unrouted')).body.items;

  it('keeps expired tokens as unrouted with the reason, attributed to the account, never threaded or forwarded', async () => {
    const { customer, replyTo } = await openConversation(api);
    t.clock.now = new Date(Date.now() + 91 * 86_400_000);
    try {
      expect((await postSimulatedReply(t.url, { to: replyTo, from: customer.email, subject: 'Re', text: 'late reply' })).status).toBe(200);
      const items = await eventually(async () => {
        const list = await unrouted();
        return list.length ? list : null;
      });
      expect(items[0]).toMatchObject({ reason: 'expired_token', status: 'unrouted', from: customer.email });
    } finally {
      t.clock.now = null;
    }
    expect(await timelineReplies(api, customer.id)).toEqual([]);
    expect((await api.call('GET', '/api/v1/outbox')).body.items.filter((m: any) => m.kind === 'forward')).toEqual([]);
  });

  it('reports unknown, malformed, other-domain and missing tokens as unrouted', async () => {
    const cases = [
      ['reply+abcdefghijklmnop@reply.test', 'unknown_token'],
      ['reply+not-a-token@reply.test', 'malformed_token'],
      ['reply+abcdefghijklmnop@elsewhere.example', 'other_domain'],
      ['someone@reply.test', 'no_token'],
    ];
    for (const [to, reason] of cases) {
      const res = await postSimulatedReply(t.url, { to, from: 'x@y.example', subject: `case ${reason}`, text: 'hello' });
      expect(res.status).toBe(200);
      const { sql } = await import('drizzle-orm');
      const row = await eventually(async () => {
        const r = (await t.runtime.ctx.db.execute(sql`select status, reason from inbound_messages where subject = ${`case ${reason}`}`)) as unknown as { rows: any[] };
        return r.rows[0]?.status === 'unrouted' ? r.rows[0] : null;
      });
      expect(row.reason).toBe(reason);
    }
  });

  it('stores auto-replies and bounces marked, not forwarded; flags a sender that is not the customer', async () => {
    const { customer, replyTo } = await openConversation(api);
    const withToken = (name: string) => readFixture(`inbound/${name}`).toString('latin1').replace(/^To: .*$/m, `To: ${replyTo}`);
    const { buildSendgridParsedForm } = await import('../../src/inbound/sendgrid-form-builder.js');
    for (const name of ['auto-reply-ooo.eml', 'bounce-dsn.eml']) {
      const mime = withToken(name);
      const boundary = 'xYzZY';
      const body = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\n${mime}\r\n--${boundary}\r\nContent-Disposition: form-data; name="envelope"\r\n\r\n${JSON.stringify({ to: [replyTo], from: '' })}\r\n--${boundary}--\r\n`, 'latin1');
      expect((await postSendgrid(t.url, body, `multipart/form-data; boundary=${boundary}`)).status).toBe(200);
    }
    const spoof = buildSendgridParsedForm({ to: replyTo, from: 'Someone Else <other@elsewhere.example>', subject: 'Re: Votre demande', text: 'I am not the customer' });
    expect((await postSendgrid(t.url, spoof.body, spoof.contentType)).status).toBe(200);
    const replies = await eventually(async () => {
      const r = await timelineReplies(api, customer.id);
      return r.length === 3 && r.every((x: any) => x.analysis) ? r : null;
    });
    const kinds = replies.map((r: any) => r.kind).sort();
    expect(kinds).toEqual(['auto_reply', 'bounce', 'human']);
    const auto = replies.find((r: any) => r.kind === 'auto_reply');
    expect(auto.analysis.flags.auto_reply).toBe(true);
    expect(replies.find((r: any) => r.kind === 'human').senderMismatch).toBe(true);
    await eventually(async () => (await api.call('GET', '/api/v1/outbox')).body.items.some((m: any) => m.kind === 'forward'));
    const forwarded = (await api.call('GET', '/api/v1/outbox')).body.items.filter((m: any) => m.kind === 'forward');
    expect(forwarded).toHaveLength(1);
    expect(forwarded[0].text).toContain('I am not the customer');
  });

  it('sanitizes hostile HTML: no script, no handlers, no remote images, no javascript: links', async () => {
    const { customer, replyTo } = await openConversation(api);
    const html = '<p onclick="steal()">Hi <b>there</b></p><script>alert(1)</script><img src="https://tracker.example/p.gif"><a href="javascript:alert(1)">x</a><a href="https://ok.example">ok</a><svg onload="alert(1)"></svg><div style="background:url(https://t.example)">s</div>';
    await postSimulatedReply(t.url, { to: replyTo, from: customer.email, subject: 'Re', text: 'Hi there', html });
    const [reply] = await eventually(async () => {
      const r = await timelineReplies(api, customer.id);
      return r.length ? r : null;
    });
    expect(reply.html).toContain('<b>there</b>');
    expect(reply.html).not.toMatch(/script|onclick|onload|<img|javascript:|style=|svg/i);
    expect(reply.html).toContain('href="https://ok.example"');
  });

  it('forwards to the custom reply email from Settings → Outreach', async () => {
    const bad = await api.call('PUT', '/api/v1/settings/outreach', { replyEmail: 'not an email' });
    expect(bad.status).toBe(400);
    const saved = await api.call('PUT', '/api/v1/settings/outreach', { replyEmail: 'Inbox@Team.example' });
    expect(saved.body).toMatchObject({ replyEmail: 'inbox@team.example', inboundDomain: 'reply.test', webhookUrl: expect.stringMatching(/\/webhooks\/inbound\/sendgrid$/) });
    const { customer, replyTo } = await openConversation(api);
    await postSimulatedReply(t.url, { to: replyTo, from: customer.email, subject: 'Re: custom', text: 'to the shared inbox' });
    const forward = await eventually(async () => (await api.call('GET', '/api/v1/outbox')).body.items.find((m: any) => m.kind === 'forward' && m.subject === 'Re: custom'));
    expect(forward.to).toBe('inbox@team.example');
    await api.call('PUT', '/api/v1/settings/outreach', { replyEmail: null });
    expect((await api.call('GET', '/api/v1/settings/outreach')).body.replyEmail).toBeNull();
  });

  it('forwards exactly once even when the forward job runs twice', async () => {
    const { customer, replyTo } = await openConversation(api);
    await postSimulatedReply(t.url, { to: replyTo, from: customer.email, subject: 'Re: once', text: 'only once please' });
    const [reply] = await eventually(async () => {
      const r = await timelineReplies(api, customer.id);
      return r.length ? r : null;
    });
    await eventually(async () => (await api.call('GET', '/api/v1/outbox')).body.items.find((m: any) => m.subject === 'Re: once'));
    const { forwardReply } = await import('../../src/replies/forward-reply.js');
    await Promise.all([forwardReply(t.runtime.ctx, reply.id, { lastAttempt: false }), forwardReply(t.runtime.ctx, reply.id, { lastAttempt: false })]);
    const copies = (await api.call('GET', '/api/v1/outbox')).body.items.filter((m: any) => m.subject === 'Re: once');
    expect(copies).toHaveLength(1);
  });

  it('stores each message of a concurrent burst once, retries arriving in the same burst included', async () => {
    const { buildSendgridParsedForm } = await import('../../src/inbound/sendgrid-form-builder.js');
    const { customer, replyTo } = await openConversation(api);
    const forms = Array.from({ length: 12 }, (_, i) => buildSendgridParsedForm({ to: replyTo, from: customer.email, subject: `Re: burst ${i}`, text: `burst reply ${i}` }));
    // Each message three times, all at once: group commit puts retries in the same batch as their original.
    const posts = forms.flatMap((form) => [form, form, form]).map((form) => postSendgrid(t.url, form.body, form.contentType));
    const answers = await Promise.all(posts);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    expect(answers.filter((a) => JSON.parse(a.body).status === 'stored')).toHaveLength(12);
    const replies = await eventually(async () => {
      const r = await timelineReplies(api, customer.id);
      return r.length >= 12 ? r : null;
    });
    expect(replies.map((r: any) => r.subject).sort()).toEqual(forms.map((_, i) => `Re: burst ${i}`).sort());
  });
});
