import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import { setLocale } from '../../i18n';
import { answerGraphql, flush, mountView } from '../../test/mount';
import { body, loggedIn } from './leads-test-helpers';
import LeadView from './LeadView.vue';

// The activity timeline has its own tests; here it only has to be given the lead.
vi.mock('../activities/ActivityTimeline.vue', () => ({
  default: { props: ['subject'], render(this: { subject: unknown }) { return h('div', { 'data-test': 'activity-timeline', 'data-subject': JSON.stringify(this.subject) }); } },
}));

const change = (id: string, fromStatus: string | null, toStatus: string, reason: string | null = null) => ({
  id, fromStatus, toStatus, reason, changedAt: '2026-03-01T09:00:00.000Z', changedBy: { id: 'u1', name: 'Ola' },
});
const lead = (fields: Record<string, unknown> = {}) => ({
  id: 'l1', version: 3, name: 'Ada Lovelace', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@fjord.no', phone: null,
  companyName: 'Fjord AS', companyWebsite: 'fjord.no', companyEmployeeCount: 40, jobTitle: 'CTO', source: 'EVENT', sourceDetail: 'Oslo Expo',
  score: 64, status: 'MQL', disqualifiedReason: null, createdAt: '2026-03-01T09:00:00.000Z', convertedAt: null,
  convertedContactId: null, convertedOrganizationId: null, convertedDealId: null, owner: { id: 'u1', name: 'Ola' },
  history: [change('h1', null, 'LEAD'), change('h2', 'LEAD', 'MQL')],
  ...fields,
});
const answer = (fields: Record<string, unknown> = {}) => ({ data: { lead: lead(fields) } });

