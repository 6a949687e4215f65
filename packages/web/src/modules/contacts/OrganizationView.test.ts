import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { answerGraphql, mountView } from '../../test/mount';
import OrganizationView from './OrganizationView.vue';
import { body, connection, deal, loggedIn, organization, type } from './test-support';

vi.mock('../activities/ActivityTimeline.vue', async () => ({ default: (await import('./test-support')).TimelineStub }));

interface Person { id: string; name: string; jobTitle: string | null; email: string | null }
const people = connection<Person>([
  { id: 'c1', name: 'Anna Nowak', jobTitle: 'Head of Procurement', email: 'anna@acme.com' },
  { id: 'c2', name: 'Piotr Zieliński', jobTitle: null, email: 'piotr@acme.com' },
]);
const loaded = (fields: Record<string, unknown> = {}, contacts = people) => ({
  data: { organization: { ...organization(fields), contacts }, deals: connection([deal('d1', 'Pilot rollout', 123456)], null, 60) },
});

describe('OrganizationView', () => {
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

  it('shows the organization, its people linking to their pages, its deals and its activities', async () => {
    const api = answerGraphql(loaded());
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(OrganizationView, '/organizations/o1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="record-title"]').text()).toBe('Acme'));
    expect(api.requests[0]!.variables).toEqual({ id: 'o1' });
    expect(wrapper.find('[data-test="fact-country"]').text()).toBe('Poland');
    expect(wrapper.find('[data-test="fact-employees"]').text()).toBe('1,200');
    expect(wrapper.find('[data-test="contact-c1"]').attributes('href')).toBe('/contacts/c1');
    expect(wrapper.find('[data-test="contact-c1"]').text()).toContain('Head of Procurement');
    expect(wrapper.find('[data-test="contact-c2"]').text()).toContain('piotr@acme.com');
    expect(wrapper.find('[data-test="deal-d1"] a').attributes('href')).toBe('/deals/d1');
    expect(wrapper.find('[data-test="deal-d1"] [data-test="deal-amount"]').text()).toBe('€1,234.56');
    expect(wrapper.find('[data-test="related-deals"]').text()).toContain('Showing 1 of 60');
    expect(JSON.parse(wrapper.find('[data-test="timeline-stub"]').text())).toEqual({ organizationId: 'o1' });
    wrapper.unmount();
  });

  it('adds a person at this organization and lists them', async () => {
    const jan = { id: 'c3', name: 'Jan Kowalski', jobTitle: null, email: null };
    const api = answerGraphql(
      loaded(),
      { data: { createContact: { id: 'c3', firstName: 'Jan', lastName: 'Kowalski', name: 'Jan Kowalski', email: null, phone: null, jobTitle: null, isCustomer: false, customerSince: null, archivedAt: null, version: 1, createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-01T08:00:00.000Z', organization: { id: 'o1', name: 'Acme' }, owner: { id: 'u1', name: 'Ola' } } } },
      loaded({}, connection([...people.edges.map((edge) => edge.node), jan])),
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(OrganizationView, '/organizations/o1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="add-contact"]').exists()).toBe(true));
    await wrapper.find('[data-test="add-contact"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="record-form"]').exists()).toBe(true));
    await type('[data-test="first-name"]', 'Jan');
    await type('[data-test="last-name"]', 'Kowalski');
    await body.find('[data-test="record-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="contact-c3"]').exists()).toBe(true));
    expect(api.requests[1]!.variables).toEqual({ input: { firstName: 'Jan', lastName: 'Kowalski', organizationId: 'o1' } });
    wrapper.unmount();
  });

  it('archives the organization with its id and keeps its people on the page', async () => {
    const api = answerGraphql(loaded(), { data: { archiveOrganization: organization({ archivedAt: '2026-03-05T09:00:00.000Z', version: 3 }) } });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(OrganizationView, '/organizations/o1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="archive"]').exists()).toBe(true));
    await wrapper.find('[data-test="archive"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="restore"]').exists()).toBe(true));
    expect(api.requests[1]!.variables).toEqual({ input: { id: 'o1' } });
    expect(wrapper.find('[data-test="archived"]').text()).toContain('Archived');
    expect(wrapper.find('[data-test="contact-c1"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('says so when the organization does not exist, in the reader\'s language', async () => {
    setLocale('ru');
    vi.stubGlobal('fetch', answerGraphql({ data: { organization: null, deals: connection([]) } }).fetch);
    const { wrapper } = await mountView(OrganizationView, '/organizations/gone');
    await vi.waitFor(() => expect(wrapper.find('[data-test="not-found"]').text()).toBe('Эта запись не существует или у вас нет к ней доступа.'));
    expect(wrapper.find('[data-test="record-title"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
