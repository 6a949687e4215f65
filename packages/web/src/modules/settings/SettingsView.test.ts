import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VAutocomplete, VSelect } from 'vuetify/components';
import { setLocale } from '../../i18n';
import { useSessionStore } from '../../stores/session';
import { flush, mountView } from '../../test/mount';
import { answerByOperation, body, loggedIn } from './settings-test-helpers';
import SettingsView from './SettingsView.vue';

const stage = (id: string, name: string, probability: number, position: number, kind = 'OPEN') => ({ id, name, probability, kind, position, version: 1 });
const salesPipeline = {
  id: 'p1', name: 'Sales', isDefault: true, version: 1,
  stages: [stage('s1', 'Prospecting', 10, 0), stage('s2', 'Demo', 40, 1), stage('s3', 'Closing', 80, 2), stage('s4', 'Won', 100, 3, 'WON'), stage('s5', 'Lost', 0, 4, 'LOST')],
};
const pipelines = { data: { pipelines: { edges: [{ node: salesPipeline }] } } };
const user = (id: string, name: string, role: string, fields: Record<string, unknown> = {}) => ({
  id, name, email: `${name.toLowerCase()}@fjord.no`, role, jobTitle: null, active: true, lastLoginAt: null, version: 1, ...fields,
});
const team = { data: { users: { totalCount: 2, edges: [{ node: user('u1', 'Ola', 'OWNER') }, { node: user('u3', 'Kari', 'REP', { jobTitle: 'SDR' }) }] } } };
const tenant = { id: 't1', name: 'Fjord', slug: 'fjord', baseCurrency: 'EUR', locale: 'en', timeZone: 'Europe/Oslo', repsSeeOwnRecordsOnly: false };

const rowNames = (wrapper: { findAll: (selector: string) => Array<{ attributes: (name: string) => string | undefined }> }) =>
  wrapper.findAll('[data-test^="stage-"][class*="d-flex"]').map((row) => row.attributes('data-test'));

