import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { mountView } from '../../test/mount';
import { answerByOperation, loggedIn } from '../partners/partners-test-support';
import PortalStatementsView from './PortalStatementsView.vue';

const payout = (id: string, periodStart: string, periodEnd: string, amountMinor: number, fields: Record<string, unknown> = {}) => ({
  id, periodStart, periodEnd, entryCount: 3, status: 'ISSUED', paidAt: null, reference: null, createdAt: `${periodEnd}T12:00:00.000Z`,
  total: { amountMinor, currency: 'EUR' }, ...fields,
});

describe('PortalStatementsView', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('en');
    loggedIn('PARTNER');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('lists the statements and downloads one as a CSV file, read as the row after the one before it', async () => {
    const csv = 'date,deal,amount\n2026-02-10,Acme rollout,150.55\ntotal,,150.55\n';
    const api = answerByOperation({
      PortalPayouts: [{
        data: {
          payouts: {
            totalCount: 2, pageInfo: { endCursor: 'c-2', hasNextPage: false },
            edges: [
              { cursor: 'c-1', node: payout('po2', '2026-02-01', '2026-02-28', 15_055) },
              { cursor: 'c-2', node: payout('po1', '2026-01-01', '2026-01-31', 99_900, { status: 'PAID', paidAt: '2026-02-05T10:00:00.000Z', reference: 'SEPA-77' }) },
            ],
          },
        },
      }],
      PortalPayoutCsv: [{ data: { payout: { id: 'po1', csv } } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const saved: Array<{ name: string; blob: Blob }> = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:statement');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: createObjectURL.mock.calls.at(-1)![0] as Blob });
    });

    const { wrapper } = await mountView(PortalStatementsView, '/portal/statements');
    await vi.waitFor(() => expect(wrapper.find('[data-test="statement-po1"]').exists()).toBe(true));
    expect(api.sent('PortalPayouts')).toEqual([{ first: 20, after: null }]);
    expect(wrapper.find('[data-test="statement-po2"]').text()).toContain('Feb 1, 2026 – Feb 28, 2026');
    expect(wrapper.find('[data-test="statement-po2"] [data-test="statement-total"]').text()).toBe('€150.55');
    expect(wrapper.find('[data-test="statement-po1"]').text()).toContain('SEPA-77');

    await wrapper.find('[data-test="csv-po1"]').trigger('click');
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(api.sent('PortalPayoutCsv')).toEqual([{ id: 'po1' }]);
    expect(saved[0]!.name).toBe('statement-2026-01-01-2026-01-31.csv');
    expect(await saved[0]!.blob.text()).toBe(csv);
    wrapper.unmount();
  });
});
