import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { mountView } from '../../test/mount';
import { answerByOperation, body, group, loggedIn, select, type } from './partners-test-support';
import PartnerGroupsView from './PartnerGroupsView.vue';

const installations = { data: { pluginInstallations: [{ id: 'i1', name: 'Gold affiliates', enabled: true, plugin: { id: 'pl1', name: 'Affiliate commission' } }] } };

describe('PartnerGroupsView', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('adds a group with its hold period and default plugin installation', async () => {
    loggedIn('MANAGER');
    const api = answerByOperation({
      PartnerGroups: [{ data: { partnerGroups: [group('g1', 'Resellers', { defaultInstallationId: 'i1' })] } }],
      PartnerInstallations: [installations],
      CreatePartnerGroup: [{ data: { createPartnerGroup: group('g2', 'Affiliates', { holdDays: 60, description: 'Web affiliates', defaultInstallationId: 'i1' }) } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PartnerGroupsView, '/partners/groups');
    await vi.waitFor(() => expect(wrapper.find('[data-test="group-g1"]').text()).toContain('Gold affiliates'));
    expect(wrapper.find('[data-test="group-g1"]').text()).toContain('30 days');

    await wrapper.find('[data-test="new-group"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="record-form"]').exists()).toBe(true));
    await type('[data-test="group-name"]', ' Affiliates ');
    await type('[data-test="group-description"]', 'Web affiliates');
    await type('[data-test="group-hold-days"]', '4000');
    select(wrapper, 'group-installation', 'i1');
    await body.find('[data-test="record-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="group-hold-days"]').text()).toContain('A whole number of days from 0 to 3650'));
    expect(api.sent('CreatePartnerGroup')).toEqual([]);

    await type('[data-test="group-hold-days"]', '60');
    await body.find('[data-test="record-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="group-g2"]').exists()).toBe(true));
    expect(api.sent('CreatePartnerGroup')).toEqual([{ input: { name: 'Affiliates', description: 'Web affiliates', holdDays: 60, defaultInstallationId: 'i1' } }]);
    // By name: Affiliates before Resellers.
    expect(wrapper.findAll('[data-test^="group-g"]').map((row) => row.attributes('data-test'))).toEqual(['group-g2', 'group-g1']);
    wrapper.unmount();
  });

  it('deletes a group after a confirmation, and says why when it still has partners', async () => {
    loggedIn('ADMIN');
    const api = answerByOperation({
      PartnerGroups: [{ data: { partnerGroups: [group('g1', 'Resellers'), group('g2', 'Empty')] } }],
      PartnerInstallations: [installations],
      DeletePartnerGroup: [
        { errors: [{ message: 'Resellers still has partners; move them to another group first', extensions: { code: 'CONFLICT' } }] },
        { data: { deletePartnerGroup: 'g2' } },
      ],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PartnerGroupsView, '/partners/groups');
    await vi.waitFor(() => expect(wrapper.find('[data-test="group-g1"]').exists()).toBe(true));
    await wrapper.find('[data-test="group-g1"] [data-test="delete-group"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="delete-group-dialog"]').text()).toContain('Delete the group Resellers?'));
    await body.find('[data-test="confirm-delete"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="delete-error"]').text()).toBe('Resellers still has partners; move them to another group first'));
    expect(wrapper.find('[data-test="group-g1"]').exists()).toBe(true);

    await body.findAll('[data-test="delete-group-dialog"] button').find((button) => button.text() === 'Cancel')!.trigger('click');
    await wrapper.find('[data-test="group-g2"] [data-test="delete-group"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="delete-group-dialog"]').text()).toContain('Delete the group Empty?'));
    expect(body.find('[data-test="delete-error"]').exists()).toBe(false);
    await body.find('[data-test="confirm-delete"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="group-g2"]').exists()).toBe(false));
    expect(api.sent('DeletePartnerGroup')).toEqual([{ input: { id: 'g1' } }, { input: { id: 'g2' } }]);
    wrapper.unmount();
  });

  it('shows reps the groups without the installations they may not read', async () => {
    loggedIn('REP');
    const api = answerByOperation({ PartnerGroups: [{ data: { partnerGroups: [group('g1', 'Resellers', { defaultInstallationId: 'i1' })] } }] });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PartnerGroupsView, '/partners/groups');
    await vi.waitFor(() => expect(wrapper.find('[data-test="group-g1"]').exists()).toBe(true));
    expect(api.requests.map((request) => request.operation)).toEqual(['PartnerGroups']);
    expect(wrapper.find('[data-test="new-group"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="delete-group"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