describe('LeadView', () => {
  beforeEach(() => {
    localStorage.clear();
    loggedIn();
    setLocale('en');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the lead, its history and activities, and qualifies it to the next step with its version', async () => {
    const sal = lead({ version: 4, status: 'SAL', history: [...lead().history, change('h3', 'MQL', 'SAL')] });
    const api = answerGraphql(answer(), { data: { changeLeadStatus: sal } });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LeadView, '/leads/l1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="lead-name"]').text()).toBe('Ada Lovelace'));
    expect(api.requests[0]!.variables).toEqual({ id: 'l1' });
    expect(wrapper.find('[data-test="lead-details"]').text()).toContain('Oslo Expo');
    expect(wrapper.find('[data-test="lead-history"]').text()).toContain('Lead → MQL');
    expect(wrapper.find('[data-test="lead-history"]').text()).toContain('Created as Lead');
    expect(JSON.parse(wrapper.find('[data-test="activity-timeline"]').attributes('data-subject')!)).toEqual({ leadId: 'l1' });
    // From MQL the funnel rule allows: on to SAL, back to LEAD, disqualify, convert; not requalify.
    expect(wrapper.find('[data-test="qualify"]').text()).toBe('Qualify as SAL');
    expect(wrapper.find('[data-test="move-back"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="disqualify"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="convert"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="requalify"]').exists()).toBe(false);

    await wrapper.find('[data-test="qualify"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="qualify"]').text()).toBe('Qualify as SQL'));
    expect(api.requests[1]!.query).toContain('changeLeadStatus');
    expect(api.requests[1]!.variables).toEqual({ input: { id: 'l1', version: 3, status: 'SAL' } });
    expect(wrapper.find('[data-test="status-SAL"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('on a CONFLICT shows the server\'s message and reloads the lead', async () => {
    const message = 'This lead was changed by someone else (now at version 5, you sent 3). Reload it and try again.';
    const api = answerGraphql(answer(), { errors: [{ message, extensions: { code: 'CONFLICT', currentVersion: 5 } }] }, answer({ version: 5, status: 'SQL' }));
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LeadView, '/leads/l1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="qualify"]').exists()).toBe(true));
    await wrapper.find('[data-test="qualify"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="lifecycle-error"]').text()).toBe(message));
    await vi.waitFor(() => expect(wrapper.find('[data-test="status-SQL"]').exists()).toBe(true));
    expect(api.requests[2]!.variables).toEqual({ id: 'l1' });
    // SQL is the last funnel step: no further qualifying, only conversion.
    expect(wrapper.find('[data-test="qualify"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="convert"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('disqualifies only with a reason, and then offers only requalifying', async () => {
    const disqualified = lead({ version: 4, status: 'DISQUALIFIED', disqualifiedReason: 'No budget this year', history: [...lead().history, change('h3', 'MQL', 'DISQUALIFIED', 'No budget this year')] });
    const api = answerGraphql(answer(), { data: { changeLeadStatus: disqualified } });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LeadView, '/leads/l1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="disqualify"]').exists()).toBe(true));
    await wrapper.find('[data-test="disqualify"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="disqualify-form"]').exists()).toBe(true));

    await body.find('[data-test="disqualify-submit"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="disqualify-reason"]').text()).toContain('Required'));
    await body.find('[data-test="disqualify-reason"] textarea').setValue('   ');
    await body.find('[data-test="disqualify-submit"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="disqualify-reason"]').text()).toContain('Required'));
    expect(api.requests).toHaveLength(1);

    await body.find('[data-test="disqualify-reason"] textarea').setValue(' No budget this year ');
    await body.find('[data-test="disqualify-submit"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="disqualified"]').exists()).toBe(true));
    expect(api.requests[1]!.variables).toEqual({ input: { id: 'l1', version: 3, status: 'DISQUALIFIED', reason: 'No budget this year' } });
    expect(wrapper.find('[data-test="disqualified"]').text()).toContain('No budget this year');
    expect(wrapper.find('[data-test="requalify"]').exists()).toBe(true);
    for (const gone of ['qualify', 'move-back', 'disqualify', 'convert']) expect(wrapper.find(`[data-test="${gone}"]`).exists()).toBe(false);
    wrapper.unmount();
  });

  it('converts with a deal in the default pipeline, the amount in minor units, and opens the deal', async () => {
    const api = answerGraphql(
      answer({ status: 'SQL' }),
      { data: { pipelines: { edges: [{ node: { id: 'p2', name: 'Renewals', isDefault: false } }, { node: { id: 'p1', name: 'Sales', isDefault: true } }] } } },
      { errors: [{ message: 'Use a currency the workspace has a rate for', extensions: { code: 'BAD_USER_INPUT', field: 'currency' } }] },
      { data: { convertLead: { contact: { id: 'c7' }, contactReused: true, organization: { id: 'o3' }, organizationReused: false, deal: { id: 'd9' } } } },
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LeadView, '/leads/l1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="convert"]').exists()).toBe(true));
    await wrapper.find('[data-test="convert"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="convert-form"]').exists()).toBe(true));
    expect(body.find('[data-test="convert-contact"]').text()).toContain('ada@fjord.no');
    expect(body.find('[data-test="convert-organization"]').text()).toContain('Fjord AS');
    await vi.waitFor(() => expect(body.find('[data-test="convert-pipeline"]').text()).toContain('Sales'));

    await body.find('[data-test="convert-amount"] input').setValue('12.345');
    await body.find('[data-test="convert-submit"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="convert-amount"]').text()).toContain('At most 2 decimals'));
    expect(api.requests).toHaveLength(2);

    await body.find('[data-test="convert-title"] input').setValue('Fjord rollout');
    await body.find('[data-test="convert-amount"] input').setValue('1,250.50');
    await body.find('[data-test="convert-currency"] input').setValue('xyz');
    await body.find('[data-test="convert-submit"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="convert-currency"]').text()).toContain('Use a currency the workspace has a rate for'));

    await body.find('[data-test="convert-currency"] input').setValue('EUR');
    await body.find('[data-test="convert-submit"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="route-deal"]').exists()).toBe(true));
    await flush();
    expect(api.requests).toHaveLength(4);
    expect(api.requests[3]!.query).toContain('convertLead');
    expect(api.requests[3]!.variables).toEqual({
      input: { id: 'l1', version: 3, createDeal: true, dealTitle: 'Fjord rollout', amountMinor: 125050, currency: 'EUR', pipelineId: 'p1' },
    });
    wrapper.unmount();
  });

  it('converts into contact and organization only, and then opens the contact', async () => {
    const api = answerGraphql(
      answer(),
      { data: { pipelines: { edges: [] } } },
      { data: { convertLead: { contact: { id: 'c7' }, contactReused: false, organization: null, organizationReused: false, deal: null } } },
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(LeadView, '/leads/l1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="convert"]').exists()).toBe(true));
    await wrapper.find('[data-test="convert"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="convert-form"]').exists()).toBe(true));
    await body.find('[data-test="convert-create-deal"] input').setValue(false);
    await body.find('[data-test="convert-submit"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="route-contact"]').exists()).toBe(true));
    expect(router.currentRoute.value.params.id).toBe('c7');
    expect(api.requests[2]!.variables).toEqual({ input: { id: 'l1', version: 3, createDeal: false } });
    wrapper.unmount();
  });

  it('saves only the changed details with the version', async () => {
    const api = answerGraphql(
      answer(),
      { data: { users: { edges: [{ node: { id: 'u1', name: 'Ola', active: true } }] } } },
      { data: { updateLead: lead({ version: 4, companyName: 'Fjord Group', score: 80 }) } },
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LeadView, '/leads/l1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="edit-details"]').exists()).toBe(true));
    await wrapper.find('[data-test="edit-details"]').trigger('click');
    await wrapper.find('[data-test="edit-companyName"] input').setValue('Fjord Group');
    await wrapper.find('[data-test="edit-score"] input').setValue('101');
    await wrapper.find('[data-test="save-details"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="edit-score"]').text()).toContain('A whole number from 0 to 100'));
    await wrapper.find('[data-test="edit-score"] input').setValue('80');
    await wrapper.find('[data-test="save-details"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="details-form"]').exists()).toBe(false));
    expect(api.requests[2]!.variables).toEqual({ input: { id: 'l1', version: 3, companyName: 'Fjord Group', score: 80 } });
    expect(wrapper.find('[data-test="lead-details"]').text()).toContain('Fjord Group');
    wrapper.unmount();
  });

  it('lets a manager delete the lead, then goes back to the inbox', async () => {
    const api = answerGraphql(answer(), { data: { deleteLead: 'l1' } });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LeadView, '/leads/l1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="delete-lead"]').exists()).toBe(true));
    await wrapper.find('[data-test="delete-lead"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="delete-confirm"]').exists()).toBe(true));
    await body.find('[data-test="delete-confirm"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="route-leads"]').exists()).toBe(true));
    expect(api.requests[1]!.variables).toEqual({ input: { id: 'l1' } });
    wrapper.unmount();
  });

  it('does not offer deleting to a rep', async () => {
    loggedIn('REP');
    vi.stubGlobal('fetch', answerGraphql(answer()).fetch);
    const { wrapper } = await mountView(LeadView, '/leads/l1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="lead-name"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="delete-lead"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('says when the lead does not exist, and shows a failed load', async () => {
    const api = answerGraphql({ data: { lead: null } });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LeadView, '/leads/nope');
    await vi.waitFor(() => expect(wrapper.find('[data-test="not-found"]').text()).toBe('This record does not exist or you may not see it.'));
    wrapper.unmount();

    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const again = await mountView(LeadView, '/leads/l1');
    await vi.waitFor(() => expect(again.wrapper.find('[data-test="load-error"]').text()).toContain('The server cannot be reached'));
    again.wrapper.unmount();
  });
});
