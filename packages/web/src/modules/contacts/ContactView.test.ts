import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { answerGraphql, mountView } from '../../test/mount';
import ContactView from './ContactView.vue';
import { body, connection, contact, deal, loggedIn, type } from './test-support';

vi.mock('../activities/ActivityTimeline.vue', async () => ({ default: (await import('./test-support')).TimelineStub }));

const loaded = (fields: Record<string, unknown> = {}, deals = [deal('d1', 'Pilot rollout', 123456), deal('d2', 'Renewal 2027', 500000, 'WON')]) => ({
  data: { contact: contact(fields), deals: connection(deals) },
});

describe('ContactView', () => {
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

  it('shows the contact, their organization, their deals with amounts in the reader\'s format, and their activities', async () => {
    setLocale('pl');
    const api = answerGraphql(loaded({ isCustomer: true, customerSince: '2026-02-10T10:00:00.000Z' }));
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(ContactView, '/contacts/c1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="record-title"]').text()).toBe('Anna Nowak'));
    expect(api.requests[0]!.variables).toEqual({ id: 'c1' });
    expect(wrapper.find('[data-test="customer"]').text()).toContain('Klient od');
    expect(wrapper.find('[data-test="fact-organization"] a').attributes('href')).toBe('/organizations/o1');
    expect(wrapper.find('[data-test="fact-email"] a').attributes('href')).toBe('mailto:anna@acme.com');

    const pilot = wrapper.find('[data-test="deal-d1"]');
    expect(pilot.find('a').attributes('href')).toBe('/deals/d1');
    expect(pilot.text()).toContain('Presentation');
    expect(pilot.text()).toContain('Otwarta');
    expect(pilot.find('[data-test="deal-amount"]').text()).toBe('1234,56\u00a0€');
    expect(wrapper.find('[data-test="deal-d2"]').text()).toContain('Wygrana');
    expect(wrapper.find('[data-test="deal-d2"] [data-test="deal-amount"]').text()).toBe('5000,00\u00a0€');
    expect(JSON.parse(wrapper.find('[data-test="timeline-stub"]').text())).toEqual({ contactId: 'c1' });
    wrapper.unmount();
  });

  it('archives and restores the contact', async () => {
    const api = answerGraphql(
      loaded(),
      { data: { archiveContact: contact({ archivedAt: '2026-03-05T09:00:00.000Z', version: 4 }) } },
      { data: { restoreContact: contact({ version: 5 }) } },
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(ContactView, '/contacts/c1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="archive"]').exists()).toBe(true));
    await wrapper.find('[data-test="archive"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="archived"]').exists()).toBe(true));
    // The API's archive takes the id alone: archiving is idempotent and has no version to check.
    expect(api.requests[1]!.variables).toEqual({ input: { id: 'c1' } });
    expect(api.requests[1]!.query).toContain('archiveContact');

    await wrapper.find('[data-test="restore"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="archive"]').exists()).toBe(true));
    expect(api.requests[2]!.variables).toEqual({ input: { id: 'c1' } });
    expect(wrapper.find('[data-test="archived"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('edits only what changed; a conflict shows the server\'s message and reloads the contact', async () => {
    const conflict = 'This contact was changed by someone else. Reload it and try again.';
    const api = answerGraphql(
      loaded(),
      { errors: [{ message: conflict, extensions: { code: 'CONFLICT' } }] },
      loaded({ phone: '+48 700 000 000', version: 4 }),
      { data: { updateContact: contact({ jobTitle: 'CFO', phone: '+48 700 000 000', version: 5 }) } },
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(ContactView, '/contacts/c1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="edit"]').exists()).toBe(true));
    await wrapper.find('[data-test="edit"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="record-form"]').exists()).toBe(true));
    await type('[data-test="job-title"]', 'CFO');
    await type('[data-test="last-name"]', '');

    await body.find('[data-test="record-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="form-error"]').text()).toBe(conflict));
    expect(api.requests[1]!.variables).toEqual({ input: { id: 'c1', version: 3, lastName: null, jobTitle: 'CFO' } });
    await vi.waitFor(() => expect(wrapper.find('[data-test="fact-phone"]').text()).toBe('+48 700 000 000'));
    expect(api.requests[2]!.variables).toEqual({ id: 'c1' });

    await type('[data-test="last-name"]', 'Nowak');
    await body.find('[data-test="record-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="fact-jobTitle"]').text()).toBe('CFO'));
    expect(api.requests[3]!.variables).toEqual({ input: { id: 'c1', version: 4, jobTitle: 'CFO' } });
    wrapper.unmount();
  });

  it('says so when the contact does not exist', async () => {
    vi.stubGlobal('fetch', answerGraphql({ data: { contact: null, deals: connection([]) } }).fetch);
    const { wrapper } = await mountView(ContactView, '/contacts/gone');
    await vi.waitFor(() => expect(wrapper.find('[data-test="not-found"]').text()).toBe('This record does not exist or you may not see it.'));
    expect(wrapper.find('[data-test="record-title"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
