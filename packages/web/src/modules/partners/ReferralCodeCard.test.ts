import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { setLocale } from '../../i18n';
import { mountView } from '../../test/mount';
import ReferralCodeCard from './components/ReferralCodeCard.vue';
import { answerByOperation, connection, loggedIn } from './partners-test-support';

const Host = (contact: object) => defineComponent({ setup: () => () => h(ReferralCodeCard, { contact: contact as never }) });
const referral = { id: 'rf1', code: 'Q8ZK4MNP', status: 'CONVERTED', createdAt: '2026-02-01T08:00:00.000Z', convertedAt: '2026-02-10T08:00:00.000Z', lead: { id: 'l4', name: 'Ola Hansen' }, referred: { id: 'c8', name: 'Ola Hansen' } };

describe('ReferralCodeCard', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('en');
    loggedIn('REP');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('issues a customer a code and shows it with a text to pass on', async () => {
    const api = answerByOperation({
      IssueReferralCode: [{ data: { issueReferralCode: { id: 'c1', isCustomer: true, referralCode: 'Q8ZK4MNP', referrals: connection([]) } } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(Host({ id: 'c1', isCustomer: true, referralCode: null, referrals: connection([]) }), '/contacts/c1');
    await wrapper.find('[data-test="issue-code"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="contact-referral-code"]').text()).toBe('Q8ZK4MNP'));
    expect(api.sent('IssueReferralCode')).toEqual([{ input: { contactId: 'c1' } }]);
    const link = `${window.location.origin}/refer/fjord/Q8ZK4MNP`;
    expect(wrapper.find('[data-test="referral-link"]').text()).toBe(link);
    expect(wrapper.find('[data-test="share-text"]').text()).toBe(`Get in touch with Fjord and mention my referral code Q8ZK4MNP, or leave your details here: ${link}`);
    wrapper.unmount();
  });

  it('lists the referrals of a code, and offers no code to a prospect', async () => {
    vi.stubGlobal('fetch', answerByOperation({}).fetch);
    const customer = await mountView(Host({ id: 'c1', isCustomer: true, referralCode: 'Q8ZK4MNP', referrals: connection([referral], null, 3) }), '/contacts/c1');
    expect(customer.wrapper.find('[data-test="referral-count"]').text()).toBe('Referrals: 3');
    expect(customer.wrapper.find('[data-test="referral-rf1"]').text()).toContain('Converted');
    expect(customer.wrapper.find('[data-test="referral-rf1"] a').attributes('href')).toBe('/contacts/c8');
    customer.wrapper.unmount();

    const prospect = await mountView(Host({ id: 'c2', isCustomer: false, referralCode: null, referrals: connection([]) }), '/contacts/c2');
    expect(prospect.wrapper.find('[data-test="issue-code"]').attributes('disabled')).toBeDefined();
    expect(prospect.wrapper.find('[data-test="referral-card"]').text()).toContain('Referral codes are for customers');
    prospect.wrapper.unmount();
  });
});
