import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Customer } from '../../web/src/api/types.js';
import { postSendgridReply, TestApi, waitFor } from './support/api.js';
import { browserTestsEnabled, launchBrowser, type Watch } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';
import { openPage, screenshot, signInThroughForm, spanish } from './support/session.js';

const email = 'owner@acme.test';
const password = 'correct horse battery';
// Phrased so the built-in analyzer calls it High Value: expansion, budget, a price request.
const highValueReply =
  'Thanks! We want to roll it out to 40 more seats and the budget is approved. ' +
  'We send about 20,000 emails per month. Could you send pricing for the bigger plan?';

const mainNav = (page: Page, name = 'Main') => page.getByRole('navigation', { name });

describe.skipIf(!browserTestsEnabled())('dashboard in a real browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let api: TestApi;
  let customer: Customer;
  let page: Page;
  let watch: Watch;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    api = new TestApi(server.url);
    await api.signUp(email, password);
    customer = await api.createCustomer({ email: 'lucia@northwind.test', name: 'Lucía Fernández', company: 'Northwind' });
    await api.createCustomer({ email: 'sam@globex.test', name: 'Sam Carter', company: 'Globex' });
    const sent = await api.sendEmail(customer.id, 'Quick question about your outreach', 'How is it going with the trial?');
    await postSendgridReply(server.url, {
      to: sent.replyTo,
      from: 'Lucía Fernández <lucia@northwind.test>',
      subject: 'Re: Quick question about your outreach',
      text: highValueReply,
    });
    const reply = await api.waitForAnalyzedReply(customer.id);
    expect(reply.analysis?.response_type).toBe('high_value');
    ({ page, watch } = await openPage(browser, 'en-US'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('signs in and lists customers with the last reply as a badge, and the reply in "Needs you"', async () => {
    await signInThroughForm(page, server.url, email, password);
    const row = page.getByRole('row').filter({ hasText: 'Lucía Fernández' });
    await expect.poll(() => row.count()).toBe(1);
    const rowText = await row.innerText();
    expect(rowText).toContain('Northwind');
    expect(rowText).toContain('High value');
    const needsYou = page.getByRole('region', { name: 'Needs you' });
    // The strip loads on its own request, after the table.
    await expect.poll(() => needsYou.innerText()).toContain('Lucía Fernández');
    await screenshot(page, 'customers');
  });

  test('filters the customers list by search', async () => {
    await page.getByLabel('Search').fill('globex');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Lucía' }).count()).toBe(0);
    expect(await page.getByRole('row').filter({ hasText: 'Sam Carter' }).count()).toBe(1);
    await page.getByLabel('Search').fill('');
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Lucía' }).count()).toBe(1);
  });

  test('opens a customer from its row and shows the reply with its analysis on the timeline', async () => {
    await page.getByRole('row').filter({ hasText: 'Lucía Fernández' }).locator('td').nth(2).click();
    await page.getByRole('heading', { name: 'Lucía Fernández', level: 1 }).waitFor();
    expect(await page.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).toBe('true');
    const panel = page.getByRole('tabpanel');
    await panel.getByText('Key insights').waitFor();
    const text = await panel.textContent();
    expect(text).toContain('40 more seats');
    expect(text).toContain('Quick question about your outreach');
    expect(text).toContain('High value');
    expect(text).toContain('Opportunity');
    expect(text).toContain('Follow-up needed');
    expect(text).toContain('20,000 email per month');
    await screenshot(page, 'customer-timeline');
  });

  test('logs a phone response through the dialog and sees it on the timeline', async () => {
    await page.getByRole('button', { name: 'Log response' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log response' });
    await dialog.getByLabel('Response').fill('Called Lucía: she wants a quote for 40 seats.');
    await dialog.getByLabel('Channel').selectOption('phone');
    await dialog.getByRole('button', { name: 'Save to timeline' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('tabpanel').getByText('Called Lucía: she wants a quote for 40 seats.').first().waitFor();
    const logged = page.locator('li.event').filter({ hasText: 'Called Lucía' });
    expect(await logged.innerText()).toMatch(/Logged response[\s\S]*Channel: Phone/);
  });

  test('changes the status, which lands on the timeline', async () => {
    await page.getByLabel('Status', { exact: true }).selectOption('interested');
    await page.getByRole('tabpanel').getByText(/Status (changed from .+ to|set to) Interested/).first().waitFor();
    expect((await api.call<Customer>('GET', `/customers/${customer.id}`)).status).toBe('interested');
  });

  test('shows a new reply live, without a reload, when it arrives', async () => {
    const sent = await api.sendEmail(customer.id, 'Following up', 'Any news on the rollout?');
    await postSendgridReply(server.url, {
      to: sent.replyTo,
      from: 'lucia@northwind.test',
      subject: 'Re: Following up',
      text: 'Unfortunately the export is broken and our team is frustrated. Please fix it.',
    });
    await page.getByRole('tabpanel').getByText('the export is broken').first().waitFor({ timeout: 20_000 });
  });

  test('says how a reply without a token was threaded, and the provider\'s sender verdict', async () => {
    const sent = await api.sendEmail(customer.id, 'Renewal', 'Shall we renew?');
    await postSendgridReply(server.url, {
      // The customer answered the forwarded copy: no token, only our Message-ID in In-Reply-To.
      to: 'team@acme.test',
      from: 'lucia@northwind.test',
      subject: 'Re: Renewal',
      text: 'Yes, renew us for another year.',
      inReplyTo: sent.messageId,
      spf: 'pass',
      dkim: '{@northwind.test : pass}',
    });
    const item = page.locator('li.event').filter({ hasText: 'renew us for another year' });
    await item.waitFor({ timeout: 20_000 });
    await expect.poll(() => item.innerText()).toContain('Threaded by its In-Reply-To header');
    expect(await item.getByLabel('Sender authentication').innerText()).toMatch(/SPF pass · DKIM \{@northwind\.test : pass\}.*reported by the mail provider/);
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, 'reply-threaded');
  });

  test('saves the reply email in Settings → Outreach and rejects an invalid one', async () => {
    await mainNav(page).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Outreach settings' }).waitFor();
    const field = page.getByLabel('Reply email');
    await field.fill('not-an-email');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter a valid email address').waitFor();
    await field.fill('team@acme.test');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved. Replies go to team@acme.test.').waitFor();
    const settings = await api.call<{ replyEmail: string | null; webhookUrl: string }>('GET', '/settings/outreach');
    expect(settings.replyEmail).toBe('team@acme.test');
    expect(await page.getByLabel('Webhook URL').inputValue()).toBe(settings.webhookUrl);
    await screenshot(page, 'settings');
  });

  test('checks off an action item', async () => {
    await mainNav(page).getByRole('link', { name: 'Action items' }).click();
    await page.getByRole('heading', { name: 'Action items', level: 1 }).waitFor();
    const open = await api.call<{ items: { id: string; text: string }[] }>('GET', '/action-items?status=open');
    if (open.items.length === 0) return page.getByText('No open action items').waitFor();
    const first = open.items[0]!;
    await page.getByRole('checkbox', { name: first.text }).check();
    await waitFor(async () => {
      const done = await api.call<{ items: { id: string }[] }>('GET', '/action-items?status=done');
      return done.items.some((item) => item.id === first.id) || undefined;
    });
  });

  test('answers a sent email as the customer from the Outbox', async () => {
    await mainNav(page).getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('heading', { name: 'Outbox', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Reply as customer' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Reply as customer' });
    await dialog.getByLabel('Reply text').fill('Sounds good, send me the contract.');
    await dialog.getByRole('button', { name: 'Send reply' }).click();
    await dialog.getByText('Reply accepted').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await dialog.waitFor({ state: 'detached' });
    await waitFor(async () => {
      const { items } = await api.timeline(customer.id);
      return items.some((item) => item.type === 'reply' && item.text.includes('send me the contract')) || undefined;
    });
  });

  test('adds a customer and writes to them from the composer', async () => {
    await mainNav(page).getByRole('link', { name: 'Customers' }).click();
    await page.getByRole('button', { name: 'Add customer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add customer' });
    await dialog.getByLabel('Email').fill('nora@initech.test');
    await dialog.getByLabel('Name').fill('Nora Díaz');
    await dialog.getByRole('button', { name: 'Add customer' }).click();
    await page.getByRole('heading', { name: 'Nora Díaz', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Send email' }).click();
    const composer = page.getByRole('form', { name: 'Send email' });
    await composer.getByLabel('Subject').fill('Welcome aboard');
    await composer.getByLabel('Message').fill('Tell us how your first week went.');
    await composer.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('tabpanel').getByText('Welcome aboard').waitFor();
    await waitFor(async () => {
      const outbox = await api.call<{ items: { to: string; subject: string }[] }>('GET', '/outbox');
      return outbox.items.some((mail) => mail.to.includes('nora@initech.test') && mail.subject === 'Welcome aboard') || undefined;
    });
  });

  test('imports customers from CSV and reports the bad lines', async () => {
    await mainNav(page).getByRole('link', { name: 'Customers' }).click();
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import customers from CSV' });
    await dialog.getByLabel('CSV content').fill('email,name,company\nkim@umbrella.test,Kim Park,Umbrella\nnot-an-email,Bad Row,\n');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await dialog.getByText('1 created, 0 updated.').waitFor();
    await dialog.getByText(/^Line 3:/).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await page.getByRole('row').filter({ hasText: 'Kim Park' }).waitFor();
  });

  test('speaks Spanish under a Spanish browser, with the seed words', async () => {
    const spanishSession = await openPage(browser, 'es-ES');
    const es = spanishSession.page;
    await es.goto(`${server.url}/`);
    await es.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
    await signInThroughForm(es, server.url, email, password, spanish);
    await es.getByRole('heading', { name: 'Clientes', level: 1 }).waitFor();
    await es.getByRole('button', { name: 'Añadir cliente' }).waitFor();
    const row = es.getByRole('row').filter({ hasText: 'Lucía Fernández' });
    await expect.poll(() => row.innerText()).toContain('Alto valor');
    await screenshot(es, 'customers-es');
    await row.getByRole('link').click();
    await es.getByRole('tab', { name: 'Timeline' }).waitFor();
    await es.getByRole('button', { name: 'Registrar respuesta' }).waitFor();
    await mainNav(es, 'Principal').getByRole('link', { name: 'Configuración' }).click();
    await es.getByRole('heading', { name: 'Configuración de alcance' }).waitFor();
    await expect.poll(() => es.getByLabel('Email de respuesta').inputValue()).toBe('team@acme.test');
    expect(spanishSession.watch.outsideRequests).toEqual([]);
  });

  test('made no request outside the local server and raised no dialog', () => {
    expect(watch.outsideRequests).toEqual([]);
    expect(watch.dialogs).toEqual([]);
  });
});
