import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, eventually, postSimulatedReply } from '../helpers/api-client.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('timeline, needs-you, action items and live events', () => {
  let t: TestApp;
  let api: ApiClient;
  beforeAll(async () => {
    t = await startTestApp();
    api = await ApiClient.signUp(t.url);
  });
  afterAll(async () => t?.stop());

  it('pages the timeline newest first across all three item types', async () => {
    const c = (await api.call('POST', '/api/v1/customers', { email: 'pages@x.example' })).body;
    const base = Date.now();
    for (let i = 0; i < 4; i++) {
      t.clock.now = new Date(base + i * 60_000);
      await api.call('POST', `/api/v1/customers/${c.id}/emails`, { subject: `Email ${i}`, text: `Body ${i}` });
      await api.call('POST', `/api/v1/customers/${c.id}/replies`, { text: `Reply ${i}`, channel: 'phone', occurredAt: new Date(base + i * 60_000 + 1000).toISOString() });
    }
    t.clock.now = null;
    const all: any[] = [];
    let cursor: string | null = null;
    do {
      const page: any = (await api.call('GET', `/api/v1/customers/${c.id}/timeline?limit=3${cursor ? `&cursor=${cursor}` : ''}`)).body;
      expect(page.items.length).toBeLessThanOrEqual(3);
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    // 4 emails, 4 replies, and the automatic status changes new → contacted → replied.
    expect(all.map((i) => i.type).sort()).toEqual([...Array(4).fill('email_sent'), ...Array(4).fill('reply'), 'status_change', 'status_change'].sort());
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    const times = all.map((i) => Date.parse(i.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all.find((i) => i.type === 'email_sent')).toMatchObject({ subject: 'Email 3', preview: 'Body 3', status: expect.any(String) });
  });

  it('lists high-value and needs-attention replies not yet answered, and their action items', async () => {
    const c = (await api.call('POST', '/api/v1/customers', { email: 'hot@x.example', name: 'Hot Lead' })).body;
    const sent = (await api.call('POST', `/api/v1/customers/${c.id}/emails`, { subject: 'Pricing', text: 'Interested?' })).body;
    await postSimulatedReply(t.url, { to: sent.replyTo, from: 'hot@x.example', subject: 'Re: Pricing', text: 'Yes! Can you send a quote for 40 seats and book a demo next Tuesday?' });
    const item = await eventually(async () => (await api.call('GET', '/api/v1/needs-you')).body.items.find((i: any) => i.customerId === c.id));
    expect(item).toMatchObject({ customerName: 'Hot Lead', responseType: 'high_value', overdue: false });
    expect(Date.parse(item.dueAt) - Date.parse(item.at)).toBe(24 * 3600_000);

    const open = (await api.call('GET', '/api/v1/action-items?status=open')).body.items.filter((i: any) => i.customerId === c.id);
    expect(open.length).toBeGreaterThan(0);
    const done = await api.call('PATCH', `/api/v1/action-items/${open[0].id}`, { done: true });
    expect(done.body.doneAt).not.toBeNull();
    expect((await api.call('GET', '/api/v1/action-items?status=open')).body.items.map((i: any) => i.id)).not.toContain(open[0].id);

    // Answering the customer takes the reply off the strip.
    await api.call('POST', `/api/v1/customers/${c.id}/emails`, { subject: 'Re: Pricing', text: 'Here it is', conversationId: sent.conversationId });
    expect((await api.call('GET', '/api/v1/needs-you')).body.items.find((i: any) => i.customerId === c.id)).toBeUndefined();
  });

  it('streams reply and analysis events to the signed-in account only', async () => {
    const other = await ApiClient.signUp(t.url, 'Other');
    const c = (await api.call('POST', '/api/v1/customers', { email: 'live@x.example' })).body;
    const sent = (await api.call('POST', `/api/v1/customers/${c.id}/emails`, { subject: 'Live', text: 'Hi' })).body;
    const listen = (client: ApiClient) => {
      const controller = new AbortController();
      const events: string[] = [];
      const done = fetch(`${t.url}/api/v1/events`, { headers: { authorization: `Bearer ${client.apiKey}` }, signal: controller.signal }).then(async (res) => {
        const reader = res.body!.getReader();
        for (;;) {
          const { value, done: end } = await reader.read();
          if (end) break;
          events.push(new TextDecoder().decode(value));
        }
      }).catch(() => {});
      return { events, stop: () => (controller.abort(), done) };
    };
    const mine = listen(api);
    const theirs = listen(other);
    await new Promise((r) => setTimeout(r, 300));
    await postSimulatedReply(t.url, { to: sent.replyTo, from: 'live@x.example', subject: 'Re: Live', text: 'Looks good, thanks' });
    await eventually(async () => mine.events.join('').includes('event: analysis'));
    expect(mine.events.join('')).toMatch(new RegExp(`event: reply\\ndata: \\{"customerId":"${c.id}"`));
    await Promise.all([mine.stop(), theirs.stop()]);
    expect(theirs.events.join('')).not.toContain('event: reply');
  });
});
