import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { mountView } from '../../test/mount';
import { answerByOperation, body, connection, loggedIn, registration, select, soon, type } from './partners-test-support';
import RegistrationsView from './RegistrationsView.vue';

const page = (nodes: object[]) => ({ data: { dealRegistrations: connection(nodes) } });
const conflicted = registration('r1', {
  expiresAt: soon(),
  conflicts: [
    { kind: 'OPEN_DEAL', description: 'An open deal with Acme: Acme expansion (owner Ana)', dealId: 'd7', registrationId: null },
    { kind: 'OTHER_REGISTRATION', description: 'Fjell IT registered Acme on 2026-02-20', dealId: null, registrationId: 'r0' },
  ],
});
const calm = registration('r2', { title: 'Initech pilot', organizationName: 'Initech', organizationDomain: null });

describe('RegistrationsView', () => {
  beforeEach(() => {
    localStorage.clear();
    setLocale('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows the pending registrations first, their conflicts prominently, and expiries that are near in red', async () => {
    loggedIn('REP');
    const api = answerByOperation({ Registrations: [page([conflicted, calm]), page([])] });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(RegistrationsView, '/partners/registrations');
    await vi.waitFor(() => expect(wrapper.find('[data-test="registration-r1"]').exists()).toBe(true));
    expect(api.sent('Registrations')[0]).toEqual({ first: 20, after: null, filter: { status: ['PENDING'] } });

    const first = wrapper.find('[data-test="registration-r1"]');
    expect(first.find('[data-test="registration-partner"]').text()).toBe('Nordic Resellers');
    expect(first.find('[data-test="registration-organization"]').text()).toContain('Acme · acme.com');
    expect(first.find('[data-test="registration-amount"]').text()).toBe('€12,500.00');
    expect(first.find('[data-test="conflict-OPEN_DEAL"]').text()).toContain('Open deal: An open deal with Acme: Acme expansion (owner Ana)');
    expect(first.find('[data-test="conflict-OPEN_DEAL"] a').attributes('href')).toBe('/deals/d7');
    expect(first.find('[data-test="conflict-OTHER_REGISTRATION"]').text()).toContain('Another registration: Fjell IT registered Acme');
    expect(first.find('[data-test="conflict-OTHER_REGISTRATION"] a').exists()).toBe(false);
    expect(first.find('[data-test="registration-expires"]').classes()).toContain('text-error');
    expect(first.find('[data-test="registration-expires"]').text()).toBe('tomorrow');
    expect(wrapper.find('[data-test="registration-r2"] [data-test="registration-expires"]').classes()).not.toContain('text-error');
    expect(wrapper.find('[data-test="registration-r2"] [data-test="conflicts"]').exists()).toBe(false);
    // Reps read the queue; deciding is for managers.
    expect(wrapper.find('[data-test="approve"]').exists()).toBe(false);

    await wrapper.find('[data-test="filter-status-REJECTED"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ status: 'REJECTED' }));
    await vi.waitFor(() => expect(api.sent('Registrations')).toHaveLength(2));
    expect(api.sent('Registrations')[1]).toEqual({ first: 20, after: null, filter: { status: ['REJECTED'] } });
    await vi.waitFor(() => expect(wrapper.find('[data-test="no-registrations"]').exists()).toBe(true));
    wrapper.unmount();
  });

  it('approves into the chosen pipeline and owner, then links to the deal it opened', async () => {
    loggedIn('MANAGER');
    const api = answerByOperation({
      Registrations: [page([conflicted, calm])],
      RegistrationApproveOptions: [{ data: { pipelines: { edges: [{ node: { id: 'pl1', name: 'Sales', isDefault: true } }, { node: { id: 'pl2', name: 'Partners', isDefault: false } }] } } }],
      TeamMembers: [{ data: { users: { edges: [{ node: { id: 'u1', name: 'Ola', active: true } }, { node: { id: 'u2', name: 'Ana', active: true } }] } } }],
      ApproveDealRegistration: [{ data: { approveDealRegistration: { ...conflicted, status: 'APPROVED', decidedAt: '2026-03-05T10:00:00.000Z', decidedBy: { id: 'u1', name: 'Ola' }, deal: { id: 'd42', title: 'Acme rollout' } } } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(RegistrationsView, '/partners/registrations');
    await vi.waitFor(() => expect(wrapper.find('[data-test="registration-r1"] [data-test="approve"]').exists()).toBe(true));
    await wrapper.find('[data-test="registration-r1"] [data-test="approve"]').trigger('click');
    await vi.waitFor(() => expect(api.sent('TeamMembers')).toHaveLength(1));
    await vi.waitFor(() => expect(body.find('[data-test="approve-dialog"]').text()).toContain('Approve “Acme rollout”'));

    select(wrapper, 'approve-pipeline', 'pl2');
    select(wrapper, 'approve-owner', 'u2');
    await body.find('[data-test="confirm-approve"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="approved-deal"]').exists()).toBe(true));
    expect(api.sent('ApproveDealRegistration')).toEqual([{ input: { id: 'r1', pipelineId: 'pl2', ownerId: 'u2' } }]);
    expect(body.find('[data-test="approved-deal"]').attributes('href')).toBe('/deals/d42');
    // The card shows the decision at once.
    await vi.waitFor(() => expect(wrapper.find('[data-test="registration-r1"] [data-test="registration-status-APPROVED"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="registration-r1"] [data-test="registration-deal"]').attributes('href')).toBe('/deals/d42');
    expect(wrapper.find('[data-test="registration-r1"] [data-test="approve"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('approves with the defaults when nothing is chosen', async () => {
    loggedIn('OWNER');
    const api = answerByOperation({
      Registrations: [page([calm])],
      RegistrationApproveOptions: [{ data: { pipelines: { edges: [] } } }],
      TeamMembers: [{ data: { users: { edges: [] } } }],
      ApproveDealRegistration: [{ data: { approveDealRegistration: { ...calm, status: 'APPROVED', deal: { id: 'd43', title: 'Initech pilot' } } } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(RegistrationsView, '/partners/registrations');
    await vi.waitFor(() => expect(wrapper.find('[data-test="registration-r2"] [data-test="approve"]').exists()).toBe(true));
    await wrapper.find('[data-test="registration-r2"] [data-test="approve"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="confirm-approve"]').exists()).toBe(true));
    await body.find('[data-test="confirm-approve"]').trigger('click');
    await vi.waitFor(() => expect(api.sent('ApproveDealRegistration')).toEqual([{ input: { id: 'r2' } }]));
    wrapper.unmount();
  });

  it('rejects with a reason the partner will read, and refuses an empty one', async () => {
    loggedIn('MANAGER');
    const api = answerByOperation({
      Registrations: [page([conflicted])],
      RejectDealRegistration: [{ data: { rejectDealRegistration: { ...conflicted, status: 'REJECTED', rejectionReason: 'Ana has worked Acme since January', decidedAt: '2026-03-05T10:00:00.000Z' } } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(RegistrationsView, '/partners/registrations');
    await vi.waitFor(() => expect(wrapper.find('[data-test="registration-r1"] [data-test="reject"]').exists()).toBe(true));
    await wrapper.find('[data-test="registration-r1"] [data-test="reject"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="reject-form"]').exists()).toBe(true));

    await type('[data-test="reject-reason"]', '   ');
    await body.find('[data-test="reject-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="reject-reason"]').text()).toContain('Required'));
    expect(api.sent('RejectDealRegistration')).toEqual([]);

    await type('[data-test="reject-reason"]', ' Ana has worked Acme since January ');
    await body.find('[data-test="reject-form"]').trigger('submit');
    await vi.waitFor(() => expect(api.sent('RejectDealRegistration')).toEqual([{ input: { id: 'r1', reason: 'Ana has worked Acme since January' } }]));
    await vi.waitFor(() => expect(wrapper.find('[data-test="registration-r1"] [data-test="registration-rejection"]').text()).toBe('Ana has worked Acme since January'));
    expect(wrapper.find('[data-test="registration-r1"] [data-test="registration-status-REJECTED"]').exists()).toBe(true);
    wrapper.unmount();
  });
});
