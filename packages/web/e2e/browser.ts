import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where the browser tests leave their screenshots (the repository's test-artifacts/). */
export const ARTIFACTS = path.resolve(import.meta.dirname, '../../../test-artifacts');

/** Debian's Chromium, headless (no browser download: the machine has only apt and npm). */
export function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A GraphQL call as the page's logged-in user: for setup steps that are not the point of a test. */
export function api(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  return page.evaluate(async ({ query, variables }) => {
    const token = JSON.parse(localStorage.getItem('dealflow.session')!).accessToken as string;
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const result = (await response.json()) as { data: Record<string, any>; errors?: unknown[] };
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }, { query, variables });
}

/**
 * Waits until the page is laid out right to left: the drawer on the right, the bar and the
 * page beside it, not under it, and no menu still fading out. Vuetify slides them over in about
 * 0.2 s after `<html dir="rtl">` appears; a screenshot taken before shows them mid-way.
 */
export async function rightToLeftLaidOut(page: Page): Promise<void> {
  await page.locator('html[dir="rtl"]').waitFor();
  await page.waitForFunction(() => {
    const drawer = document.querySelector('.v-navigation-drawer')!.getBoundingClientRect();
    const bar = document.querySelector('.v-app-bar')!.getBoundingClientRect();
    const main = getComputedStyle(document.querySelector('.v-main')!);
    return drawer.right === document.documentElement.clientWidth && bar.left === 0 && bar.right === drawer.left
      && main.paddingLeft === '0px' && main.paddingRight === `${drawer.width}px` && !document.querySelector('.v-overlay__content');
  }, null, { timeout: 5000 });
}
