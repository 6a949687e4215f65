import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProduct, startAppServer, type AppServer } from './app-server';

const ARTIFACTS = path.resolve(import.meta.dirname, '../../../test-artifacts');

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
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function api(page: Page, query: string, variables: Record<string, unknown> = {}) {
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

  it('signs up, invites a colleague, and shows a deal created and moved by one on the other\'s board live', async () => {
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
    const { createDeal } = await api(owner, `mutation { createDeal(input: { title: "Nordic rollout", amountMinor: 4200000 }) { id } }`);
    await colleague.locator('[data-test="column-Prospecting"] [data-test="card-Nordic rollout"]').waitFor({ timeout: 5000 });

    const { pipelines } = await api(owner, `{ pipelines { edges { node { stages { id name } } } } }`);
    const closing = pipelines.edges[0].node.stages.find((stage: { name: string }) => stage.name === 'Closing').id;
    await api(owner, `mutation($id: ID!, $s: ID!) { moveDeal(input: { id: $id, version: 1, stageId: $s }) { id } }`, { id: createDeal.id, s: closing });
    await colleague.locator('[data-test="column-Closing"] [data-test="card-Nordic rollout"]').waitFor({ timeout: 5000 });
    expect(await colleague.locator('[data-test="column-Prospecting"] [data-test="card-Nordic rollout"]').count()).toBe(0);
    expect(await colleague.locator('[data-test="column-Closing"]').innerText()).toContain('$42,000.00');
    await colleague.locator('[data-test="column-Closing"]').scrollIntoViewIfNeeded();
    await colleague.screenshot({ path: path.join(ARTIFACTS, 'board-en.png'), fullPage: true });

    await colleague.getByRole('button', { name: 'Language' }).click();
    await colleague.getByText('العربية').click();
    await colleague.locator('html[dir="rtl"]').waitFor();
    expect(await colleague.locator('html').getAttribute('lang')).toBe('ar');
    await colleague.getByText('مسارات المبيعات').first().waitFor();
    await colleague.locator('[data-test="column-Closing"]').scrollIntoViewIfNeeded();
    await colleague.screenshot({ path: path.join(ARTIFACTS, 'board-ar.png'), fullPage: true });
  });
});
