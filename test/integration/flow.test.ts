import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, eventually, postSimulatedReply } from '../helpers/api-client.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

// The "done when", over real HTTP: sign up, add a customer, send, receive the SendGrid reply (twice), see
// it once on the timeline with its analysis, find it forwarded once, log a manual response, change the status.
describe('the whole reply loop', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.stop());

  it('captures, stores once, forwards once and analyzes a reply', async () => {
    const api = await ApiClient.signUp(t.url);
    const customer = (await api.call('POST', '/api/v1/customers', { email: 'Ana@Customer.example', name: 'Ana López', company: 'Clínica Sol' })).body;
    expect(customer).toMatchObject({ email: 'ana@customer.example', status: 'new' });

    const sent = await api.call('POST', `/api/v1/customers/${customer.id}/emails`, { subject: '¿Qué tal con Replytrack?', text: 'Hola Ana, ¿cómo va todo?' });
    expect(sent.status).toBe(201);
    expect(sent.body.replyTo).toMatch(/^reply\+[a-z2-7]{16}@reply\.test$/);

    const reply = {
      to: `Replytrack <${sent.body.replyTo.toUpperCase().replace('@REPLY.TEST', '@reply.test')}>`,
      from: 'Ana López <ana@customer.example>',
      subject: 'Re: ¿Qué tal con Replytrack?',
      text: 'Nos encanta. ¿Podemos agendar una demo para el equipo la semana que viene? Queremos 20 licencias más.\n\nEl lun, 3 mar 2025 a las 10:00, Acme <x@acme.example> escribió:\n> Hola Ana, ¿cómo va todo?',
    };
    const { buildSendgridParsedForm } = await import('../../src/inbound/sendgrid-form-builder.js');
    const form = buildSendgridParsedForm(reply);
    const post = () => fetch(`${t.url}/webhooks/inbound/sendgrid`, { method: 'POST', headers: { 'content-type': form.contentType }, body: new Uint8Array(form.body) });
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(200); // the provider's retry

    const timeline = await eventually(async () => {
      const res = await api.call('GET', `/api/v1/customers/${customer.id}/timeline`);
      const r = res.body.items.find((i: any) => i.type === 'reply');
      return r?.analysis ? res.body : null;
    });
    const replies = timeline.items.filter((i: any) => i.type === 'reply');
    expect(replies).toHaveLength(1);
    expect(replies[0].newText).toContain('agendar una demo');
    expect(replies[0].newText).not.toContain('escribió');
    expect(replies[0]).toMatchObject({ from: 'ana@customer.example', source: 'sendgrid', matchedBy: 'token', kind: 'human', senderMismatch: false });
    expect(replies[0].analysis).toMatchObject({ language: 'es', producedBy: { analyzer: 'builtin' } });
    expect(['high_value', 'needs_attention', 'standard']).toContain(replies[0].analysis.response_type);
    expect(timeline.items.map((i: any) => i.type)).toContain('email_sent');

    const outbox = await eventually(async () => {
      const res = await api.call('GET', '/api/v1/outbox');
      return res.body.items.some((m: any) => m.kind === 'forward') ? res.body.items : null;
    });
    const forwardsFound = outbox.filter((m: any) => m.kind === 'forward');
    expect(forwardsFound).toHaveLength(1);
    const me = (await api.call('GET', '/api/v1/me')).body;
    expect(forwardsFound[0]).toMatchObject({ to: me.account.email, replyTo: 'ana@customer.example', subject: reply.subject });
    expect(forwardsFound[0].from).toMatch(/^"Ana López via Replytrack" <notifications@reply\.test>$/);
    expect(forwardsFound[0].headers['Auto-Submitted']).toBe('auto-generated');
    expect(forwardsFound[0].text).toContain(`/customers/${customer.id}`);

    const manual = await api.call('POST', `/api/v1/customers/${customer.id}/replies`, { text: 'Llamó: quiere el presupuesto anual.', channel: 'phone' });
    expect(manual.status).toBe(201);
    expect(manual.body).toMatchObject({ source: 'manual', channel: 'phone', matchedBy: 'manual' });
    await eventually(async () => (await api.call('GET', `/api/v1/replies/${manual.body.id}`)).body.analysis);

    const patched = await api.call('PATCH', `/api/v1/customers/${customer.id}`, { status: 'interested' });
    expect(patched.body.status).toBe('interested');
    const after = (await api.call('GET', `/api/v1/customers/${customer.id}/timeline`)).body.items;
    const changes = after.filter((i: any) => i.type === 'status_change');
    expect(changes[0]).toMatchObject({ from: 'replied', to: 'interested', by: me.user.email });
    // The manual log is not forwarded: our user wrote it.
    const outboxAfter = (await api.call('GET', '/api/v1/outbox')).body.items;
    expect(outboxAfter.filter((m: any) => m.kind === 'forward')).toHaveLength(1);
  });

  it('simulate-reply helper posts the SendGrid form the webhook accepts', async () => {
    const res = await postSimulatedReply(t.url, { to: 'reply+aaaaaaaaaaaaaaaa@reply.test', from: 'x@y.example', subject: 'Re', text: 'hi' });
    expect(res.status).toBe(200);
  });
});
