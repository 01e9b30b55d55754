import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
export const chromiumPath = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));

/**
 * Without Chromium the browser tests are skipped on a developer machine, with a note saying why;
 * in CI a missing browser is a failure, not a silent pass.
 */
export function browserTestsEnabled(): boolean {
  if (chromiumPath) return true;
  if (process.env.CI) throw new Error('Chromium not found (looked in /usr/bin/chromium); install it: apt-get install -y chromium');
  console.warn('Skipping browser tests: Chromium not found. Install it with `apt-get install -y chromium`.');
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
  });
}

export interface Watch {
  /** Requests to any host but the local server: none may happen. */
  outsideRequests: string[];
  dialogs: string[];
  console: string[];
}

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Records (and blocks) every request to a non-local host, every dialog and every console line of a context. */
export async function watchContext(context: BrowserContext): Promise<Watch> {
  const watch: Watch = { outsideRequests: [], dialogs: [], console: [] };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol.startsWith('http') && !localHosts.has(url.hostname)) {
      watch.outsideRequests.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    await route.continue();
  });
  context.on('page', (page) => {
    page.on('dialog', (dialog) => {
      watch.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => watch.console.push(message.text()));
  });
  return watch;
}
