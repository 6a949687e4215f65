import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, ARTIFACTS, launchChromium, rightToLeftLaidOut } from './browser';
import { buildProduct, startAppServer, type AppServer } from './app-server';

/**
 * The product as people use it: the built app served by the real server, in Debian's
 * Chromium. One person signs up and invites a colleague; both watch the board; a deal made and
 * moved by the first appears and moves on the second's screen without a reload; Arabic turns
 * the page right to left. Screenshots of the board land in test-artifacts/.
 */
describe('in the browser', () => {
  let server: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    buildProduct();
    server = await startAppServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });


  it('signs up, invites a colleague; a deal dragged and won by one moves live on the other\'s board; Arabic is right to left', async () => {
    const owner = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 800 } })).newPage();
    await owner.goto(`${server.origin}/signup`);
    await owner.getByLabel('Company').fill('Fjord Analytics');
    await owner.getByLabel('Your name').fill('Ola Nordmann');
    await owner.getByLabel('Email').fill('ola@fjord.example');
    await owner.getByLabel('Password').fill('correct horse battery');
    await owner.getByRole('button', { name: 'Create a workspace' }).click();
    await owner.getByText('Welcome, Ola Nordmann').waitFor();

    const { inviteUser } = await api(owner, `mutation { inviteUser(input: { email: "kari@fjord.example", role: MANAGER }) { acceptUrl } }`);
    const colleague = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 800 } })).newPage();
    await colleague.goto(`${server.origin}${new URL(inviteUser.acceptUrl).pathname}${new URL(inviteUser.acceptUrl).search}`);
    await colleague.getByLabel('Your name').fill('Kari Manager');
    await colleague.getByLabel('Password').fill('another good password');
    await colleague.getByRole('button', { name: 'Join your team' }).click();
    await colleague.getByText('Welcome, Kari Manager').waitFor();

    for (const page of [owner, colleague]) {
      await page.getByRole('link', { name: 'Pipelines' }).click();
      await page.locator('[data-test="column-Prospecting"]').waitFor();
    }
    // The owner creates the deal with the board's New deal form.
    await owner.locator('[data-test="new-deal"]').click();
    // The form puts the focus in its title once it is on screen, as a person sees it do.
    await owner.waitForFunction(() => document.activeElement?.closest('[data-test="deal-title"]') != null);
    await owner.locator('[data-test="deal-title"] input').fill('Nordic rollout');
    await owner.locator('[data-test="deal-amount"] input').fill('42,000.00');
    await owner.locator('[data-test="save-deal"]').click();
    // The owner's board shows the new card once the save answers; the colleague's learns of it
    // from the live feed.
    await owner.locator('[data-test="column-Prospecting"] [data-test="card-Nordic rollout"]').waitFor({ timeout: 5000 });
    await colleague.locator('[data-test="column-Prospecting"] [data-test="card-Nordic rollout"]').waitFor({ timeout: 15_000 });

    // The owner drags the card to the next stage; the colleague sees it move without a reload.
    await owner.locator('[data-test="card-Nordic rollout"]').dragTo(owner.locator('[data-test="column-Preparation"]'));
    await owner.locator('[data-test="column-Preparation"] [data-test="card-Nordic rollout"]').waitFor();
    await colleague.locator('[data-test="column-Preparation"] [data-test="card-Nordic rollout"]').waitFor({ timeout: 5000 });
    expect(await colleague.locator('[data-test="column-Prospecting"] [data-test="card-Nordic rollout"]').count()).toBe(0);
    // Counts move with the card; the sums follow from the server (it converts currencies).
    await colleague.locator('[data-test="column-Preparation"]', { hasText: '$42,000.00 · $8,400.00 weighted at 20%' }).waitFor({ timeout: 5000 });
    expect(await colleague.locator('[data-test="column-Preparation"] h2').innerText()).toContain('Preparation · 1');
    expect(await colleague.locator('[data-test="column-Prospecting"] h2').innerText()).toContain('Prospecting · 0');
    await colleague.screenshot({ path: path.join(ARTIFACTS, 'board-en.png'), fullPage: true });

    // Then wins it by dropping it on Won, which asks for the close date.
    await owner.locator('[data-test="card-Nordic rollout"]').dragTo(owner.locator('[data-test="zone-WON"]'));
    await owner.locator('[data-test="outcome-form"]').waitFor();
    await owner.locator('[data-test="confirm-outcome"]').click();
    await colleague.locator('[data-test="zone-WON"]', { hasText: '$42,000.00' }).waitFor({ timeout: 5000 });
    expect(await colleague.locator('[data-test="card-Nordic rollout"]').count()).toBe(0);
    const { deals } = await api(owner, `{ deals(filter: { status: [WON] }) { edges { node { title closedOn } } } }`);
    expect(deals.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual(['Nordic rollout']);

    // Arabic: the whole page, board included, runs right to left.
    await api(owner, `mutation { createDeal(input: { title: "Baltic expansion", amountMinor: 1250000 }) { id } }`);
    await colleague.locator('[data-test="card-Baltic expansion"]').waitFor({ timeout: 5000 });
    await colleague.locator('[data-test="column-Prospecting"]', { hasText: '$12,500.00 · $1,250.00' }).waitFor({ timeout: 5000 });
    await colleague.getByRole('button', { name: 'Language' }).click();
    await colleague.getByText('العربية').click();
    await colleague.locator('html[dir="rtl"]').waitFor();
    expect(await colleague.locator('html').getAttribute('lang')).toBe('ar');
    await colleague.getByText('مسارات المبيعات').first().waitFor();
    await rightToLeftLaidOut(colleague);
    await colleague.screenshot({ path: path.join(ARTIFACTS, 'board-ar.png'), fullPage: true });
  });
});
