import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { logIn, mountView } from '../../test/mount';
import { answerByOperation, body, fill, loggedIn, period } from './commissions-test-support';
import PeriodsView from './PeriodsView.vue';

const periods = (rows: object[]) => ({ data: { commissionPeriods: rows } });
const march = period('cp2', '2026-03-01', '2026-03-31');
const february = period('cp1', '2026-02-01', '2026-02-28');

describe('PeriodsView', () => {
  beforeEach(() => {
    localStorage.clear();
    loggedIn();
    setLocale('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lists the closed periods, latest first, with when each was closed', async () => {
    const api = answerByOperation({ CommissionPeriods: [periods([march, february])] });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PeriodsView, '/commissions/periods');
    await vi.waitFor(() => expect(wrapper.find('[data-test="period-cp1"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="tab-periods"]').classes()).toContain('v-tab--selected');
    expect(wrapper.findAll('tbody tr').map((row) => row.attributes('data-test'))).toEqual(['period-cp2', 'period-cp1']);
    const text = wrapper.find('[data-test="period-cp2"]').text();
    expect(text).toContain('Mar 1, 2026 – Mar 31, 2026');
    // Closed on the evening of the 31st UTC: past midnight in Warsaw.
    expect(text).toContain('Apr 1, 2026');
    wrapper.unmount();
  });

  it('closes the period typed, explaining the true-ups, and shows the server\'s CONFLICT when it is closed already', async () => {
    const april = period('cp3', '2026-04-01', '2026-04-30', '2026-05-02T08:00:00.000Z');
    const api = answerByOperation({
      CommissionPeriods: [periods([]), periods([april])],
      CloseCommissionPeriod: [
        { errors: [{ message: 'The period 2026-03-01 to 2026-03-31 is already closed', extensions: { code: 'CONFLICT' } }] },
        { data: { closeCommissionPeriod: april } },
      ],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PeriodsView, '/commissions/periods');
    await vi.waitFor(() => expect(wrapper.find('[data-test="no-periods"]').text()).toBe('No period has been closed yet.'));

    await wrapper.find('[data-test="close-period"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="close-period-form"]').exists()).toBe(true));
    expect(body.find('[data-test="close-period-text"]').text()).toContain('Every active partner\'s plugins run their period-end true-ups for these dates, once.');
    // Last month in the workspace's calendar, to start with.
    expect((body.find('[data-test="period-start"] input').element as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-01$/);

    await fill('[data-test="period-start"]', '2026-03-31');
    await fill('[data-test="period-end"]', '2026-03-01');
    await body.find('[data-test="close-period-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="period-end"]').text()).toContain('The last day cannot be before the first'));
    expect(api.sent('CloseCommissionPeriod')).toEqual([]);

    await fill('[data-test="period-start"]', '2026-03-01');
    await fill('[data-test="period-end"]', '2026-03-31');
    await body.find('[data-test="close-period-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="form-error"]').text()).toBe('The period 2026-03-01 to 2026-03-31 is already closed'));
    expect(api.sent('CloseCommissionPeriod')).toEqual([{ input: { periodStart: '2026-03-01', periodEnd: '2026-03-31' } }]);

    await fill('[data-test="period-start"]', '2026-04-01');
    await fill('[data-test="period-end"]', '2026-04-30');
    await body.find('[data-test="close-period-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="notice"]').text()).toContain('The period Apr 1, 2026 – Apr 30, 2026 is closed'));
    expect(api.sent('CloseCommissionPeriod')[1]).toEqual({ input: { periodStart: '2026-04-01', periodEnd: '2026-04-30' } });
    await vi.waitFor(() => expect(wrapper.find('[data-test="period-cp3"]').exists()).toBe(true));
    expect(api.sent('CommissionPeriods')).toHaveLength(2);
    wrapper.unmount();
  });

  it('shows the server\'s CONFLICT in the reader\'s language, with its own words after it', async () => {
    setLocale('pl');
    const api = answerByOperation({
      CommissionPeriods: [periods([march])],
      CloseCommissionPeriod: [{ errors: [{ message: 'The period 2026-03-01 to 2026-03-31 is already closed', extensions: { code: 'CONFLICT' } }] }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PeriodsView, '/commissions/periods');
    await vi.waitFor(() => expect(wrapper.find('[data-test="period-cp2"]').exists()).toBe(true));
    await wrapper.find('[data-test="close-period"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="close-period-form"]').exists()).toBe(true));
    await fill('[data-test="period-start"]', '2026-03-01');
    await fill('[data-test="period-end"]', '2026-03-31');
    await body.find('[data-test="close-period-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="form-error"]').text()).toContain('(The period 2026-03-01 to 2026-03-31 is already closed)'));
    expect(body.find('[data-test="close-period-form"]').text()).toContain('Zamknij okres');
    wrapper.unmount();
  });

  it('lets only managers and above close a period', async () => {
    logIn({ user: { role: 'REP' } });
    const api = answerByOperation({ CommissionPeriods: [periods([march])] });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PeriodsView, '/commissions/periods');
    await vi.waitFor(() => expect(wrapper.find('[data-test="period-cp2"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="close-period"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
