import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { answerGraphql, mountView } from '../../test/mount';
import OrganizationsView from './OrganizationsView.vue';
import { body, connection, loggedIn, organization, type } from './test-support';

const row = (id: string, name: string, fields: Record<string, unknown> = {}) => {
  const { phone: _phone, address: _address, version: _version, ...listed } = organization({ id, name, ...fields });
  return listed;
};
const page = (nodes: object[], endCursor: string | null = null, totalCount = nodes.length) => ({ data: { organizations: connection(nodes, endCursor, totalCount) } });
const team = { data: { users: { edges: [{ node: { id: 'u1', name: 'Ola' } }, { node: { id: 'u2', name: 'Piotr' } }] } } };

describe('OrganizationsView', () => {
  beforeEach(() => {
    localStorage.clear();
    loggedIn();
    setLocale('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
    setLocale('en');
  });

  it('filters by owner and archived, sorts newest first from the URL, and shows places in the reader\'s language', async () => {
    setLocale('pl');
    const api = answerGraphql(page([row('o1', 'Acme')], null, 1), team, page([row('o2', 'Globex', { country: 'DE', city: null })]));
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(OrganizationsView, '/organizations?sort=createdAt&order=desc&archived=yes');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-o1"]').exists()).toBe(true));
    expect(api.requests[0]!.variables).toEqual({ first: 20, after: null, orderBy: { field: 'CREATED_AT', direction: 'DESC' }, filter: { archived: true } });
    expect(wrapper.find('[data-test="row-o1"]').text()).toContain('Warsaw, Polska');
    expect(wrapper.find('[data-test="row-o1"]').text()).toContain('1200');

    await vi.waitFor(() => expect(api.requests).toHaveLength(2));
    await wrapper.find('[data-test="filter-owner"] .v-field').trigger('mousedown');
    await vi.waitFor(() => expect(body.findAll('.v-list-item').some((item) => item.text() === 'Piotr')).toBe(true));
    await body.findAll('.v-list-item').find((item) => item.text() === 'Piotr')!.trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ sort: 'createdAt', order: 'desc', archived: 'yes', owner: 'u2' }));
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-o2"]').exists()).toBe(true));
    expect(api.requests[2]!.variables).toMatchObject({ after: null, orderBy: { field: 'CREATED_AT', direction: 'DESC' }, filter: { ownerId: 'u2', archived: true } });
    expect(wrapper.find('[data-test="row-o2"]').text()).toContain('Niemcy');

    await wrapper.find('[data-test="row-o2"] td:nth-child(2)').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.params).toEqual({ id: 'o2' }));
    expect(router.currentRoute.value.name).toBe('organization');
    wrapper.unmount();
  });

  it('creates an organization, showing the server\'s error under the domain first', async () => {
    const api = answerGraphql(
      page([row('o1', 'Acme')]),
      team,
      { errors: [{ message: 'Another organization already uses acme.com', extensions: { code: 'BAD_USER_INPUT', field: 'domain' } }] },
      { data: { createOrganization: organization({ id: 'o7', name: 'Acme Polska' }) } },
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(OrganizationsView, '/organizations');
    await vi.waitFor(() => expect(api.requests).toHaveLength(2));
    await wrapper.find('[data-test="new-organization"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="record-form"]').exists()).toBe(true));
    await type('[data-test="name"]', 'Acme Polska');
    await type('[data-test="domain"]', 'https://www.acme.com/');
    await type('[data-test="employees"]', '250');
    await type('[data-test="city"]', 'Kraków');
    await type('[data-test="country"]', 'pl');

    await body.find('[data-test="record-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="domain"]').text()).toContain('Another organization already uses acme.com'));
    expect(api.requests[2]!.variables).toEqual({ input: { name: 'Acme Polska', domain: 'https://www.acme.com/', employeeCount: 250, city: 'Kraków', country: 'PL' } });

    await type('[data-test="domain"]', 'acme.pl');
    await body.find('[data-test="record-form"]').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.params).toEqual({ id: 'o7' }));
    expect(api.requests[3]!.variables).toMatchObject({ input: { domain: 'acme.pl' } });
    wrapper.unmount();
  });

  it('does not send a form the server would refuse: employees must be a whole number', async () => {
    const api = answerGraphql(page([]), team);
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(OrganizationsView, '/organizations');
    await vi.waitFor(() => expect(wrapper.find('[data-test="empty-state"]').exists()).toBe(true));
    await wrapper.find('[data-test="empty-state"] button').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="record-form"]').exists()).toBe(true));
    await type('[data-test="name"]', 'Acme');
    await type('[data-test="employees"]', '12.5');
    await body.find('[data-test="record-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="employees"]').text()).toContain('Enter a whole number'));
    expect(api.requests).toHaveLength(2);
    wrapper.unmount();
  });
});
