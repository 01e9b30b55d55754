import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hostileHtmlCorpus } from './hostile-html-corpus.js';
import { postSendgridReply, TestApi, waitFor } from './support/api.js';
import { browserTestsEnabled, launchBrowser, type Watch } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';
import { openPage, signInThroughForm } from './support/session.js';

const email = 'hostile-corpus@acme.test';
const password = 'a long enough password';
const textOf = (id: string) => `Hostile payload ${id}`;

interface Observed {
  page: Page;
  watch: Watch;
  /** Payload ids that managed to call window.__pwned in any frame. */
  executed: string[];
}

/** A signed-in page on the customer's timeline with every channel a payload could use being watched. */
async function openTimeline(browser: Browser, server: RunningServer, customerId: string, frames: number, prepare?: (page: Page) => Promise<void>): Promise<Observed> {
  const { page, watch } = await openPage(browser, 'en-US');
  const executed: string[] = [];
  await exposePwned(page.context(), executed);
  await signInThroughForm(page, server.url, email, password);
  await prepare?.(page);
  await page.goto(`${server.url}/customers/${customerId}`);
  await waitFor(async () => ((await page.locator('iframe.reply-frame').count()) >= frames ? true : undefined), 20_000);
  await provoke(page);
  return { page, watch, executed };
}

async function exposePwned(context: BrowserContext, executed: string[]): Promise<void> {
  await context.exposeBinding('__pwned', (_source, id: unknown) => {
    executed.push(String(id));
  });
}

/** Clicks every link and button, hovers and tabs through each reply, then gives timers and loads time to fire. */
async function provoke(page: Page): Promise<void> {
  for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
    for (const target of await frame.locator('a, button, summary, input').all()) {
      await target.hover({ timeout: 500 }).catch(() => undefined);
      await target.click({ timeout: 500, noWaitAfter: true }).catch(() => undefined);
    }
  }
  await page.keyboard.press('Tab');
  await page.waitForTimeout(1_500);
}

function expectNothingRan(observed: Observed): void {
  expect(observed.executed).toEqual([]);
  expect(observed.watch.dialogs).toEqual([]);
  expect(observed.watch.outsideRequests).toEqual([]);
  // Blocked loads are logged as CSP violations; only a line from a payload that ran would name __pwned.
  expect(observed.watch.console.filter((line) => line.includes('__pwned'))).toEqual([]);
}

describe.skipIf(!browserTestsEnabled())('a corpus of hostile reply HTML in the dashboard', () => {
  let server: RunningServer;
  let browser: Browser;
  let customerId: string;
  /** Replies whose HTML survived sanitizing (a reply left with no markup is shown as text, without a frame). */
  let framedReplies: number;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const api = new TestApi(server.url);
    await api.signUp(email, password);
    const customer = await api.createCustomer({ email: 'mallory@evil.test', name: 'Mallory' });
    customerId = customer.id;
    const sent = await api.sendEmail(customer.id, 'Hello', 'Hi Mallory');
    // Each payload is its own reply, through the real SendGrid webhook, sanitizer and job.
    for (const payload of hostileHtmlCorpus) {
      await postSendgridReply(server.url, { to: sent.replyTo, from: 'Mallory <mallory@evil.test>', subject: `Re: Hello ${payload.id}`, text: textOf(payload.id), html: payload.html });
    }
    const replies = await waitFor(async () => {
      const items = (await api.timeline(customer.id)).items.filter((item) => item.type === 'reply');
      return items.length >= hostileHtmlCorpus.length ? items : undefined;
    }, 60_000);
    framedReplies = replies.filter((reply) => reply.type === 'reply' && reply.html).length;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the corpus covers the classic families', () => {
    expect(hostileHtmlCorpus.length).toBeGreaterThanOrEqual(25);
    for (const family of ['script', 'onerror', 'javascript:', '<svg', 'expression(', 'url(', '<img src="https', '<iframe', '<form', 'refresh', '<base', '<noscript', '<math']) {
      expect(hostileHtmlCorpus.some((payload) => payload.html.includes(family)), family).toBe(true);
    }
  });

  test('the watch itself works: a payload outside the sandbox is seen running and phoning home', async () => {
    const { page, watch } = await openPage(browser, 'en-US');
    const executed: string[] = [];
    await exposePwned(page.context(), executed);
    await page.goto(`${server.url}/`);
    await page.evaluate(hostileHtmlCorpus[0]!.html.replace(/<\/?script>/g, ''));
    expect(executed).toContain('script-tag');
    // The app's CSP would block a fetch before it left; a navigation is what reaches the request watch.
    await page.goto('https://evil.example/control').catch(() => undefined);
    expect(watch.outsideRequests).toContain('https://evil.example/control');
  });

  test('sanitized replies: no script runs, no dialog, no request leaves the machine', async () => {
    expect(framedReplies).toBeGreaterThanOrEqual(10);
    const observed = await openTimeline(browser, server, customerId, framedReplies);
    expectNothingRan(observed);
    // What reached each frame is inert markup: nothing that can run, load or submit.
    for (const frame of observed.page.frames().filter((f) => f !== observed.page.mainFrame())) {
      const dangerous = await frame.evaluate(() =>
        document.body.querySelectorAll('script, style, iframe, object, embed, img, svg, math, form, input, meta, base, link, video, audio, source, [style], [srcdoc]').length
        + [...document.body.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length
        + [...document.body.querySelectorAll('a[href]')].filter((a) => !/^(https?:|mailto:)/i.test((a as HTMLAnchorElement).href)).length);
      expect(dangerous, frame.url()).toBe(0);
    }
  });

  test('unsanitized replies (as if the sanitizer failed): the sandboxed frame and its CSP still stop every payload', async () => {
    const rawById = new Map(hostileHtmlCorpus.map((payload) => [textOf(payload.id), payload.html]));
    const observed = await openTimeline(browser, server, customerId, hostileHtmlCorpus.length, async (page) => {
      await page.route('**/api/v1/customers/*/timeline*', async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as { items: { type: string; text?: string; html?: string | null }[] };
        for (const item of body.items) if (item.type === 'reply' && item.text && rawById.has(item.text)) item.html = rawById.get(item.text)!;
        await route.fulfill({ response, json: body });
      });
    });
    expectNothingRan(observed);
  });
});
