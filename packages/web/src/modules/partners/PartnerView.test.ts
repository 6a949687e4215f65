import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { mountView } from '../../test/mount';
import { answerByOperation, body, connection, loggedIn, partner, registration, type } from './partners-test-support';
import PartnerView from './PartnerView.vue';

const users = [{ id: 'u9', name: 'Pat Partner', email: 'pat@nordic.example', active: true, lastLoginAt: null }];
const loaded = (fields: Record<string, unknown> = {}) => ({
  data: {
    partner: { ...partner(fields), users },
    dealRegistrations: connection([registration('r1', { conflicts: [{ kind: 'OPEN_DEAL', description: 'Open deal', dealId: 'd7', registrationId: null }] })]),
    deals: connection([{ id: 'd3', title: 'Acme expansion', status: 'WON', amount: { amountMinor: 990_000, currency: 'EUR' }, stage: { id: 's9', name: 'Won' }, owner: { id: 'u2', name: 'Ana' } }]),
  },
});

describe('PartnerView', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows the partner, its registrations and credited deals; a new referral code is asked for first', async () => {
    loggedIn('MANAGER');
    const api = answerByOperation({
      PartnerPage: [loaded()],
      RegeneratePartnerReferralCode: [{ data: { regeneratePartnerReferralCode: partner({ referralCode: 'W3RT8ZNA', version: 3 }) } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PartnerView, '/partners/p1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="partner-title"]').text()).toBe('Nordic Resellers'));
    expect(api.sent('PartnerPage')).toEqual([{ id: 'p1' }]);
    expect(wrapper.find('[data-test="fact-group"]').text()).toBe('Gold partners');
    expect(wrapper.find('[data-test="fact-manager"]').text()).toBe('Ana');
    expect(wrapper.find('[data-test="registration-r1"]').text()).toContain('Possible conflicts: 1');
    expect(wrapper.find('[data-test="deal-d3"]').text()).toContain('€9,900.00');
    expect(wrapper.find('[data-test="deal-d3"] a').attributes('href')).toBe('/deals/d3');
    expect(wrapper.find('[data-test="user-pat@nordic.example"]').text()).toContain('Never logged in');

    expect(wrapper.find('[data-test="referral-code-value"]').text()).toBe('K7M2QX9P');
    await wrapper.find('[data-test="regenerate"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="regenerate-dialog"]').text()).toContain('The code K7M2QX9P stops working at once'));
    expect(api.sent('RegeneratePartnerReferralCode')).toEqual([]);
    await body.find('[data-test="confirm-regenerate"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="referral-code-value"]').text()).toBe('W3RT8ZNA'));
    expect(api.sent('RegeneratePartnerReferralCode')).toEqual([{ input: { id: 'p1' } }]);
    // The page keeps the partner's users: only the partner's own fields came back.
    expect(wrapper.find('[data-test="user-pat@nordic.example"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('invites a person to the portal and shows the link to hand over once', async () => {
    loggedIn('MANAGER');
    const acceptUrl = 'https://fjord.example/accept-invite?token=abc123';
    const api = answerByOperation({
      PartnerPage: [loaded()],
      InvitePartnerUser: [{ data: { invitePartnerUser: { acceptUrl, invite: { id: 'i1', email: 'kim@nordic.example', expiresAt: '2026-03-12T08:00:00.000Z' } } } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PartnerView, '/partners/p1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="invite-form"]').exists()).toBe(true));
    await type('[data-test="invite-email"]', ' kim@nordic.example ');
    await wrapper.find('[data-test="invite-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="accept-url"]').text()).toBe(acceptUrl));
    expect(api.sent('InvitePartnerUser')).toEqual([{ input: { partnerId: 'p1', email: 'kim@nordic.example' } }]);
    expect(wrapper.find('[data-test="accept-link"]').text()).toContain('Send this link to kim@nordic.example');
    wrapper.unmount();
  });

  it('shows reps the partner without the managers\' controls', async () => {
    loggedIn('REP');
    vi.stubGlobal('fetch', answerByOperation({ PartnerPage: [loaded()] }).fetch);
    const { wrapper } = await mountView(PartnerView, '/partners/p1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="partner-title"]').exists()).toBe(true));
    for (const control of ['edit', 'regenerate', 'invite-form']) expect(wrapper.find(`[data-test="${control}"]`).exists()).toBe(false);
    wrapper.unmount();
  });
});
