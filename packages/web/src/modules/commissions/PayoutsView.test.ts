import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { mountView } from '../../test/mount';
import { answerByOperation, body, connection, fill, loggedIn, payout } from './commissions-test-support';
import PayoutsView from './PayoutsView.vue';

const partners = { data: { partners: { edges: [{ node: { id: 'p1', name: 'Nordic Resellers' } }, { node: { id: 'p2', name: 'Baltic VAR' } }] } } };
const page = (rows: object[]) => ({ data: { payouts: connection(rows) } });
const nordic = payout('po1');
const baltic = payout('po2', { partner: { id: 'p2', name: 'Baltic VAR' }, total: { amountMinor: 120050, currency: 'EUR' }, entryCount: 5 });
const paidToPiotr = payout('po3', { partner: null, payeeUser: { id: 'u2', name: 'Piotr' }, status: 'PAID', paidAt: '2026-04-03T10:00:00.000Z', reference: 'TRF-118' });
const rows = [nordic, baltic, paidToPiotr];

describe('PayoutsView', () => {
  beforeEach(() => {
    localStorage.clear();
    loggedIn();
    setLocale('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('lists payouts with payee, period, total, entries and status', async () => {
    const api = answerByOperation({ Payouts: [page(rows)], CommissionPartners: [partners] });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PayoutsView, '/commissions/payouts?status=ISSUED');
    await vi.waitFor(() => expect(wrapper.find('[data-test="payout-po3"]').exists()).toBe(true));
    expect(api.sent('Payouts')[0]).toEqual({ first: 20, after: null, filter: { status: 'ISSUED' } });
    const text = wrapper.find('[data-test="payout-po2"]').text();
    expect(text).toContain('Baltic VAR');
    expect(text).toContain('Mar 1, 2026 – Mar 31, 2026');
    expect(text).toContain('€1,200.50');
    expect(text).toContain('Issued');
    expect(wrapper.find('[data-test="payout-po3"]').text()).toContain('TRF-118');
    expect(wrapper.find('[data-test="mark-paid-po3"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('issues the payouts of the period typed, for one partner, and says how many', async () => {
    const api = answerByOperation({
      Payouts: [page([]), page(rows)],
      CommissionPartners: [partners],
      IssuePayouts: [
        { errors: [{ message: 'The period ends before it starts', extensions: { code: 'BAD_USER_INPUT', field: 'periodEnd' } }] },
        { data: { issuePayouts: [nordic, baltic] } },
      ],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PayoutsView, '/commissions/payouts');
    await vi.waitFor(() => expect(wrapper.find('[data-test="no-payouts"]').exists()).toBe(true));

    await wrapper.find('[data-test="issue-payouts"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="issue-form"]').exists()).toBe(true));
    // Last month in the workspace's calendar, to start with.
    expect((body.find('[data-test="period-start"] input').element as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-01$/);
    await fill('[data-test="period-start"]', '2026-03-01');
    await fill('[data-test="period-end"]', '2026-03-31');
    await body.find('[data-test="issue-partner"] .v-field').trigger('mousedown');
    await vi.waitFor(() => expect(body.findAll('.v-list-item').some((item) => item.text() === 'Baltic VAR')).toBe(true));
    await body.findAll('.v-list-item').find((item) => item.text() === 'Baltic VAR')!.trigger('click');

    await body.find('[data-test="issue-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="period-end"]').text()).toContain('The period ends before it starts'));
    expect(api.sent('IssuePayouts')[0]).toEqual({ input: { periodStart: '2026-03-01', periodEnd: '2026-03-31', partnerId: 'p2' } });

    await body.find('[data-test="issue-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="notice"]').text()).toBe('Statements issued: 2.'));
    await vi.waitFor(() => expect(wrapper.find('[data-test="payout-po1"]').exists()).toBe(true));
    expect(api.sent('Payouts')).toHaveLength(2);
    wrapper.unmount();
  });

  it('downloads a statement as CSV named after the payee and the period\'s end', async () => {
    const csv = 'date,entry,kind\r\n2026-03-02,e1,COMMISSION\r\n';
    const api = answerByOperation({ Payouts: [page(rows)], CommissionPartners: [partners], PayoutCsv: [{ data: { payout: { id: 'po2', csv } } }] });
    vi.stubGlobal('fetch', api.fetch);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:statement';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const { wrapper } = await mountView(PayoutsView, '/commissions/payouts?partner=p2');
    await vi.waitFor(() => expect(wrapper.find('[data-test="payout-po2"]').exists()).toBe(true));

    await wrapper.find('[data-test="csv-po2"]').trigger('click');
    await vi.waitFor(() => expect(names).toEqual(['statement-baltic-var-2026-03-31.csv']));
    expect(api.sent('PayoutCsv')).toEqual([{ id: 'po2' }]);
    expect(await blobs[0]!.text()).toBe(csv);
    wrapper.unmount();
  });

  it('says so when the payout asked for is not there any more, for its statement and its CSV', async () => {
    const api = answerByOperation({
      Payouts: [page(rows)],
      CommissionPartners: [partners],
      PayoutStatement: [{ data: { payout: null } }],
      PayoutCsv: [{ data: { payout: null } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PayoutsView, '/commissions/payouts');
    await vi.waitFor(() => expect(wrapper.find('[data-test="payout-po1"]').exists()).toBe(true));

    await wrapper.find('[data-test="statement-po1"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="statement-error"]').text()).toBe('This record does not exist or you may not see it.'));
    expect(body.find('[data-test="statement-entries"]').exists()).toBe(false);

    await body.find('[data-test="statement-csv"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="action-error"]').text()).toContain('This record does not exist or you may not see it.'));
    expect(api.sent('PayoutStatement')).toEqual([{ id: 'po1' }]);
    expect(api.sent('PayoutCsv')).toEqual([{ id: 'po1' }]);
    wrapper.unmount();
  });

  it('marks a payout paid with its reference, and shows a statement\'s entries', async () => {
    const entries = [
      { id: 'e1', createdAt: '2026-03-02T09:30:00.000Z', kind: 'COMMISSION', hook: 'deal.won', explanation: 'Acme won: 20 % of €1,000.00', rateBasisPoints: 2000, amount: { amountMinor: 20000, currency: 'EUR' }, basis: { amountMinor: 100000, currency: 'EUR' }, deal: { id: 'd1', title: 'Acme' } },
      { id: 'e2', createdAt: '2026-03-09T09:30:00.000Z', kind: 'REVERSAL', hook: 'invoice.refunded', explanation: 'Refund takes back €50.00', rateBasisPoints: null, amount: { amountMinor: -5000, currency: 'EUR' }, basis: { amountMinor: 25000, currency: 'EUR' }, deal: { id: 'd1', title: 'Acme' } },
    ];
    const api = answerByOperation({
      Payouts: [page(rows), page(rows)],
      CommissionPartners: [partners],
      MarkPayoutPaid: [{ data: { markPayoutPaid: { ...nordic, status: 'PAID', paidAt: '2026-04-05T10:00:00.000Z', reference: 'TRF-200' } } }],
      PayoutStatement: [{ data: { payout: { id: 'po1', entries } } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PayoutsView, '/commissions/payouts');
    await vi.waitFor(() => expect(wrapper.find('[data-test="payout-po1"]').exists()).toBe(true));

    await wrapper.find('[data-test="mark-paid-po1"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="mark-paid-form"]').text()).toContain('Nordic Resellers was paid €450.00.'));
    await fill('[data-test="reference"]', ' TRF-200 ');
    await body.find('[data-test="mark-paid-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="notice"]').text()).toBe('The payout to Nordic Resellers is marked paid.'));
    expect(api.sent('MarkPayoutPaid')).toEqual([{ input: { id: 'po1', reference: 'TRF-200' } }]);
    await vi.waitFor(() => expect(api.sent('Payouts')).toHaveLength(2));

    await wrapper.find('[data-test="statement-po1"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="statement-entry-e2"]').exists()).toBe(true));
    expect(api.sent('PayoutStatement')).toEqual([{ id: 'po1' }]);
    expect(body.find('[data-test="statement-entry-e1"]').text()).toContain('20%');
    expect(body.find('[data-test="statement-entry-e2"]').text()).toContain('-€50.00');
    expect(body.find('[data-test="statement-total"]').text()).toBe('€450.00');
    wrapper.unmount();
  });
});
