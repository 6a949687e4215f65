import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { mountView } from '../../test/mount';
import { answerByOperation, loggedIn } from './plugins-test-support';
import PluginRunsView from './PluginRunsView.vue';

const pluginRun = (id: string, fields: Record<string, unknown> = {}) => ({
  id, createdAt: '2026-03-02T09:30:00.000Z', updatedAt: '2026-03-02T09:31:00.000Z', hook: 'deal.won', status: 'FAILED', attempts: 5,
  failureReason: 'threw', failureMessage: 'TypeError: settings.tiers is not iterable', logs: 'computing tiers for Acme\n', nextAttemptAt: null, durationMicros: 1200,
  installation: { id: 'i1', name: 'Silver affiliates' }, pluginVersion: { id: 'v2', semver: '1.1.0', plugin: { id: 'pl1', name: 'Affiliate commission' } }, ...fields,
});
const runs = (nodes: object[]) => ({ data: { pluginRuns: { totalCount: nodes.length, pageInfo: { endCursor: null, hasNextPage: false }, edges: nodes.map((node) => ({ node })) } } });
const failed = pluginRun('r1');
const retrying = pluginRun('r2', { status: 'RETRYING', attempts: 2, failureReason: 'out-of-time', failureMessage: 'The plugin ran longer than 50 ms', logs: '', nextAttemptAt: '2026-03-02T10:00:00.000Z' });

describe('PluginRunsView', () => {
  beforeEach(() => {
    localStorage.clear();
    loggedIn();
    setLocale('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows the failed and retrying runs with their reason, message and logs, and retries a failed one', async () => {
    const api = answerByOperation({
      PluginRuns: [runs([failed, retrying]), runs([retrying])],
      RetryPluginRun: [{ data: { retryPluginRun: { ...failed, status: 'QUEUED', attempts: 0 } } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PluginRunsView, '/plugins/runs');
    await vi.waitFor(() => expect(wrapper.find('[data-test="run-r2"]').exists()).toBe(true));
    expect(api.sent('PluginRuns')[0]).toEqual({ first: 20, after: null, filter: { statuses: ['RETRYING', 'FAILED'] } });

    const row = wrapper.find('[data-test="run-r1"]');
    expect(row.text()).toContain('Silver affiliates');
    expect(row.text()).toContain('Affiliate commission 1.1.0');
    expect(row.text()).toContain('deal.won');
    expect(row.text()).toContain('Failed');
    expect(row.find('[data-test="failure-r1"]').text()).toContain('threw');
    expect(row.find('[data-test="failure-r1"]').text()).toContain('TypeError: settings.tiers is not iterable');
    expect(wrapper.find('[data-test="failure-r2"]').text()).toContain('The plugin ran longer than 50 ms');
    // A retrying run is tried again on its own: only failed ones offer Retry.
    expect(wrapper.find('[data-test="retry-r2"]').exists()).toBe(false);

    await row.find('.v-data-table__td--expanded-row button').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="logs-r1"]').text()).toBe('computing tiers for Acme'));

    await wrapper.find('[data-test="retry-r1"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="notice"]').text()).toBe('The deal.won run of Silver affiliates is queued again.'));
    expect(api.sent('RetryPluginRun')).toEqual([{ input: { id: 'r1' } }]);
    await vi.waitFor(() => expect(wrapper.find('[data-test="run-r1"]').exists()).toBe(false));
    wrapper.unmount();
  });

  it('shows every run of one installation when asked, and the server\'s refusal of a retry', async () => {
    const api = answerByOperation({
      PluginRuns: [runs([failed]), runs([failed, pluginRun('r3', { status: 'SUCCEEDED', failureReason: null, failureMessage: null })])],
      RetryPluginRun: [{ errors: [{ message: 'Only failed runs can be retried; this one is queued', extensions: { code: 'CONFLICT' } }] }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(PluginRunsView, '/plugins/runs?installation=i1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="run-r1"]').exists()).toBe(true));
    expect(api.sent('PluginRuns')[0]).toEqual({ first: 20, after: null, filter: { statuses: ['RETRYING', 'FAILED'], installationId: 'i1' } });
    expect(wrapper.find('[data-test="filter-installation"]').text()).toContain('Installation: Silver affiliates');

    await wrapper.find('[data-test="filter-all"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ installation: 'i1', status: 'all' }));
    await vi.waitFor(() => expect(wrapper.find('[data-test="run-r3"]').exists()).toBe(true));
    expect(api.sent('PluginRuns')[1]).toEqual({ first: 20, after: null, filter: { installationId: 'i1' } });

    await wrapper.find('[data-test="retry-r1"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="action-error"]').text()).toContain('Only failed runs can be retried; this one is queued'));
    wrapper.unmount();
  });
});
