import path from 'node:path';
import { type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, ARTIFACTS, launchChromium, rightToLeftLaidOut } from './browser';
import { buildProduct, startAppServer, type AppServer } from './app-server';

const PLUGIN = 'Affiliate commission';
const INSTALLATION = 'Standard affiliates';
const GROUP = 'Affiliates';
const PARTNER = 'Aurora Referrals';
const OPPORTUNITY = 'Northwind 200 seats';
/** The registered amount, and the plugin's 10 % of it. */
const AMOUNT = '$25,000.00';
const COMMISSION = '$2,500.00';

/**
 * The partner programme as people use it, in Debian's Chromium against the real server: an
 * owner adds the affiliate-commission plugin and installs it at 10 % through the settings form
 * its JSON schema generates, makes a partner group paid by it and a partner in it, and invites
 * one of the partner's people. That person lands on the portal (and only the portal) and
 * registers a deal; the owner approves it and wins the deal; the plugin runner writes the
 * commission to the ledger, where the owner reads how it was computed, and the partner sees the
 * deal and the commission in the portal. Screenshots land in test-artifacts/, the ledger and the
 * portal also in Hebrew (right to left).
 */
describe('the partner programme in the browser', () => {
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


  /** A full-page screenshot, the pointer out of the way (no hover highlight) and ripples and fades run to their end. */
  async function shot(page: Page, name: string): Promise<void> {
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true, animations: 'disabled' });
  }
  const pathOf = (page: Page) => new URL(page.url()).pathname;

  /** Opens a Vuetify select and picks the option with exactly this text. */
  async function choose(page: Page, select: string, option: string): Promise<void> {
    await page.locator(`[data-test="${select}"] .v-field`).click();
    await page.getByRole('option', { name: option, exact: true }).click();
    await page.locator(`[data-test="${select}"]`, { hasText: option }).waitFor();
  }

  async function switchLanguage(page: Page, label: string, language: string): Promise<void> {
    await page.getByRole('button', { name: label }).click();
    await page.getByText(language, { exact: true }).click();
    await rightToLeftLaidOut(page);
  }

  /** The ledger's row of the commission, once the plugin runner has written it: the page is read again until it shows. */
  async function ledgerRow(page: Page): Promise<Locator> {
    const row = page.locator('[data-test="ledger-table"] tr[data-test^="row-"]', { hasText: OPPORTUNITY });
    const deadline = Date.now() + 20_000;
    for (;;) {
      await page.locator('[data-test="ledger-table"] tr[data-test^="row-"], [data-test="no-entries"]').first().waitFor();
      if (await row.count()) return row;
      if (Date.now() > deadline) throw new Error('The commission did not reach the ledger in 20 s');
      await page.waitForTimeout(1000);
      await page.reload();
    }
  }

  it('an owner installs the affiliate plugin and signs up a partner; the partner registers a deal in the portal and earns 10 % when it is won', async () => {
    const started = Date.now();
    const owner = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } })).newPage();
    await owner.goto(`${server.origin}/signup`);
    await owner.getByLabel('Company').fill('Fjord Analytics');
    await owner.getByLabel('Your name').fill('Ola Nordmann');
    await owner.getByLabel('Email').fill('ola@fjord.example');
    await owner.getByLabel('Password').fill('correct horse battery');
    await owner.getByRole('button', { name: 'Create a workspace' }).click();
    await owner.getByText('Welcome, Ola Nordmann').waitFor();
    const ownerNav = owner.locator('.v-navigation-drawer');

    // Plugins: add the built-in affiliate plugin to the catalogue, then install it at 10 %, no hold.
    await ownerNav.getByRole('link', { name: 'Plugins', exact: true }).click();
    await owner.locator('[data-test="no-installations"]').waitFor();
    await owner.locator('[data-test="add-affiliate-commission"]').click();
    await owner.locator('[data-test="notice"]', { hasText: `${PLUGIN} 1.1.0 is in the catalogue.` }).waitFor();
    const card = owner.locator('[data-test^="plugin-"]', { hasText: PLUGIN });
    await card.locator('[data-test^="install-"]').click();
    const dialog = owner.locator('[data-test="installation-form"]');
    await dialog.waitFor();
    expect(await owner.locator('.v-dialog .v-card-title').innerText()).toBe(`Install ${PLUGIN}`);
    // The form is the plugin's JSON schema: its titles, its defaults, its ranges; choices by
    // their labels and rates in basis points as percentages.
    const rate = dialog.locator('[data-test="setting-settings.rateBasisPoints"]');
    const holdDays = dialog.locator('[data-test="setting-settings.holdDays"]');
    expect(await rate.locator('input').inputValue()).toBe('20');
    expect(await rate.innerText()).toContain('From 0% to 100%.');
    expect(await holdDays.locator('input').inputValue()).toBe('30');
    expect(await dialog.locator('[data-test="setting-settings.mode"]').innerText()).toContain('A percentage of the basis');
    await dialog.locator('[data-test="installation-name"] input').fill(INSTALLATION);
    await rate.locator('input').fill('10');
    await holdDays.locator('input').fill('0');
    // A window tall enough for the whole dialog, which scrolls in a smaller one.
    await owner.setViewportSize({ width: 1400, height: 1500 });
    await owner.locator('.v-dialog .v-card-text').evaluate((text) => text.scrollTo(0, 0));
    await owner.locator('.v-dialog > .v-overlay__content').screenshot({ path: path.join(ARTIFACTS, 'plugins-install-dialog-en.png'), animations: 'disabled' });
    await owner.setViewportSize({ width: 1400, height: 900 });
    await dialog.locator('[data-test="save-installation"]').click();
    await owner.locator('[data-test="notice"]', { hasText: `${INSTALLATION} is saved.` }).waitFor();
    const installed = owner.locator('[data-test="installations-table"] tr[data-test^="installation-"]', { hasText: INSTALLATION });
    expect(await installed.innerText()).toContain(PLUGIN);
    expect(await installed.innerText()).toContain('Assigned partners');
    expect(await installed.locator('input[type="checkbox"]').isChecked()).toBe(true);
    await shot(owner, 'plugins-en.png');
    const { pluginInstallations } = await api(owner, '{ pluginInstallations { name settings } }');
    expect(pluginInstallations).toEqual([{ name: INSTALLATION, settings: expect.objectContaining({ mode: 'percentage', rateBasisPoints: 1000, holdDays: 0 }) }]);

    // A partner group paid by that installation, with no hold period.
    await ownerNav.getByRole('link', { name: 'Partners', exact: true }).click();
    await owner.locator('[data-test="empty-state"]').waitFor();
    await owner.locator('[data-test="tab-groups"]').click();
    await owner.locator('[data-test="no-groups"]').waitFor();
    await owner.locator('[data-test="new-group"]').click();
    await owner.locator('[data-test="group-name"] input').fill(GROUP);
    await owner.locator('[data-test="group-hold-days"] input').fill('0');
    await choose(owner, 'group-installation', `${INSTALLATION} · ${PLUGIN}`);
    await owner.locator('[data-test="save"]').click();
    const groupRow = owner.locator('[data-test="groups-table"] tr[data-test^="group-"]', { hasText: GROUP });
    await groupRow.waitFor();
    expect(await groupRow.innerText()).toMatch(new RegExp(`${GROUP}\\s+0 days\\s+${INSTALLATION}`));

    // A partner in it: saving opens the partner's page.
    await owner.locator('[data-test="tab-partners"]').click();
    await owner.locator('[data-test="new-partner"]').click();
    await owner.locator('[data-test="partner-name"] input').fill(PARTNER);
    await owner.locator('[data-test="partner-tier"] input').fill('Gold');
    await choose(owner, 'partner-type', 'Affiliate');
    await owner.locator('[data-test="partner-domain"] input').fill('aurora-referrals.example');
    await choose(owner, 'partner-group', GROUP);
    await owner.locator('[data-test="save"]').click();
    await owner.locator('[data-test="partner-title"]', { hasText: PARTNER }).waitFor();
    expect(pathOf(owner)).toMatch(/^\/partners\/[^/]+$/);

    // The invite link is shown once, on the partner's page.
    await owner.locator('[data-test="invite-email"] input').fill('sam@aurora-referrals.example');
    await owner.locator('[data-test="invite"]').click();
    const acceptUrl = new URL(await owner.locator('[data-test="accept-url"]').innerText());
    // The server names itself by PUBLIC_URL, which the test server leaves unset: the link's path and token are what matter.
    expect(acceptUrl.pathname).toBe('/accept-invite');
    expect(acceptUrl.searchParams.get('token')).toMatch(/\S{16,}/);
    expect(await owner.locator('[data-test="accept-link"]').innerText()).toContain('Send this link to sam@aurora-referrals.example');

    await owner.getByRole('link', { name: 'All partners' }).click();
    const partnerRow = owner.locator('[data-test="partners-table"] tr[data-test^="row-"]', { hasText: PARTNER });
    await partnerRow.waitFor();
    expect(await partnerRow.innerText()).toMatch(new RegExp(`${PARTNER}[\\s\\S]*Affiliate[\\s\\S]*Active[\\s\\S]*Gold[\\s\\S]*${GROUP}`));
    await shot(owner, 'partners-en.png');

    // The partner's person joins and lands on the portal, with none of the team's pages.
    const partner = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } })).newPage();
    await partner.goto(`${server.origin}${acceptUrl.pathname}${acceptUrl.search}`);
    await partner.getByLabel('Your name').fill('Sam Partner');
    await partner.getByLabel('Password').fill('a partner password');
    await partner.getByRole('button', { name: 'Join your team' }).click();
    await partner.locator('[data-test="portal-title"]', { hasText: PARTNER }).waitFor();
    expect(pathOf(partner)).toBe('/portal');
    const nav = partner.locator('.v-navigation-drawer');
    for (const team of ['My day', 'Pipelines', 'Leads', 'Contacts', 'Partners', 'Commissions', 'Plugins', 'Settings']) {
      expect(await nav.getByRole('link', { name: team, exact: true }).count(), team).toBe(0);
    }
    for (const portal of ['Overview', 'Register a deal', 'My registrations', 'Deals', 'Earnings', 'Statements']) {
      expect(await nav.getByRole('link', { name: portal, exact: true }).count(), portal).toBe(1);
    }
    expect(await partner.locator('[data-test="partner-tier"]').innerText()).toBe('Gold');
    expect(await partner.locator('[data-test="portal-referral-code"]').innerText()).toMatch(/\S{4,}/);
    expect(await partner.locator('[data-test="no-earnings"]').innerText()).toBe('No earnings yet.');
    // A team page typed in by hand sends them back to the portal.
    await partner.goto(`${server.origin}/commissions`);
    await partner.locator('[data-test="portal-title"]', { hasText: PARTNER }).waitFor();
    expect(pathOf(partner)).toBe('/portal');

    // They register a deal with the portal's form.
    await nav.getByRole('link', { name: 'Register a deal', exact: true }).click();
    await partner.locator('[data-test="register-title"] input').fill(OPPORTUNITY);
    await partner.locator('[data-test="register-organization"] input').fill('Northwind Traders');
    await partner.locator('[data-test="register-domain"] input').fill('northwind.example');
    await partner.locator('[data-test="register-contact-name"] input').fill('Nancy Davolio');
    await partner.locator('[data-test="register-amount"] input').fill('25,000.00');
    expect(await partner.locator('[data-test="register-currency"] input[role="combobox"]').inputValue()).toBe('USD');
    await partner.locator('[data-test="register-submit"]').click();
    const registered = partner.locator('[data-test="registered"]');
    await registered.waitFor();
    expect(await registered.innerText()).toContain(`“${OPPORTUNITY}” is registered`);
    expect(await registered.innerText()).toContain(`Northwind Traders · ${AMOUNT}`);
    expect(await registered.innerText()).toContain('Pending');

    // The owner finds it in the registrations queue and approves it: a deal credited to the partner opens.
    await ownerNav.getByRole('link', { name: 'Partners', exact: true }).click();
    await owner.locator('[data-test="tab-registrations"]').click();
    const registration = owner.locator('[data-test="registrations"] > [data-test^="registration-"]', { hasText: OPPORTUNITY });
    await registration.waitFor();
    expect(await registration.locator('[data-test="registration-partner"]').innerText()).toBe(PARTNER);
    expect(await registration.locator('[data-test="registration-organization"]').innerText()).toContain('Northwind Traders · northwind.example');
    expect(await registration.locator('[data-test="registration-amount"]').innerText()).toBe(AMOUNT);
    expect(await registration.innerText()).toContain('submitted by Sam Partner');
    await shot(owner, 'registrations-en.png');
    await registration.locator('[data-test="approve"]').click();
    await owner.locator('[data-test="approve-dialog"]').waitFor();
    await owner.locator('[data-test="confirm-approve"]').click();
    const dealLink = owner.locator('[data-test="approved-deal"]');
    await dealLink.waitFor();
    expect(await dealLink.innerText()).toBe(OPPORTUNITY);
    const dealId = (await dealLink.getAttribute('href'))!.split('/').pop()!;
    await owner.locator('[data-test="approve-close"]').click();
    expect(await registration.innerText()).toContain('Approved');
    expect(await registration.locator('[data-test="approve"]').count()).toBe(0);
    const { deal } = await api(owner, 'query ($id: ID!) { deal(id: $id) { version status amount { amountMinor currency } } }', { id: dealId });
    expect(deal).toMatchObject({ status: 'OPEN', amount: { amountMinor: 2_500_000, currency: 'USD' } });

    // The deal is won (a shortcut through the API: the board's drag to Won is board.test.ts's business).
    await api(owner, 'mutation ($input: WinDealInput!) { winDeal(input: $input) { id status } }', { input: { id: dealId, version: deal.version } });

    // The plugin runner pays 10 % of it into the ledger; its explanation says how.
    await ownerNav.getByRole('link', { name: 'Commissions', exact: true }).click();
    const row = await ledgerRow(owner);
    const cells = await row.locator('td').allInnerTexts();
    expect(cells.join(' | ')).toMatch(new RegExp(`${PARTNER}\\s+Partner \\| ${OPPORTUNITY} \\| Commission \\| deal.won \\| \\${COMMISSION} \\| Pending`));
    expect(await owner.locator('[data-test="ledger-table"] tr[data-test^="row-"]').count()).toBe(1);
    const expand = row.locator('[data-test="expand-entry"]');
    expect(await expand.count()).toBe(1);
    await expand.click();
    const details = owner.locator('[data-test^="details-"]');
    await details.waitFor();
    expect(await details.locator('[data-test="explanation"]').innerText()).toBe(`10 % of 25,000.00 USD deal "${OPPORTUNITY}" = 2,500.00 USD`);
    expect(await details.locator('[data-test="fact-basis"]').innerText()).toBe(AMOUNT);
    expect(await details.locator('[data-test="fact-rate"]').innerText()).toBe('10%');
    expect(await details.locator('[data-test="fact-plugin"]').innerText()).toBe('affiliate-commission@1.1.0');
    expect(await details.locator('[data-test="fact-reason"]').innerText()).toBe('one-off');
    expect(await details.locator('[data-test="hashes"]').innerText()).toMatch(/Code[\s\S]*Settings[\s\S]*Input[\s\S]*Output/);
    await shot(owner, 'ledger-en.png');

    // The partner sees the won deal and the commission.
    await nav.getByRole('link', { name: 'Deals', exact: true }).click();
    const portalDeal = partner.locator(`[data-test="deal-${dealId}"]`);
    await portalDeal.waitFor();
    expect((await portalDeal.locator('td').allInnerTexts()).map((text) => text.trim())).toEqual([OPPORTUNITY, 'Won', 'Won', '—', AMOUNT]);
    await nav.getByRole('link', { name: 'Earnings', exact: true }).click();
    const entry = partner.locator('[data-test="entries"] tr[data-test^="entry-"]');
    await entry.waitFor();
    expect(await entry.count()).toBe(1);
    expect(await entry.innerText()).toContain(`10 % of 25,000.00 USD deal "${OPPORTUNITY}" = 2,500.00 USD`);
    expect(await entry.locator('[data-test="entry-amount"]').innerText()).toBe(COMMISSION);
    expect(await entry.innerText()).toContain('Pending');
    expect(await partner.locator('[data-test="total-PENDING-USD"] [data-test="total-amount"]').innerText()).toBe(COMMISSION);
    await shot(partner, 'portal-earnings-en.png');
    await nav.getByRole('link', { name: 'Overview', exact: true }).click();
    await partner.locator('[data-test="total-PENDING-USD"]', { hasText: COMMISSION }).waitFor();
    expect(await partner.locator('[data-test="portal-share-text"]').innerText()).toContain('Get in touch with Fjord Analytics and mention referral code');
    await shot(partner, 'portal-overview-en.png');

    // The partner's referral link, opened by someone without an account: they become a lead credited to the partner.
    const link = await partner.locator('[data-test="portal-referral-link"]').innerText();
    const visitor = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } })).newPage();
    await visitor.goto(link);
    await visitor.getByText('Aurora Referrals invites you to Fjord Analytics').waitFor();
    await visitor.locator('[data-test="refer-first-name"] input').fill('Vera');
    await visitor.locator('[data-test="refer-last-name"] input').fill('Visitor');
    await visitor.locator('[data-test="refer-email"] input').fill('vera@visitor.example');
    await visitor.locator('[data-test="refer-company"] input').fill('Visitor Goods');
    await visitor.locator('[data-test="refer-submit"]').click();
    await visitor.locator('[data-test="refer-thanks"]').waitFor();
    await shot(visitor, 'referral-link-en.png');
    const { leads } = await api(owner, `{ leads(first: 10, filter: { search: "Vera" }) { edges { node { name source attribution { partner { name } source } } } } }`);
    expect(leads.edges.map((edge: any) => edge.node)).toEqual([{ name: 'Vera Visitor', source: 'CHANNEL', attribution: { partner: { name: 'Aurora Referrals' }, source: 'REFERRAL_CODE' } }]);

    // Hebrew: the portal and the ledger run right to left, amounts and all.
    await switchLanguage(partner, 'Language', 'עברית');
    expect(await partner.locator('html').getAttribute('lang')).toBe('he');
    await nav.getByRole('link', { name: 'סקירה' }).waitFor();
    await partner.locator('[data-test="total-PENDING-USD"] [data-test="total-amount"]').waitFor();
    expect(await partner.locator('[data-test="total-PENDING-USD"] [data-test="total-amount"]').innerText()).toContain('2,500.00');
    await shot(partner, 'portal-overview-he.png');
    await nav.getByRole('link', { name: 'הכנסות', exact: true }).click();
    await entry.locator('[data-test="entry-amount"]').waitFor();
    expect(await entry.locator('[data-test="entry-amount"]').innerText()).toContain('2,500.00');
    await shot(partner, 'portal-earnings-he.png');

    await switchLanguage(owner, 'Language', 'עברית');
    expect(await owner.locator('html').getAttribute('lang')).toBe('he');
    await ownerNav.getByRole('link', { name: 'עמלות', exact: true }).waitFor();
    expect(await details.locator('[data-test="fact-rate"]').innerText()).toMatch(/10\s?%/);
    expect(await row.locator(`[data-test^="amount-"]`).innerText()).toContain('2,500.00');
    await shot(owner, 'ledger-he.png');

    console.log(`partners.test.ts: the flow took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
