import type { Page } from 'playwright-core';

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
