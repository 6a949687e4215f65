import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { answerGraphql, flush, mountView } from '../../test/mount';
import { body, loggedIn, owners } from './leads-test-helpers';
import LeadsView from './LeadsView.vue';

const row = (id: string, name: string, fields: Record<string, unknown> = {}) => ({
  id, name, companyName: 'Fjord AS', status: 'MQL', source: 'INBOUND', score: 72,
  createdAt: new Date(Date.now() - 3 * 86_400_000).toISOString(), owner: { id: 'u1', name: 'Ola' }, ...fields,
});
const page = (nodes: object[], totalCount = nodes.length, endCursor: string | null = null) => ({
  data: { leads: { totalCount, pageInfo: { hasNextPage: endCursor !== null, endCursor }, edges: nodes.map((node) => ({ node })) } },
});

describe('LeadsView', () => {
  beforeEach(() => {
    localStorage.clear();
    loggedIn();
    setLocale('en');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the filters and sort of a shared link and shows the rows', async () => {
    const api = answerGraphql(page([row('l1', 'Ada Lovelace', { status: 'SAL', source: 'REFERRAL' })], 1));
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(LeadsView, '/leads?q=fjord&status=MQL,SAL,BOGUS&source=REFERRAL&mine=1&sort=score&order=desc');
    await vi.waitFor(() => expect(wrapper.find('[data-test="lead-l1"]').exists()).toBe(true));
    expect(api.requests[0]!.variables).toEqual({
      first: 25,
      after: null,
      filter: { search: 'fjord', status: ['MQL', 'SAL'], source: ['REFERRAL'], ownerId: 'u1' },
      orderBy: { field: 'SCORE', direction: 'DESC' },
    });
    const table = wrapper.find('[data-test="leads-table"]');
    expect(table.text()).toContain('Ada Lovelace');
    expect(table.text()).toContain('Fjord AS');
    expect(table.find('[data-test="status-SAL"]').text()).toBe('SAL');
    expect(table.text()).toContain('Referral');
    expect(table.text()).toContain('3 days ago');
    expect((wrapper.find('[data-test="search"] input').element as HTMLInputElement).value).toBe('fjord');
    expect(wrapper.find('[data-test="page-range"]').text()).toBe('1–1 of 1');

    await wrapper.find('td').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="route-lead"]').exists()).toBe(true));
    expect(router.currentRoute.value.params.id).toBe('l1');
    await flush();
    expect(api.requests).toHaveLength(1);
    wrapper.unmount();
  });

  it('puts each filter and the sort in the URL and asks the server again from the first page', async () => {
    const api = answerGraphql(page([row('l1', 'Ada')]), page([row('l1', 'Ada')]), page([row('l1', 'Ada')]), page([row('l1', 'Ada')]), page([row('l1', 'Ada')]));
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(LeadsView, '/leads');
    await vi.waitFor(() => expect(api.requests).toHaveLength(1));
    expect(api.requests[0]!.variables).toEqual({ first: 25, after: null, filter: {}, orderBy: null });

    await wrapper.find('[data-test="filter-status-SQL"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ status: 'SQL' }));
    await vi.waitFor(() => expect(api.requests).toHaveLength(2));
    expect(api.requests[1]!.variables.filter).toEqual({ status: ['SQL'] });

    await wrapper.find('[data-test="search"] input').setValue('ad');
    await wrapper.find('[data-test="search"] input').setValue('ada');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ status: 'SQL', q: 'ada' }));
    await vi.waitFor(() => expect(api.requests).toHaveLength(3));
    expect(api.requests[2]!.variables.filter).toEqual({ search: 'ada', status: ['SQL'] });

    await wrapper.find('[data-test="filter-mine"] input').setValue(true);
    await vi.waitFor(() => expect(router.currentRoute.value.query.mine).toBe('1'));
    await vi.waitFor(() => expect(api.requests).toHaveLength(4));
    expect(api.requests[3]!.variables.filter).toEqual({ search: 'ada', status: ['SQL'], ownerId: 'u1' });

    const scoreHeader = wrapper.findAll('th').find((th) => th.text().includes('Score'))!;
    await scoreHeader.trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toMatchObject({ sort: 'score', order: 'asc' }));
    await vi.waitFor(() => expect(api.requests).toHaveLength(5));
    expect(api.requests[4]!.variables.orderBy).toEqual({ field: 'SCORE', direction: 'ASC' });
    wrapper.unmount();
  });

  it('pages forward with the server\'s cursor and back with the cursor kept for the earlier page', async () => {
    const api = answerGraphql(
      page([row('l1', 'Ada')], 30, 'cursor-25'),
      page([row('l26', 'Bo')], 30, null),
      page([row('l1', 'Ada')], 30, 'cursor-25'),
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LeadsView, '/leads?sort=name&order=asc');
    await vi.waitFor(() => expect(wrapper.find('[data-test="lead-l1"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="previous-page"]').attributes('disabled')).toBeDefined();

    await wrapper.find('[data-test="next-page"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="lead-l26"]').exists()).toBe(true));
    expect(api.requests[1]!.variables).toEqual({ first: 25, after: 'cursor-25', filter: {}, orderBy: { field: 'NAME', direction: 'ASC' } });
    expect(wrapper.find('[data-test="page-range"]').text()).toBe('26–26 of 30');
    expect(wrapper.find('[data-test="next-page"]').attributes('disabled')).toBeDefined();

    await wrapper.find('[data-test="previous-page"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="lead-l1"]').exists()).toBe(true));
    expect(api.requests[2]!.variables.after).toBeNull();
    wrapper.unmount();
  });

  it('explains leads when there are none, and creates the first one, showing field errors under the fields', async () => {
    const api = answerGraphql(
      page([], 0),
      owners,
      { errors: [{ message: '"ada@" is not an email address', extensions: { code: 'BAD_USER_INPUT', field: 'email' } }] },
      { data: { createLead: { id: 'l9' } } },
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LeadsView, '/leads');
    await vi.waitFor(() => expect(wrapper.find('[data-test="empty-state"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="empty-state"]').text()).toContain('A lead is someone who may buy');
    expect(wrapper.find('[data-test="leads-table"]').exists()).toBe(false);

    await wrapper.find('[data-test="empty-new-lead"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="new-lead-form"]').exists()).toBe(true));
    await vi.waitFor(() => expect(api.requests).toHaveLength(2));
    await body.find('[data-test="new-lead-submit"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="field-firstName"]').text()).toContain('Required'));
    await vi.waitFor(() => expect(body.find('[data-test="field-source"]').text()).toContain('Choose one'));
    expect(api.requests).toHaveLength(2);

    await body.find('[data-test="field-firstName"] input').setValue(' Ada ');
    await body.find('[data-test="field-companyName"] input').setValue('Fjord AS');
    await body.find('[data-test="field-email"] input').setValue('ada@fjord.no');
    await body.find('[data-test="field-source"] .v-field').trigger('mousedown');
    await vi.waitFor(() => expect(body.findAll('.v-list-item').some((item) => item.text() === 'Event')).toBe(true));
    await body.findAll('.v-list-item').find((item) => item.text() === 'Event')!.trigger('click');
    await body.find('[data-test="new-lead-submit"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="field-email"]').text()).toContain('is not an email address'));
    expect(api.requests[2]!.variables).toEqual({
      input: { firstName: 'Ada', lastName: null, email: 'ada@fjord.no', phone: null, companyName: 'Fjord AS', jobTitle: null, source: 'EVENT', sourceDetail: null, ownerId: 'u1' },
    });

    await body.find('[data-test="new-lead-submit"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="route-lead"]').exists()).toBe(true));
    await flush();
    expect(api.requests).toHaveLength(4);
    wrapper.unmount();
  });

  it('says when nothing matches the filters, and shows a failed load with a retry', async () => {
    const api = answerGraphql(
      page([], 0),
      { errors: [{ message: 'Internal', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LeadsView, '/leads?status=CONVERTED');
    await vi.waitFor(() => expect(wrapper.find('[data-test="no-results"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="empty-state"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="no-results"]').text()).toContain('Nothing matches your search.');

    await wrapper.find('[data-test="clear-filters"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="list-error"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="list-error"]').text()).toContain('Something went wrong on our side');
    expect(api.requests[1]!.variables.filter).toEqual({});
    await flush();
    wrapper.unmount();
  });
});
