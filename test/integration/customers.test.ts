import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, eventually } from '../helpers/api-client.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('customers', () => {
  let t: TestApp;
  let api: ApiClient;
  beforeAll(async () => {
    t = await startTestApp();
    api = await ApiClient.signUp(t.url);
  });
  afterAll(async () => t?.stop());

  it('creates, reads and updates; a duplicate email is 409', async () => {
    const created = await api.call('POST', '/api/v1/customers', { email: 'luis@tienda.example', name: 'Luis', company: 'Tienda' });
    expect(created.status).toBe(201);
    expect((await api.call('POST', '/api/v1/customers', { email: 'LUIS@tienda.example' })).status).toBe(409);
    expect((await api.call('GET', `/api/v1/customers/${created.body.id}`)).body).toMatchObject({ name: 'Luis', company: 'Tienda', lastReply: null });
    const patched = await api.call('PATCH', `/api/v1/customers/${created.body.id}`, { company: 'Tienda SL' });
    expect(patched.body.company).toBe('Tienda SL');
    expect((await api.call('PATCH', `/api/v1/customers/${created.body.id}`, { status: 'bogus' })).status).toBe(400);
  });

  it('filters by status, response type and follow-up, searches reply text, and pages with a cursor', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await api.call('POST', '/api/v1/customers', { email: `page${i}@list.example`, name: `Page ${i}` })).body.id);
    const first = await api.call('GET', '/api/v1/customers?limit=3&q=list.example');
    expect(first.body.items).toHaveLength(3);
    const second = await api.call('GET', `/api/v1/customers?limit=3&q=list.example&cursor=${first.body.nextCursor}`);
    const third = await api.call('GET', `/api/v1/customers?limit=3&q=list.example&cursor=${second.body.nextCursor}`);
    const seen = [...first.body.items, ...second.body.items, ...third.body.items].map((c: any) => c.id);
    expect(new Set(seen).size).toBe(7);
    expect(third.body.nextCursor).toBeNull();

    await api.call('PATCH', `/api/v1/customers/${ids[0]}`, { status: 'customer' });
    expect((await api.call('GET', '/api/v1/customers?status=customer')).body.items.map((c: any) => c.id)).toEqual([ids[0]]);

    await api.call('POST', `/api/v1/customers/${ids[1]}/replies`, { text: 'The invoices are wrong and we were charged twice. Please fix this.', channel: 'email' });
    await api.call('POST', `/api/v1/customers/${ids[2]}/replies`, { text: 'Thanks, all good.', channel: 'phone' });
    await eventually(async () => (await api.call('GET', `/api/v1/customers/${ids[1]}`)).body.lastReply?.responseType);
    await eventually(async () => (await api.call('GET', `/api/v1/customers/${ids[2]}`)).body.lastReply?.responseType);
    const attention = (await api.call('GET', '/api/v1/customers?responseType=needs_attention')).body.items.map((c: any) => c.id);
    expect(attention).toEqual([ids[1]]);
    const followUp = (await api.call('GET', '/api/v1/customers?followUp=true')).body.items.map((c: any) => c.id);
    expect(followUp).toContain(ids[1]);
    expect(followUp).not.toContain(ids[2]);
    expect((await api.call('GET', '/api/v1/customers?q=invoices')).body.items.map((c: any) => c.id)).toEqual([ids[1]]);
    expect((await api.call('GET', '/api/v1/customers?q=Page%206')).body.items.map((c: any) => c.id)).toContain(ids[6]);
  });

  it('records a status change on the timeline with who made it', async () => {
    const c = (await api.call('POST', '/api/v1/customers', { email: 'status@x.example' })).body;
    await api.call('PATCH', `/api/v1/customers/${c.id}`, { status: 'lost' });
    await api.call('PATCH', `/api/v1/customers/${c.id}`, { status: 'lost' });
    const items = (await api.call('GET', `/api/v1/customers/${c.id}/timeline`)).body.items;
    expect(items).toEqual([expect.objectContaining({ type: 'status_change', from: 'new', to: 'lost', by: expect.stringContaining('@example.com') })]);
  });

  it('imports and exports CSV', async () => {
    const csv = 'email,name,company,status\r\nmarta@csv.example,"Marta, Jr.",Acme,customer\r\nbad-email,x,y,\r\nluis@tienda.example,Luis Updated,,\r\n';
    const res = await fetch(`${t.url}/api/v1/customers/import`, { method: 'POST', headers: { authorization: `Bearer ${api.apiKey}`, 'content-type': 'text/csv' }, body: csv });
    const body = await res.json();
    expect(body).toEqual({ created: 1, updated: 1, errors: [{ line: 3, message: expect.stringContaining('bad-email') }] });
    const exported = await api.call('GET', '/api/v1/customers/export.csv');
    expect(exported.headers.get('content-type')).toMatch(/text\/csv/);
    expect(exported.body).toContain('marta@csv.example,"Marta, Jr.",Acme,customer');
    expect(exported.body).toContain('luis@tienda.example,Luis Updated');
  });
});
