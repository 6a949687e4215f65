import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RouteLocationNormalized } from 'vue-router';
import App from '../../App.vue';
import { i18n, setLocale } from '../../i18n';
import { vuetify } from '../../plugins/vuetify';
import { createAppRouter } from '../../router';
import { flush } from '../../test/mount';
import { answerByOperation } from '../partners/partners-test-support';
import { portalRedirect } from './routes';

const authPayload = (role: string) => ({
  accessToken: 'access-1', expiresIn: 900, refreshToken: 'refresh-1',
  user: { id: 'u9', name: 'Pat Partner', email: 'pat@nordic.example', role },
  tenant: { id: 't1', name: 'Fjord', slug: 'fjord', baseCurrency: 'EUR', locale: 'en', timeZone: 'Europe/Oslo' },
});
const ledger = {
  data: {
    ledgerEntries: {
      totalCount: 2, pageInfo: { endCursor: null, hasNextPage: false },
      edges: [
        { node: { id: 'e1', createdAt: '2026-03-01T08:00:00.000Z', kind: 'COMMISSION', status: 'APPROVED', explanation: '10 % of 1 000.00', amount: { amountMinor: 10_000, currency: 'EUR' } } },
        { node: { id: 'e2', createdAt: '2026-03-02T08:00:00.000Z', kind: 'COMMISSION', status: 'APPROVED', explanation: '10 % of 505.50', amount: { amountMinor: 5_055, currency: 'EUR' } } },
      ],
    },
  },
};

describe('the partner portal in the app', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lands a partner\'s user on the portal after login, shows only the portal\'s navigation, and keeps team pages out of reach', async () => {
    const api = answerByOperation({
      Login: [{ data: { login: authPayload('PARTNER') } }],
      PortalPartner: [{ data: { myPartner: { id: 'p1', name: 'Nordic Resellers', type: 'RESELLER', status: 'ACTIVE', tier: 'gold', referralCode: 'K7M2QX9P' } } }],
      PortalLedger: [ledger],
    });
    vi.stubGlobal('fetch', api.fetch);
    const pinia = createPinia();
    setActivePinia(pinia);
    const router = createAppRouter();
    await router.push('/login');
    await router.isReady();
    const wrapper = mount(App, { global: { plugins: [pinia, i18n, vuetify, router] }, attachTo: document.body });
    await vi.waitFor(() => expect(wrapper.find('[data-test="login-form"]').exists()).toBe(true));

    const [email, password] = wrapper.findAll('[data-test="login-form"] input');
    await email!.setValue('pat@nordic.example');
    await password!.setValue('partner password 123');
    await wrapper.find('[data-test="login-form"]').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('portal'));

    await vi.waitFor(() => expect(wrapper.find('[data-test="portal-referral-code"]').text()).toBe('K7M2QX9P'));
    const navigation = wrapper.findAll('.v-navigation-drawer a.v-list-item');
    expect(navigation.map((item) => item.text())).toEqual(['Overview', 'Register a deal', 'My registrations', 'Deals', 'Earnings', 'Statements']);
    expect(navigation.map((item) => item.attributes('href'))).toEqual(['/portal', '/portal/register', '/portal/registrations', '/portal/deals', '/portal/earnings', '/portal/statements']);
    // The team's notifications are not theirs (the server would refuse them).
    expect(wrapper.find('[data-test="notification-bell"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="portal-title"]').text()).toBe('Nordic Resellers');
    expect(wrapper.find('[data-test="partner-tier"]').text()).toBe('gold');
    const link = `${window.location.origin}/refer/fjord/K7M2QX9P`;
    expect(wrapper.find('[data-test="portal-referral-link"]').text()).toBe(link);
    expect(wrapper.find('[data-test="portal-share-text"]').text()).toBe(`Get in touch with Fjord and mention referral code K7M2QX9P, or leave your details here: ${link}`);
    expect(wrapper.find('[data-test="total-APPROVED-EUR"] [data-test="total-amount"]').text()).toBe('€150.55');

    for (const teamPage of ['/leads', '/partners', '/deals/d1', '/settings', '/commissions']) {
      await router.push(teamPage).catch(() => undefined);
      await flush();
      expect(router.currentRoute.value.name, teamPage).toBe('portal');
    }
    expect(api.requests.map((request) => request.operation)).toEqual(['Login', 'PortalPartner', 'PortalLedger']);
    wrapper.unmount();
  });
});

describe('portalRedirect', () => {
  const to = (meta: Record<string, unknown>) => ({ meta }) as unknown as RouteLocationNormalized;

  it('sends a partner\'s user to the portal and the team away from it', () => {
    expect(portalRedirect(to({}), 'PARTNER')).toEqual({ name: 'portal' });
    expect(portalRedirect(to({ portal: true }), 'PARTNER')).toBeNull();
    expect(portalRedirect(to({ portal: true }), 'OWNER')).toEqual({ name: 'home' });
    expect(portalRedirect(to({ portal: true }), 'REP')).toEqual({ name: 'home' });
    expect(portalRedirect(to({}), 'MANAGER')).toBeNull();
    // Public pages and people not logged in are the other rules' business.
    expect(portalRedirect(to({ public: true }), 'PARTNER')).toBeNull();
    expect(portalRedirect(to({ portal: true }), null)).toBeNull();
  });
});
