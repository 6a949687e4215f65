import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { answerGraphql, mountView } from '../../test/mount';
import ContactsView from './ContactsView.vue';
import { body, connection, contactRow, loggedIn, type } from './test-support';

const page = (nodes: object[], endCursor: string | null = null, totalCount = nodes.length) => ({ data: { contacts: connection(nodes, endCursor, totalCount) } });
const anna = contactRow('c1', 'Anna Nowak');
const created = {
  id: 'c9', firstName: 'Jan', lastName: 'Kowalski', name: 'Jan Kowalski', email: 'jan@acme.com', phone: null, jobTitle: 'CFO', isCustomer: false,
  customerSince: null, archivedAt: null, version: 1, createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-01T08:00:00.000Z',
  organization: { id: 'o1', name: 'Acme' }, owner: { id: 'u1', name: 'Ola' },
};

describe('ContactsView', () => {
  beforeEach(() => {
    localStorage.clear();
    loggedIn();
    setLocale('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('asks for what the URL says, then writes search, sort, filters into the URL and pages with the API\'s cursors', async () => {
    const api = answerGraphql(
      page([anna], 'cur-1', 45),
      page([anna], 'cur-1', 45),
      page([anna], 'cur-1', 45),
      page([contactRow('c21', 'Zofia')], 'cur-2', 45),
      page([anna], 'cur-1', 45),
      page([anna]),
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(ContactsView, '/contacts?customer=yes');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-c1"]').exists()).toBe(true));
    expect(api.requests[0]!.variables).toEqual({ first: 20, after: null, orderBy: { field: 'NAME', direction: 'ASC' }, filter: { isCustomer: true, archived: false } });

    await type('[data-test="search"]', ' ann ');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ customer: 'yes', q: 'ann' }));
    await vi.waitFor(() => expect(api.requests).toHaveLength(2));
    expect(api.requests[1]!.variables).toMatchObject({ after: null, filter: { search: 'ann', isCustomer: true, archived: false } });

    const updatedHeader = wrapper.findAll('th').find((th) => th.text() === 'Updated')!;
    await updatedHeader.trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toMatchObject({ sort: 'updatedAt', order: 'asc' }));
    await vi.waitFor(() => expect(api.requests).toHaveLength(3));
    expect(api.requests[2]!.variables).toMatchObject({ orderBy: { field: 'UPDATED_AT', direction: 'ASC' } });
    await vi.waitFor(() => expect(wrapper.find('[data-test="page-range"]').text()).toBe('1–1 of 45'));

    await wrapper.find('[data-test="next-page"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-c21"]').exists()).toBe(true));
    expect(api.requests[3]!.variables).toMatchObject({ first: 20, after: 'cur-1', orderBy: { field: 'UPDATED_AT', direction: 'ASC' }, filter: { search: 'ann' } });
    expect(wrapper.find('[data-test="page-range"]').text()).toBe('21–21 of 45');

    await wrapper.find('[data-test="previous-page"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-c1"]').exists()).toBe(true));
    expect(api.requests[4]!.variables).toMatchObject({ after: null });
    expect(wrapper.find('[data-test="previous-page"]').attributes('disabled')).toBeDefined();

    await wrapper.find('[data-test="filter-mine"] input').setValue(true);
    await vi.waitFor(() => expect(router.currentRoute.value.query).toMatchObject({ owner: 'me' }));
    await vi.waitFor(() => expect(api.requests).toHaveLength(6));
    expect(api.requests[5]!.variables).toMatchObject({ after: null, filter: { ownerId: 'u1', search: 'ann', isCustomer: true } });
    wrapper.unmount();
  });

  it('opens a contact\'s page from its row', async () => {
    vi.stubGlobal('fetch', answerGraphql(page([anna, contactRow('c2', 'Piotr Zieliński')])).fetch);
    const { wrapper, router } = await mountView(ContactsView, '/contacts');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-c2"]').exists()).toBe(true));
    await wrapper.find('[data-test="row-c2"] td:nth-child(3)').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="route-contact"]').exists()).toBe(true));
    expect(router.currentRoute.value.params).toEqual({ id: 'c2' });
    wrapper.unmount();
  });

  it('says how to start when there are no contacts, and that nothing matches when a search finds none', async () => {
    vi.stubGlobal('fetch', answerGraphql(page([])).fetch);
    const first = await mountView(ContactsView, '/contacts');
    await vi.waitFor(() => expect(first.wrapper.find('[data-test="empty-state"]').text()).toContain('Add the people you sell to'));
    first.wrapper.unmount();

    vi.stubGlobal('fetch', answerGraphql(page([])).fetch);
    const searched = await mountView(ContactsView, '/contacts?q=zzz');
    await vi.waitFor(() => expect(searched.wrapper.find('[data-test="no-match"]').text()).toBe('Nothing matches your search.'));
    expect(searched.wrapper.find('[data-test="empty-state"]').exists()).toBe(false);
    searched.wrapper.unmount();
  });

  it('creates a contact at an organization found by search, showing the server\'s field error first', async () => {
    const api = answerGraphql(
      page([anna]),
      { data: { organizations: { edges: [{ node: { id: 'o1', name: 'Acme' } }, { node: { id: 'o2', name: 'Acme Logistics' } }] } } },
      { errors: [{ message: 'Not an email address', extensions: { code: 'BAD_USER_INPUT', field: 'email' } }] },
      { data: { createContact: created } },
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(ContactsView, '/contacts');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-c1"]').exists()).toBe(true));
    await wrapper.find('[data-test="new-contact"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="record-form"]').exists()).toBe(true));

    await type('[data-test="first-name"]', ' Jan ');
    await type('[data-test="last-name"]', 'Kowalski');
    await type('[data-test="email"]', 'jan@acme.com');
    await type('[data-test="job-title"]', 'CFO');
    await type('[data-test="organization-picker"]', 'acm');
    await vi.waitFor(() => expect(api.requests).toHaveLength(2));
    expect(api.requests[1]!.variables).toEqual({ search: 'acm' });
    await vi.waitFor(() => expect(body.findAll('.v-list-item').some((item) => item.text() === 'Acme')).toBe(true));
    await body.findAll('.v-list-item').find((item) => item.text() === 'Acme')!.trigger('click');

    await body.find('[data-test="record-form"]').trigger('submit');
    await vi.waitFor(() => expect(api.requests).toHaveLength(3));
    expect(api.requests[2]!.variables).toEqual({ input: { firstName: 'Jan', lastName: 'Kowalski', email: 'jan@acme.com', jobTitle: 'CFO', organizationId: 'o1' } });
    await vi.waitFor(() => expect(body.find('[data-test="email"]').text()).toContain('Not an email address'));

    await body.find('[data-test="record-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="route-contact"]').exists()).toBe(true));
    expect(router.currentRoute.value.params).toEqual({ id: 'c9' });
    wrapper.unmount();
  });
});
