import type { VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { setLocale } from '../../i18n';
import { mountView } from '../../test/mount';
import { dealFixture } from '../deals/deal-test-support';
import RecordPicker from '../deals/RecordPicker.vue';
import { useDealStore } from '../deals/deal.store';
import { useLeadStore, type Lead } from '../leads/lead.store';
import DealAttributionCard from './components/DealAttributionCard.vue';
import LeadAttributionCard from './components/LeadAttributionCard.vue';
import { answerByOperation, body, flush, loggedIn, type } from './partners-test-support';

const credit = (partner: { id: string; name: string } | null, fields: Record<string, unknown> = {}) => ({
  source: 'REGISTRATION', attributedAt: '2026-03-04T09:30:00.000Z', partner, attributedBy: { id: 'u2', name: 'Ana' }, ...fields,
});
const options = { data: { partners: { edges: [{ node: { id: 'p1', name: 'Nordic Resellers', type: 'RESELLER' } }, { node: { id: 'p2', name: 'Fjell IT', type: 'VAR' } }] } } };

/** The deal page's store with `deal` in it, and the card as the page shows it. */
const DealHost = (deal: object) => defineComponent({
  setup() {
    useDealStore().deal = deal as ReturnType<typeof useDealStore>['deal'];
    return () => h(DealAttributionCard);
  },
});

const lead = (fields: Record<string, unknown> = {}) => ({
  id: 'l1', version: 6, name: 'Kari Nordmann', firstName: 'Kari', lastName: 'Nordmann', email: null, phone: null, companyName: 'Fjord AS', companyWebsite: null,
  companyEmployeeCount: null, jobTitle: null, source: 'CHANNEL', sourceDetail: null, score: 40, status: 'NEW', disqualifiedReason: null,
  createdAt: '2026-03-01T08:00:00.000Z', convertedAt: null, convertedContactId: null, convertedOrganizationId: null, convertedDealId: null,
  owner: null, history: [], attribution: null, ...fields,
});

/** Searches the picker as a person types, then picks `partner` from what it found. */
async function choosePartner(wrapper: VueWrapper, api: ReturnType<typeof answerByOperation>, partner: { id: string; name: string }): Promise<void> {
  await type('[data-test="attribution-partner-picker"]', partner.name.slice(0, 4));
  await vi.waitFor(() => expect(api.sent('AttributionPartnerOptions')).toEqual([{ search: null }, { search: partner.name.slice(0, 4) }]));
  wrapper.findComponent(RecordPicker).vm.$emit('update:modelValue', partner);
  await flush();
}

describe('AttributionCard', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows who a deal is credited to, how, by whom and when, and a manager changes it with the deal\'s version', async () => {
    loggedIn('MANAGER');
    const api = answerByOperation({
      AttributionPartnerOptions: [options, options],
      SetDealAttribution: [
        { data: { setDealAttribution: dealFixture({ version: 4, attribution: credit({ id: 'p2', name: 'Fjell IT' }, { source: 'MANUAL', attributedBy: { id: 'u1', name: 'Ola' } }) }) } },
        { data: { setDealAttribution: dealFixture({ version: 5, attribution: null }) } },
      ],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(DealHost(dealFixture({ attribution: credit({ id: 'p1', name: 'Nordic Resellers' }) })), '/deals/d1');
    expect(wrapper.find('[data-test="attribution-partner"] a').text()).toBe('Nordic Resellers');
    expect(wrapper.find('[data-test="attribution-partner"] a').attributes('href')).toBe('/partners/p1');
    expect(wrapper.find('[data-test="attribution-source"]').text()).toBe('Approved registration');
    expect(wrapper.find('[data-test="attribution-by"]').text()).toBe('Ana');
    expect(wrapper.find('[data-test="attribution-at"]').text()).toBe('Mar 4, 2026, 10:30 AM');

    await wrapper.find('[data-test="change-attribution"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="attribution-dialog"]').exists()).toBe(true));
    await choosePartner(wrapper, api, { id: 'p2', name: 'Fjell IT' });
    await body.find('[data-test="save-attribution"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="attribution-partner"]').text()).toBe('Fjell IT'));
    expect(api.sent('SetDealAttribution')).toEqual([{ input: { dealId: 'd1', partnerId: 'p2', version: 3 } }]);
    expect(wrapper.find('[data-test="attribution-source"]').text()).toBe('Set by hand');
    // The page's deal is the one the server returned: its next change sends the new version.
    expect(useDealStore().deal?.version).toBe(4);

    await wrapper.find('[data-test="change-attribution"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="clear-attribution"]').exists()).toBe(true));
    await body.find('[data-test="clear-attribution"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="no-attribution"]').exists()).toBe(true));
    expect(api.sent('SetDealAttribution')[1]).toEqual({ input: { dealId: 'd1', partnerId: null, version: 4 } });
    wrapper.unmount();
  });

  it('shows the server\'s refusal in the dialog, and reps get no change button', async () => {
    loggedIn('MANAGER');
    const api = answerByOperation({
      AttributionPartnerOptions: [options, options],
      SetDealAttribution: [{ errors: [{ message: 'Fjell IT is suspended and cannot be credited', extensions: { code: 'BAD_USER_INPUT', field: 'partnerId' } }] }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(DealHost(dealFixture({ attribution: null })), '/deals/d1');
    expect(wrapper.find('[data-test="no-attribution"]').text()).toBe('Not credited to a partner.');
    await wrapper.find('[data-test="change-attribution"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="attribution-dialog"]').exists()).toBe(true));
    await choosePartner(wrapper, api, { id: 'p2', name: 'Fjell IT' });
    await body.find('[data-test="save-attribution"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="attribution-partner-picker"]').text()).toContain('Fjell IT is suspended and cannot be credited'));
    wrapper.unmount();

    loggedIn('REP');
    const rep = await mountView(DealHost(dealFixture({ attribution: credit({ id: 'p1', name: 'Nordic Resellers' }) })), '/deals/d1');
    expect(rep.wrapper.find('[data-test="attribution-partner"]').text()).toBe('Nordic Resellers');
    expect(rep.wrapper.find('[data-test="change-attribution"]').exists()).toBe(false);
    rep.wrapper.unmount();
  });

  it('credits a lead with setLeadAttribution and the lead\'s version; a referral code credit names no person', async () => {
    loggedIn('ADMIN');
    const api = answerByOperation({
      AttributionPartnerOptions: [options, options],
      SetLeadAttribution: [{ data: { setLeadAttribution: lead({ version: 7, attribution: credit({ id: 'p1', name: 'Nordic Resellers' }, { source: 'MANUAL', attributedBy: { id: 'u1', name: 'Ola' } }) }) } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const LeadHost = defineComponent({
      setup() {
        useLeadStore().lead = lead({ attribution: credit({ id: 'p2', name: 'Fjell IT' }, { source: 'REFERRAL_CODE', attributedBy: null }) }) as Lead;
        return () => h(LeadAttributionCard);
      },
    });
    const { wrapper } = await mountView(LeadHost, '/leads/l1');
    expect(wrapper.find('[data-test="attribution-source"]').text()).toBe('Referral code');
    expect(wrapper.find('[data-test="attribution-by"]').text()).toBe('Their referral code');

    await wrapper.find('[data-test="change-attribution"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="attribution-dialog"]').exists()).toBe(true));
    await choosePartner(wrapper, api, { id: 'p1', name: 'Nordic Resellers' });
    await body.find('[data-test="save-attribution"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="attribution-partner"]').text()).toBe('Nordic Resellers'));
    expect(api.sent('SetLeadAttribution')).toEqual([{ input: { leadId: 'l1', partnerId: 'p1', version: 6 } }]);
    expect(useLeadStore().lead?.version).toBe(7);
    wrapper.unmount();
  });
});
