import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { mountView } from '../../test/mount';
import { answerByOperation, body, connection, group, loggedIn, partner, partnerRow, select, type } from './partners-test-support';
import PartnersView from './PartnersView.vue';

const page = (nodes: object[], endCursor: string | null = null) => ({ data: { partners: connection(nodes, endCursor) } });
const groups = { data: { partnerGroups: [group('g1', 'Gold partners'), group('g2', 'Affiliates')] } };
const nordic = partnerRow('p1', 'Nordic Resellers');

describe('PartnersView', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lists partners with type, status, tier, group and referral code, and keeps its filters in the address', async () => {
    loggedIn('REP');
    const api = answerByOperation({ Partners: [page([nordic]), page([nordic]), page([nordic]), page([nordic])], PartnerGroups: [groups] });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(PartnersView, '/partners?status=ACTIVE');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-p1"]').exists()).toBe(true));
    expect(api.sent('Partners')[0]).toEqual({ first: 20, after: null, orderBy: { field: 'NAME', direction: 'ASC' }, filter: { status: ['ACTIVE'] } });
    const row = wrapper.find('[data-test="row-p1"]').text();
    for (const text of ['Nordic Resellers', 'Value-added reseller', 'Active', 'gold', 'Gold partners', 'K7M2QX9P']) expect(row).toContain(text);
    // Reading is for everyone; adding partners is for managers.
    expect(wrapper.find('[data-test="new-partner"]').exists()).toBe(false);

    select(wrapper, 'filter-type', 'VAR');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ status: 'ACTIVE', type: 'VAR' }));
    await vi.waitFor(() => expect(api.sent('Partners')).toHaveLength(2));
    expect(api.sent('Partners')[1]).toMatchObject({ after: null, filter: { type: ['VAR'], status: ['ACTIVE'] } });

    await vi.waitFor(() => expect(api.sent('PartnerGroups')).toHaveLength(1));
    select(wrapper, 'filter-group', 'g2');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ status: 'ACTIVE', type: 'VAR', group: 'g2' }));
    await vi.waitFor(() => expect(api.sent('Partners')).toHaveLength(3));
    expect(api.sent('Partners')[2]).toMatchObject({ filter: { type: ['VAR'], status: ['ACTIVE'], groupId: 'g2' } });

    await type('[data-test="search"]', ' nordic ');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toMatchObject({ q: 'nordic' }));
    await vi.waitFor(() => expect(api.sent('Partners')).toHaveLength(4));
    expect(api.sent('Partners')[3]).toMatchObject({ filter: { search: 'nordic', type: ['VAR'], status: ['ACTIVE'], groupId: 'g2' } });
    wrapper.unmount();
  });

  it('adds a partner, showing the server\'s field error on its input first, then opens its page', async () => {
    loggedIn('MANAGER');
    const api = answerByOperation({
      Partners: [page([nordic])],
      PartnerGroups: [groups, groups],
      PartnerInstallations: [{ data: { pluginInstallations: [{ id: 'i1', name: 'Gold affiliates', enabled: true, plugin: { id: 'pl1', name: 'Affiliate commission' } }] } }],
      TeamMembers: [{ data: { users: { edges: [{ node: { id: 'u1', name: 'Ola', active: true } }, { node: { id: 'u2', name: 'Ana', active: true } }] } } }],
      CreatePartner: [
        { errors: [{ message: 'There is already a partner named Fjell IT', extensions: { code: 'BAD_USER_INPUT', field: 'name' } }] },
        { data: { createPartner: partner({ id: 'p9', name: 'Fjell IT AS' }) } },
      ],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(PartnersView, '/partners');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-p1"]').exists()).toBe(true));
    await wrapper.find('[data-test="new-partner"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="record-form"]').exists()).toBe(true));
    await vi.waitFor(() => expect(api.sent('TeamMembers')).toHaveLength(1));

    await type('[data-test="partner-name"]', ' Fjell IT ');
    await type('[data-test="partner-tier"]', 'silver');
    await type('[data-test="partner-email"]', 'Sales@Fjell.example');
    await type('[data-test="partner-domain"]', 'https://www.fjell.example/');
    select(wrapper, 'partner-type', 'RESELLER');
    select(wrapper, 'partner-group', 'g1');
    select(wrapper, 'partner-manager', 'u2');
    select(wrapper, 'partner-installation', 'i1');

    await body.find('[data-test="record-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="partner-name"]').text()).toContain('There is already a partner named Fjell IT'));
    expect(api.sent('CreatePartner')[0]).toEqual({
      input: {
        name: 'Fjell IT', type: 'RESELLER', status: 'ACTIVE', tier: 'silver', groupId: 'g1', installationId: 'i1',
        email: 'Sales@Fjell.example', domain: 'https://www.fjell.example/', managerId: 'u2',
      },
    });

    await type('[data-test="partner-name"]', 'Fjell IT AS');
    await body.find('[data-test="record-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="route-partner"]').exists()).toBe(true));
    expect(api.sent('CreatePartner')[1]).toMatchObject({ input: { name: 'Fjell IT AS' } });
    expect(router.currentRoute.value.params).toEqual({ id: 'p9' });
    wrapper.unmount();
  });

  it('refuses to send a partner without a name or a type', async () => {
    loggedIn('ADMIN');
    const api = answerByOperation({
      Partners: [page([])],
      PartnerGroups: [groups, groups],
      PartnerInstallations: [{ data: { pluginInstallations: [] } }],
      TeamMembers: [{ data: { users: { edges: [] } } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PartnersView, '/partners');
    await vi.waitFor(() => expect(wrapper.find('[data-test="empty-state"]').exists()).toBe(true));
    await wrapper.find('[data-test="new-partner"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="record-form"]').exists()).toBe(true));
    await body.find('[data-test="record-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="partner-type"]').text()).toContain('Choose one'));
    expect(api.sent('CreatePartner')).toEqual([]);
    wrapper.unmount();
  });
});
