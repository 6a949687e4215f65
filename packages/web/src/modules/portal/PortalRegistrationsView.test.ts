import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { mountView } from '../../test/mount';
import { answerByOperation, connection, loggedIn, soon } from '../partners/partners-test-support';
import PortalDealsView from './PortalDealsView.vue';
import PortalRegistrationsView from './PortalRegistrationsView.vue';

const registration = (id: string, fields: Record<string, unknown>) => ({
  id, title: 'Acme rollout', organizationName: 'Acme', organizationDomain: 'acme.com', status: 'PENDING', expectedCloseDate: null,
  expiresAt: soon(), createdAt: '2026-03-01T08:00:00.000Z', decidedAt: null, rejectionReason: null,
  amount: { amountMinor: 1_250_000, currency: 'EUR' }, conflicts: [], ...fields,
});

describe('the portal\'s lists', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('en');
    loggedIn('PARTNER');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows each registration\'s status, decision, rejection reason and expiry', async () => {
    const api = answerByOperation({
      PortalRegistrations: [{
        data: {
          dealRegistrations: connection([
            registration('r1', {}),
            registration('r2', { title: 'Initech pilot', status: 'REJECTED', decidedAt: '2026-03-03T09:00:00.000Z', rejectionReason: 'Initech is already our customer' }),
          ]),
        },
      }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PortalRegistrationsView, '/portal/registrations');
    await vi.waitFor(() => expect(wrapper.find('[data-test="registration-r2"]').exists()).toBe(true));
    expect(api.sent('PortalRegistrations')).toEqual([{ first: 20, after: null }]);
    expect(wrapper.find('[data-test="registration-r1"] [data-test="registration-expires"]').classes()).toContain('text-error');
    const rejected = wrapper.find('[data-test="registration-r2"]');
    expect(rejected.find('[data-test="registration-status-REJECTED"]').exists()).toBe(true);
    expect(rejected.find('[data-test="registration-decision"]').text()).toBe('Rejected on Mar 3, 2026, 10:00 AM');
    expect(rejected.find('[data-test="registration-rejection"]').text()).toBe('Initech is already our customer');
    wrapper.unmount();
  });

  it('lists the deals credited to the partner', async () => {
    const api = answerByOperation({
      PortalDeals: [{ data: { partnerDeals: connection([{ id: 'd1', title: 'Acme rollout', status: 'OPEN', expectedCloseDate: '2026-12-15', amount: { amountMinor: 990_000, currency: 'EUR' }, stage: { id: 's2', name: 'Demo' } }]) } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PortalDealsView, '/portal/deals');
    await vi.waitFor(() => expect(wrapper.find('[data-test="deal-d1"]').exists()).toBe(true));
    expect(api.sent('PortalDeals')).toEqual([{ first: 20, after: null }]);
    const row = wrapper.find('[data-test="deal-d1"]').text();
    for (const text of ['Acme rollout', 'Demo', 'Open', 'Dec 15, 2026', '€9,900.00']) expect(row).toContain(text);
    wrapper.unmount();
  });
});
