import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Watch, watchContext } from './browser.js';

const screenshotDir = path.resolve(import.meta.dirname, '../../../docs/screenshots');

/** A page in a fresh context with the given browser language, its requests and dialogs watched. */
export async function openPage(browser: Browser, locale: string): Promise<{ page: Page; watch: Watch }> {
  const context = await browser.newContext({ locale, viewport: { width: 1360, height: 860 } });
  const watch = await watchContext(context);
  const page = await context.newPage();
  return { page, watch };
}

/** Signs in through the form, as a person would, and waits for the customers list. */
export async function signInThroughForm(page: Page, baseUrl: string, email: string, password: string, labels = english) {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel(labels.email, { exact: true }).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.signIn, exact: true }).click();
  await page.getByRole('table').waitFor();
}

export const english = { email: 'Email', password: 'Password', signIn: 'Sign in' };
export const spanish = { email: 'Email', password: 'Contraseña', signIn: 'Iniciar sesión' };

/** Screenshots for docs/ only when asked (SCREENSHOTS=1), so ordinary runs leave the files alone. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}