describe('SettingsView', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('en');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('renames a stage, reorders stages and deletes one, moving its deals', async () => {
    loggedIn('ADMIN');
    const api = answerByOperation({
      SettingsPipelines: [pipelines],
      UpdateSettingsStage: [{ data: { updateStage: { ...stage('s2', 'Product demo', 40, 1), version: 2 } } }],
      ReorderSettingsStages: [{ data: { reorderStages: [stage('s1', 'Prospecting', 10, 0), stage('s3', 'Closing', 80, 1), stage('s2', 'Product demo', 40, 2), stage('s4', 'Won', 100, 3, 'WON'), stage('s5', 'Lost', 0, 4, 'LOST')] } }],
      DeleteSettingsStage: [{ errors: [{ message: 'Choose another open stage of the same pipeline', extensions: { code: 'BAD_USER_INPUT', field: 'moveDealsToStageId' } }] }, { data: { deleteStage: 's3' } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(SettingsView, '/settings');
    await vi.waitFor(() => expect(wrapper.find('[data-test="stage-Demo"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="read-only"]').exists()).toBe(false);

    const name = wrapper.find('[data-test="stage-Demo"] [data-test="stage-name"] input');
    await name.setValue('Product demo');
    await name.trigger('keydown', { key: 'Enter' });
    await vi.waitFor(() => expect(wrapper.find('[data-test="stage-Product demo"]').exists()).toBe(true));
    // UpdateStageInput has no version to send: the API does not lock stages (see the report).
    expect(api.sent('UpdateSettingsStage')).toEqual([{ input: { id: 's2', name: 'Product demo' } }]);

    await wrapper.find('[data-test="stage-Closing"] [data-test="up"]').trigger('click');
    expect(api.sent('ReorderSettingsStages')).toEqual([{ input: { pipelineId: 'p1', stageIds: ['s1', 's3', 's2'] } }]);
    await vi.waitFor(() => expect(rowNames(wrapper)).toEqual(['stage-Prospecting', 'stage-Closing', 'stage-Product demo', 'stage-Won', 'stage-Lost']));
    // Won and lost stay last and cannot move or be deleted.
    expect(wrapper.find('[data-test="stage-Won"] [data-test="up"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="stage-Won"] [data-test="delete"]').exists()).toBe(false);

    await wrapper.find('[data-test="stage-Closing"] [data-test="delete"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="delete-stage-dialog"]').exists()).toBe(true));
    expect(body.find('[data-test="delete-stage-dialog"]').text()).toContain('Delete the stage Closing?');
    await body.find('[data-test="confirm-delete"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="delete-stage-dialog"]').text()).toContain('Choose another open stage of the same pipeline'));
    await body.find('[data-test="confirm-delete"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="stage-Closing"]').exists()).toBe(false));
    // The deals go to the stage before it by default.
    expect(api.sent('DeleteSettingsStage')).toEqual([
      { input: { id: 's3', moveDealsToStageId: 's1' } },
      { input: { id: 's3', moveDealsToStageId: 's1' } },
    ]);
    expect(rowNames(wrapper)).toEqual(['stage-Prospecting', 'stage-Product demo', 'stage-Won', 'stage-Lost']);
    wrapper.unmount();
  });

  it('adds a stage and a pipeline, and makes another pipeline the default', async () => {
    loggedIn('OWNER');
    const renewals = { id: 'p2', name: 'Renewals', isDefault: false, version: 1, stages: [stage('r1', 'Prospecting', 10, 0), stage('r2', 'Won', 100, 1, 'WON'), stage('r3', 'Lost', 0, 2, 'LOST')] };
    const api = answerByOperation({
      SettingsPipelines: [pipelines],
      CreateSettingsStage: [{ data: { createStage: stage('s6', 'Negotiation', 70, 3) } }],
      CreateSettingsPipeline: [{ data: { createPipeline: renewals } }],
      UpdateSettingsPipeline: [{ data: { updatePipeline: { id: 'p2', name: 'Renewals', isDefault: true, version: 2 } } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(SettingsView, '/settings/pipelines');
    await vi.waitFor(() => expect(wrapper.find('[data-test="pipeline-Sales"]').exists()).toBe(true));

    const sales = () => wrapper.find('[data-test="pipeline-Sales"]');
    await sales().find('[data-test="new-stage-name"] input').setValue('Negotiation');
    await sales().find('[data-test="new-stage-probability"] input').setValue('70');
    await sales().find('[data-test="new-stage"]').trigger('submit');
    await vi.waitFor(() => expect(sales().find('[data-test="stage-Negotiation"]').exists()).toBe(true));
    expect(api.sent('CreateSettingsStage')).toEqual([{ input: { pipelineId: 'p1', name: 'Negotiation', probability: 70 } }]);
    expect(rowNames(sales())).toEqual(['stage-Prospecting', 'stage-Demo', 'stage-Closing', 'stage-Negotiation', 'stage-Won', 'stage-Lost']);

    await wrapper.find('[data-test="new-pipeline"] input').setValue('Renewals');
    await wrapper.find('[data-test="new-pipeline"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="pipeline-Renewals"]').exists()).toBe(true));
    expect(api.sent('CreateSettingsPipeline')).toEqual([{ input: { name: 'Renewals' } }]);

    await wrapper.find('[data-test="pipeline-Renewals"] [data-test="make-default"]').trigger('click');
    await vi.waitFor(() => expect(sales().find('[data-test="make-default"]').exists()).toBe(true));
    expect(api.sent('UpdateSettingsPipeline')).toEqual([{ input: { id: 'p2', isDefault: true } }]);
    wrapper.unmount();
  });

  it('changes a teammate\'s role, invites someone and shows the link to send, and withdraws an invite', async () => {
    loggedIn('OWNER');
    const pending = { id: 'i1', email: 'old@fjord.no', role: 'REP', jobTitle: null, expiresAt: '2026-12-01T10:00:00Z' };
    const api = answerByOperation({
      SettingsUsers: [team],
      SettingsInvites: [{ data: { invites: [pending] } }],
      UpdateSettingsUser: [{ data: { updateUser: user('u3', 'Kari', 'MANAGER', { jobTitle: 'SDR', version: 2 }) } }],
      InviteSettingsUser: [{ data: { inviteUser: { acceptUrl: 'https://app.example/accept-invite?token=abc', invite: { id: 'i2', email: 'nora@fjord.no', role: 'REP', jobTitle: null, expiresAt: '2026-12-08T10:00:00Z' } } } }],
      RevokeSettingsInvite: [{ data: { revokeInvite: { id: 'i1' } } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(SettingsView, '/settings/users');
    await vi.waitFor(() => expect(wrapper.find('[data-test="user-kari@fjord.no"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="user-kari@fjord.no"]').text()).toContain('Sales development rep (SDR)');
    // Nobody can deactivate themselves.
    expect(wrapper.find('[data-test="user-ola@fjord.no"] [data-test="active"] input').attributes('disabled')).toBeDefined();

    wrapper.find('[data-test="user-kari@fjord.no"]').findComponent(VSelect).vm.$emit('update:modelValue', 'MANAGER');
    await vi.waitFor(() => expect(api.sent('UpdateSettingsUser')).toEqual([{ input: { id: 'u3', role: 'MANAGER' } }]));
    await vi.waitFor(() => expect(wrapper.find('[data-test="user-kari@fjord.no"]').findComponent(VSelect).props('modelValue')).toBe('MANAGER'));

    await wrapper.find('[data-test="invite-email"] input').setValue('nora@fjord.no');
    await wrapper.find('[data-test="invite-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="accept-url"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="accept-url"]').text()).toBe('https://app.example/accept-invite?token=abc');
    expect(api.sent('InviteSettingsUser')).toEqual([{ input: { email: 'nora@fjord.no', role: 'REP', jobTitle: null } }]);
    expect(wrapper.find('[data-test="invite-nora@fjord.no"]').exists()).toBe(true);

    await wrapper.find('[data-test="invite-old@fjord.no"] [data-test="revoke"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="invite-old@fjord.no"]').exists()).toBe(false));
    expect(api.sent('RevokeSettingsInvite')).toEqual([{ input: { id: 'i1' } }]);
    wrapper.unmount();
  });

  it('saves the workspace, shows a refused field under it, and updates the session\'s copy that formatting reads', async () => {
    loggedIn('ADMIN');
    const saved = { ...tenant, name: 'Fjord Sales', baseCurrency: 'USD', timeZone: 'America/New_York', repsSeeOwnRecordsOnly: true };
    const api = answerByOperation({
      SettingsWorkspace: [{ data: { tenant } }],
      UpdateSettingsWorkspace: [{ errors: [{ message: '"Mars/Base" is not a time zone; use an IANA name such as Europe/Warsaw', extensions: { code: 'BAD_USER_INPUT', field: 'timeZone' } }] }, { data: { updateTenantSettings: saved } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(SettingsView, '/settings/workspace');
    await vi.waitFor(() => expect(wrapper.find('[data-test="workspace-form"]').exists()).toBe(true));

    await wrapper.find('[data-test="workspace-name"] input').setValue('Fjord Sales');
    const [currency, zone] = wrapper.findAllComponents(VAutocomplete);
    currency!.vm.$emit('update:modelValue', 'USD');
    zone!.vm.$emit('update:modelValue', 'Mars/Base');
    await wrapper.find('[data-test="reps-own-only"] input').setValue(true);
    await wrapper.find('[data-test="workspace-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="time-zone"]').text()).toContain('is not a time zone'));

    zone!.vm.$emit('update:modelValue', 'America/New_York');
    await flush();
    await wrapper.find('[data-test="workspace-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="saved"]').exists()).toBe(true));
    expect(api.sent('UpdateSettingsWorkspace')[1]).toEqual({
      input: { name: 'Fjord Sales', baseCurrency: 'USD', timeZone: 'America/New_York', locale: 'en', repsSeeOwnRecordsOnly: true },
    });
    expect(useSessionStore().tenant).toEqual({ id: 't1', name: 'Fjord Sales', slug: 'fjord', baseCurrency: 'USD', locale: 'en', timeZone: 'America/New_York' });
    expect(JSON.parse(localStorage.getItem('dealflow.session')!).tenant.timeZone).toBe('America/New_York');
    wrapper.unmount();
  });

  it('shows a rep the settings read-only, says why, and keeps the tab in the address', async () => {
    loggedIn('REP');
    const api = answerByOperation({ SettingsUsers: [team], SettingsWorkspace: [{ data: { tenant } }] });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(SettingsView, '/settings/users');
    await vi.waitFor(() => expect(wrapper.find('[data-test="user-kari@fjord.no"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="read-only"]').text()).toContain('only the workspace\'s owners and admins can');
    expect(wrapper.findComponent(VSelect).exists()).toBe(false);
    expect(wrapper.find('[data-test="user-kari@fjord.no"]').text()).toContain('Sales rep');
    expect(wrapper.find('[data-test="invites"]').exists()).toBe(false);
    expect(api.requests.map((request) => request.operation)).toEqual(['SettingsUsers']);

    await wrapper.find('[data-test="tab-workspace"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.params.section).toBe('workspace'));
    await vi.waitFor(() => expect(wrapper.find('[data-test="workspace-form"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="save-workspace"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="workspace-name"] input').attributes('readonly')).toBeDefined();
    wrapper.unmount();
  });
});
