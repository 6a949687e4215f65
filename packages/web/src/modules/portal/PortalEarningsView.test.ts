import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import ListPager from '../../components/ListPager.vue';
import { mountView } from '../../test/mount';
import { answerByOperation, loggedIn } from '../partners/partners-test-support';
import PortalEarningsView from './PortalEarningsView.vue';

const entry = (id: string, status: string, amountMinor: number, currency = 'EUR', fields: Record<string, unknown> = {}) => ({
  id, createdAt: '2026-03-01T08:00:00.000Z', kind: 'COMMISSION', status, explanation: `10 % of the invoice paid for deal ${id}`, amount: { amountMinor, currency }, ...fields,
});
const ledger = (nodes: object[], endCursor: string | null) => ({
  data: { ledgerEntries: { totalCount: 7, pageInfo: { endCursor, hasNextPage: endCursor !== null }, edges: nodes.map((node) => ({ node })) } },
});

describe('PortalEarningsView', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('en');
    loggedIn('PARTNER');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('reads every page of the ledger and sums it per status and currency in whole minor units', async () => {
    const api = answerByOperation({
      PortalLedger: [
        ledger([entry('e1', 'PENDING', 10), entry('e2', 'PENDING', 20), entry('e3', 'PAID', 100_000), entry('e4', 'PENDING', 1_050, 'USD')], 'cur-4'),
        ledger([
          entry('e5', 'PENDING', 2_025, 'USD'),
          entry('e6', 'PAID', -2_500, 'EUR', { kind: 'REVERSAL', explanation: 'Refund of invoice 17 takes back its commission' }),
          entry('e7', 'VOIDED', 7_000),
        ], null),
      ],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(PortalEarningsView, '/portal/earnings');
    await vi.waitFor(() => expect(wrapper.find('[data-test="earnings-totals"]').exists()).toBe(true));
    expect(api.sent('PortalLedger')).toEqual([{ first: 100, after: null }, { first: 100, after: 'cur-4' }]);

    const total = (status: string, currency: string) => wrapper.find(`[data-test="total-${status}-${currency}"] [data-test="total-amount"]`).text();
    // 0.10 + 0.20 is exactly 0.30: integers are added, never floats.
    expect(total('PENDING', 'EUR')).toBe('€0.30');
    expect(total('PENDING', 'USD')).toBe('$30.75');
    expect(total('PAID', 'EUR')).toBe('€975.00');
    expect(total('VOIDED', 'EUR')).toBe('€70.00');
    expect(wrapper.find('[data-test="total-PAID-USD"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-test^="total-"][data-test$="-EUR"], [data-test^="total-"][data-test$="-USD"]').map((row) => row.attributes('data-test')))
      .toEqual(['total-PENDING-EUR', 'total-PENDING-USD', 'total-PAID-EUR', 'total-VOIDED-EUR']);

    const reversal = wrapper.find('[data-test="entry-e6"]');
    expect(reversal.text()).toContain('Refund of invoice 17 takes back its commission');
    expect(reversal.text()).toContain('Reversal');
    expect(reversal.find('[data-test="entry-status-PAID"]').text()).toBe('Paid');
    expect(reversal.find('[data-test="entry-amount"]').text()).toBe('-€25.00');

    await wrapper.find('[data-test="filter-status-PAID"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ status: 'PAID' }));
    await vi.waitFor(() => expect(wrapper.findAll('[data-test^="entry-e"]').map((row) => row.attributes('data-test'))).toEqual(['entry-e3', 'entry-e6']));
    // The totals stay those of every entry.
    expect(total('PENDING', 'USD')).toBe('$30.75');
    wrapper.unmount();
  });

  it('pages the entries with the app\'s pager, 20 rows a page, while the totals count every entry', async () => {
    const nodes = Array.from({ length: 45 }, (_, i) => entry(`e${i + 1}`, i < 30 ? 'PENDING' : 'PAID', 100));
    const api = answerByOperation({ PortalLedger: [ledger(nodes, null)] });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(PortalEarningsView, '/portal/earnings');
    await vi.waitFor(() => expect(wrapper.find('[data-test="entry-e1"]').exists()).toBe(true));
    const rows = () => wrapper.findAll('[data-test^="entry-e"]').map((row) => row.attributes('data-test'));
    const range = () => wrapper.find('[data-test="page-range"]').text();

    // The shared pager, not Vuetify's own footer.
    expect(wrapper.find('.v-data-table-footer').exists()).toBe(false);
    expect(wrapper.find('[data-test="pager"]').text()).toContain('Rows per page');
    expect(rows()).toHaveLength(20);
    expect(range()).toBe('1–20 of 45');
    expect(wrapper.find('[data-test="previous-page"]').attributes('disabled')).toBeDefined();
    expect(wrapper.find('[data-test="total-PENDING-EUR"] [data-test="total-amount"]').text()).toBe('€30.00');

    await wrapper.find('[data-test="next-page"]').trigger('click');
    await vi.waitFor(() => expect(range()).toBe('21–40 of 45'));
    expect(rows()[0]).toBe('entry-e21');
    await wrapper.find('[data-test="next-page"]').trigger('click');
    await vi.waitFor(() => expect(range()).toBe('41–45 of 45'));
    expect(rows()).toEqual(['entry-e41', 'entry-e42', 'entry-e43', 'entry-e44', 'entry-e45']);
    expect(wrapper.find('[data-test="next-page"]').attributes('disabled')).toBeDefined();
    await wrapper.find('[data-test="previous-page"]').trigger('click');
    await vi.waitFor(() => expect(range()).toBe('21–40 of 45'));

    // A filter starts again at the first page and counts only what it shows.
    await wrapper.find('[data-test="filter-status-PAID"]').trigger('click');
    await vi.waitFor(() => expect(range()).toBe('1–15 of 15'));
    expect(rows()[0]).toBe('entry-e31');
    expect(wrapper.find('[data-test="next-page"]').attributes('disabled')).toBeDefined();
    expect(wrapper.find('[data-test="total-PENDING-EUR"] [data-test="total-amount"]').text()).toBe('€30.00');

    // The page size goes into the address next to the filter.
    wrapper.findComponent(ListPager).vm.$emit('update:pageSize', 10);
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ status: 'PAID', size: '10' }));
    await vi.waitFor(() => expect(range()).toBe('1–10 of 15'));
    wrapper.findComponent(ListPager).vm.$emit('update:pageSize', 20);
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ status: 'PAID' }));
    wrapper.unmount();
  });
});
