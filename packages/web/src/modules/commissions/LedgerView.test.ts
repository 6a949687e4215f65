import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { logIn, mountView } from '../../test/mount';
import { answerByOperation, body, connection, entry, fill, loggedIn, override, snapshot } from './commissions-test-support';
import LedgerView from './LedgerView.vue';

const partners = { data: { partners: { edges: [{ node: { id: 'p1', name: 'Nordic Resellers' } }, { node: { id: 'p2', name: 'Baltic VAR' } }] } } };
const ledger = (nodes: object[]) => ({ data: { ledgerEntries: connection(nodes) } });
const reversal = entry('e3', {
  kind: 'REVERSAL', hook: 'invoice.refunded', status: 'APPROVED', amount: { amountMinor: -5000, currency: 'EUR' }, rateBasisPoints: 1250,
  fraudFlags: ['self-referral'], reverses: { id: 'e1', createdAt: '2026-03-02T09:30:00.000Z', hook: 'deal.won', amount: { amountMinor: 20000, currency: 'EUR' }, deal: { id: 'd1', title: 'Acme Renewal' } },
});
const rows = [entry('e1'), entry('e2', { status: 'HOLD', partner: null, payeeUser: { id: 'u2', name: 'Piotr' } }), reversal];
const conflict = (message: string) => ({ errors: [{ message, extensions: { code: 'CONFLICT' } }] });

/** Opens the explanation of the entry `id` and waits for it. */
async function expand(wrapper: { find: (selector: string) => { trigger: (event: string) => Promise<void>; exists: () => boolean } }, id: string): Promise<void> {
  await wrapper.find(`[data-test="row-${id}"] [data-test="expand-entry"]`).trigger('click');
  await vi.waitFor(() => expect(wrapper.find(`[data-test="details-${id}"]`).exists()).toBe(true));
}

describe('LedgerView', () => {
  beforeEach(() => {
    localStorage.clear();
    loggedIn();
    setLocale('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('asks for what the URL filters on and shows each entry with its explanation', async () => {
    const api = answerByOperation({ LedgerEntries: [ledger(rows)], CommissionPartners: [partners] });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LedgerView, '/commissions?status=PENDING,HOLD,BOGUS&kind=COMMISSION&partner=p1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-e3"]').exists()).toBe(true));
    expect(api.sent('LedgerEntries')[0]).toEqual({ first: 20, after: null, filter: { statuses: ['PENDING', 'HOLD'], kind: 'COMMISSION', partnerId: 'p1' } });

    const first = wrapper.find('[data-test="row-e1"]').text();
    expect(first).toContain('Nordic Resellers');
    expect(first).toContain('deal.won');
    expect(first).toContain('€200.00');
    expect(first).toContain('Pending');
    expect(wrapper.find('[data-test="row-e2"]').text()).toContain('Piotr');
    expect(wrapper.find('[data-test="row-e2"]').text()).toContain('Team member');
    expect(wrapper.find('[data-test="amount-e3"]').text()).toBe('-€50.00');
    expect(wrapper.find('[data-test="amount-e3"]').classes()).toContain('text-error');
    expect(wrapper.find('[data-test="amount-e1"]').classes()).not.toContain('text-error');

    await wrapper.find('[data-test="row-e3"] [data-test="expand-entry"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="details-e3"]').exists()).toBe(true));
    const details = wrapper.find('[data-test="details-e3"]');
    expect(details.find('[data-test="explanation"]').text()).toBe('Acme Renewal won: 20 % of €1,000.00');
    expect(details.find('[data-test="fact-basis"]').text()).toBe('€1,000.00');
    expect(details.find('[data-test="fact-rate"]').text()).toBe('12.5%');
    expect(details.find('[data-test="fact-plugin"]').text()).toBe('affiliate-commission@1.0.0');
    expect(details.find('[data-test="hashes"]').text()).toContain('c0de12345678…');
    expect(details.findAll('[data-test="copy-hash"]')).toHaveLength(4);
    expect(details.find('[data-test="fraud-flags"]').text()).toContain('self-referral');
    expect(details.find('[data-test="reverses"]').text()).toContain('€200.00');
    expect(details.find('[data-test="reversed-entry"]').attributes('href')).toBe('/commissions?deal=d1#entry-e1');
    wrapper.unmount();
  });

  it('approves the entries selected, and shows the server\'s explanation when it refuses', async () => {
    const conflict = { errors: [{ message: 'Entry e2 is no longer pending; reload the ledger', extensions: { code: 'CONFLICT' } }] };
    const api = answerByOperation({
      LedgerEntries: [ledger(rows), ledger([entry('e1', { status: 'APPROVED' })])],
      CommissionPartners: [partners],
      ApproveLedgerEntries: [conflict, { data: { approveLedgerEntries: [{ id: 'e1', status: 'APPROVED', approvedAt: '2026-04-01T08:00:00.000Z', version: 2 }, { id: 'e2', status: 'APPROVED', approvedAt: '2026-04-01T08:00:00.000Z', version: 2 }] } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LedgerView, '/commissions');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-e1"]').exists()).toBe(true));
    expect(api.sent('LedgerEntries')[0]).toEqual({ first: 20, after: null, filter: {} });
    expect(wrapper.find('[data-test="approve-selected"]').attributes('disabled')).toBeDefined();
    // An approved entry cannot be chosen.
    expect(wrapper.find('[data-test="row-e3"] input[type="checkbox"]').attributes('disabled')).toBeDefined();

    await wrapper.find('[data-test="row-e1"] input[type="checkbox"]').trigger('click');
    await wrapper.find('[data-test="row-e2"] input[type="checkbox"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="approve-selected"]').text()).toBe('Approve selected (2)'));

    await wrapper.find('[data-test="approve-selected"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="action-error"]').text()).toContain('Entry e2 is no longer pending; reload the ledger'));
    expect(api.sent('ApproveLedgerEntries')[0]).toEqual({ input: { ids: ['e1', 'e2'] } });

    await wrapper.find('[data-test="approve-selected"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="notice"]').text()).toBe('Entries approved: 2.'));
    expect(api.sent('LedgerEntries')).toHaveLength(2);
    await vi.waitFor(() => expect(wrapper.find('[data-test="approve-selected"]').text()).toBe('Approve selected (0)'));
    wrapper.unmount();
  });

  it('approves every due entry of the partner filtered on and says how many', async () => {
    const api = answerByOperation({
      LedgerEntries: [ledger(rows), ledger(rows)],
      CommissionPartners: [partners],
      ApproveDueLedgerEntries: [{ data: { approveDueLedgerEntries: 7 } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LedgerView, '/commissions?partner=p2');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-e1"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="approve-due"]').text()).toBe('Approve this partner\'s due entries');
    await wrapper.find('[data-test="approve-due"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="notice"]').text()).toBe('Entries past their hold approved: 7.'));
    expect(api.sent('ApproveDueLedgerEntries')).toEqual([{ input: { partnerId: 'p2' } }]);
    wrapper.unmount();
  });

  it('filters by status and by deal through the URL', async () => {
    const api = answerByOperation({ LedgerEntries: [ledger(rows), ledger(rows), ledger([entry('e1')])], CommissionPartners: [partners] });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(LedgerView, '/commissions');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-e1"]').exists()).toBe(true));

    await wrapper.find('[data-test="filter-status-HOLD"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ status: 'HOLD' }));
    await vi.waitFor(() => expect(api.sent('LedgerEntries')).toHaveLength(2));
    expect(api.sent('LedgerEntries')[1]).toMatchObject({ filter: { statuses: ['HOLD'] } });

    await wrapper.find('[data-test="only-deal-e1"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ status: 'HOLD', deal: 'd1' }));
    await vi.waitFor(() => expect(api.sent('LedgerEntries')).toHaveLength(3));
    expect(api.sent('LedgerEntries')[2]).toMatchObject({ filter: { statuses: ['HOLD'], dealId: 'd1' } });
    await vi.waitFor(() => expect(wrapper.find('[data-test="filter-deal"]').text()).toContain('Deal: Acme Renewal'));
    expect(body.find('[data-test="list-error"]').exists()).toBe(false);
    wrapper.unmount();
  });
  it('voids an entry with the reason given, and shows the server\'s CONFLICT when it was paid meanwhile', async () => {
    const approved = entry('e1', { status: 'APPROVED', approvedAt: '2026-03-20T08:00:00.000Z' });
    const voided = entry('e2', {
      status: 'VOIDED', voidReason: 'Duplicate of e1',
      overrides: [override('a1', 'void', { reason: 'Duplicate of e1', before: snapshot(), after: snapshot({ status: 'VOIDED', voidReason: 'Duplicate of e1' }) })],
    });
    const api = answerByOperation({
      LedgerEntries: [ledger([approved, entry('e2')]), ledger([entry('e1', { status: 'PAID' }), entry('e2')])],
      CommissionPartners: [partners],
      VoidLedgerEntry: [conflict('This entry is on a payout; add a negative adjustment instead of voiding it'), { data: { voidLedgerEntry: voided } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LedgerView, '/commissions');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-e1"]').exists()).toBe(true));
    await expand(wrapper, 'e1');

    await wrapper.find('[data-test="details-e1"] [data-test="void-entry"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="void-form"]').text()).toContain('The €200.00 entry for Nordic Resellers is cancelled'));
    // A reason is required: nothing is sent without one.
    await body.find('[data-test="void-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="override-reason-input"]').text()).toContain('Required'));
    expect(api.sent('VoidLedgerEntry')).toEqual([]);

    await fill('[data-test="override-reason-input"]', ' Duplicate of e7 ');
    await body.find('[data-test="void-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="form-error"]').text()).toBe('This entry is on a payout; add a negative adjustment instead of voiding it'));
    expect(api.sent('VoidLedgerEntry')).toEqual([{ input: { id: 'e1', reason: 'Duplicate of e7' } }]);
    // The ledger is read again: the entry is paid now, its explanation still open, and no longer voidable.
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-e1"]').text()).toContain('Paid'));
    expect(api.sent('LedgerEntries')).toHaveLength(2);
    expect(wrapper.find('[data-test="details-e1"] [data-test="void-entry"]').exists()).toBe(false);
    await body.find('[data-test="void-form"]').element.closest('.v-overlay')!.querySelector<HTMLButtonElement>('.v-card-actions button')!.click();

    await expand(wrapper, 'e2');
    await wrapper.find('[data-test="details-e2"] [data-test="void-entry"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="void-form"]').text()).toContain('The €200.00 entry for Nordic Resellers is cancelled'));
    await vi.waitFor(() => expect(body.find('[data-test="form-error"]').exists()).toBe(false));
    await fill('[data-test="override-reason-input"]', 'Duplicate of e1');
    await body.find('[data-test="void-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="notice"]').text()).toBe('The €200.00 entry for Nordic Resellers is voided.'));
    expect(api.sent('VoidLedgerEntry')[1]).toEqual({ input: { id: 'e2', reason: 'Duplicate of e1' } });
    // The row takes the server's answer in place: voided, with its new audit line, no second read of the ledger.
    expect(wrapper.find('[data-test="row-e2"]').text()).toContain('Voided');
    expect(wrapper.find('[data-test="details-e2"] [data-test="override-a1"]').text()).toContain('Voided');
    expect(wrapper.find('[data-test="details-e2"] [data-test="change-status"]').text()).toBe('Pending → Voided');
    expect(api.sent('LedgerEntries')).toHaveLength(2);
    wrapper.unmount();
  });

  it('offers to release a hold only on held entries, next to the fraud flags, and to void only unpaid ones', async () => {
    const held = entry('e2', { status: 'HOLD', fraudFlags: ['self-referral'] });
    const released = entry('e2', {
      status: 'PENDING', fraudFlags: ['self-referral'],
      overrides: [override('a2', 'release-hold', {
        reason: 'Checked: different households', before: snapshot({ status: 'HOLD', fraudFlags: ['self-referral'] }), after: snapshot({ status: 'PENDING', fraudFlags: ['self-referral'] }),
      })],
    });
    const api = answerByOperation({
      // e1 is flagged but pending already (a hold released before): nothing to release.
      LedgerEntries: [ledger([entry('e1', { fraudFlags: ['email-matches-partner'] }), held, entry('e3', { status: 'APPROVED' }), entry('e4', { status: 'PAID' }), entry('e5', { status: 'VOIDED' })])],
      CommissionPartners: [partners],
      ReleaseHeldLedgerEntry: [{ data: { releaseHeldLedgerEntry: released } }],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LedgerView, '/commissions');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-e5"]').exists()).toBe(true));
    for (const id of ['e1', 'e2', 'e3', 'e4', 'e5']) await expand(wrapper, id);

    expect(wrapper.findAll('[data-test="release-hold"]')).toHaveLength(1);
    expect(wrapper.find('[data-test="details-e2"] [data-test="fraud-flags"] [data-test="release-hold"]').exists()).toBe(true);
    expect(['e1', 'e2', 'e3', 'e4', 'e5'].filter((id) => wrapper.find(`[data-test="details-${id}"] [data-test="void-entry"]`).exists())).toEqual(['e1', 'e2', 'e3']);

    await wrapper.find('[data-test="release-hold"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="release-form"]').text()).toContain('goes back to pending'));
    await fill('[data-test="override-reason-input"]', 'Checked: different households');
    await body.find('[data-test="release-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="notice"]').text()).toBe('The hold on the €200.00 entry for Nordic Resellers is released.'));
    expect(api.sent('ReleaseHeldLedgerEntry')).toEqual([{ input: { id: 'e2', reason: 'Checked: different households' } }]);
    expect(wrapper.find('[data-test="release-hold"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="details-e2"] [data-test="change-status"]').text()).toBe('On hold → Pending');
    wrapper.unmount();
  });

  it('shows no override to a person below manager', async () => {
    logIn({ user: { role: 'REP' } });
    const api = answerByOperation({ LedgerEntries: [ledger([entry('e2', { status: 'HOLD', fraudFlags: ['self-referral'] })])], CommissionPartners: [partners] });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LedgerView, '/commissions');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-e2"]').exists()).toBe(true));
    await expand(wrapper, 'e2');
    expect(wrapper.find('[data-test="fraud-flags"]').text()).toContain('self-referral');
    expect(wrapper.find('[data-test="release-hold"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="void-entry"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="add-adjustment"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows an entry\'s audit trail: the override in words, who, when, why, and each field before → after', async () => {
    const audited = entry('e1', {
      status: 'APPROVED', kind: 'ADJUSTMENT',
      overrides: [
        override('a1', 'adjust', { reason: 'Goodwill for the late launch', after: snapshot() }),
        override('a2', 'approve-held', {
          reason: 'self-referral', actor: { id: 'u3', name: 'Marta' }, at: '2026-03-05T14:30:00.000Z',
          before: snapshot({ status: 'HOLD', fraudFlags: ['self-referral'] }), after: snapshot({ status: 'APPROVED', fraudFlags: ['self-referral'] }),
        }),
        override('a3', 'recompute', { actor: null, before: snapshot({ amountMinor: 20000 }), after: snapshot({ amountMinor: -5000, holdUntil: null, riskScore: 3 }) }),
      ],
    });
    const api = answerByOperation({ LedgerEntries: [ledger([audited])], CommissionPartners: [partners] });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LedgerView, '/commissions');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-e1"]').exists()).toBe(true));
    await expand(wrapper, 'e1');

    const trail = wrapper.find('[data-test="audit-trail"]');
    expect(trail.text()).toContain('Audit trail');
    // Oldest first; a created entry has nothing "before", only its reason.
    expect(trail.findAll('[data-test="override-action"]').map((action) => action.text())).toEqual(['Adjustment entered', 'Approved despite the hold', 'recompute']);
    const adjusted = trail.find('[data-test="override-a1"]');
    expect(adjusted.find('[data-test="override-reason"]').text()).toBe('Reason: Goodwill for the late launch');
    expect(adjusted.find('dl').exists()).toBe(false);

    const approvedHeld = trail.find('[data-test="override-a2"]');
    expect(approvedHeld.find('[data-test="override-who"]').text()).toMatch(/^Marta, Mar 5, 2026, 3:30\sPM$/);
    expect(approvedHeld.find('[data-test="override-reason"]').text()).toBe('Reason: self-referral');
    expect(approvedHeld.findAll('dt').map((term) => term.text())).toEqual(['Status']);
    expect(approvedHeld.find('[data-test="change-status"]').text()).toBe('On hold → Approved');

    const other = trail.find('[data-test="override-a3"]');
    expect(other.find('[data-test="override-who"]').text()).toContain('Unknown user');
    expect(other.findAll('dt').map((term) => term.text())).toEqual(['Amount', 'Held until', 'riskScore']);
    expect(other.find('[data-test="change-amountMinor"]').text()).toBe('€200.00 → -€50.00');
    expect(other.find('[data-test="change-holdUntil"]').text()).toMatch(/^Mar 16, 2026, 10:30\sAM → —$/);
    expect(other.find('[data-test="change-riskScore"]').text()).toBe('— → 3');

    // In Hebrew the arrow points the way the line reads, each value isolated.
    setLocale('he');
    await vi.waitFor(() => expect(approvedHeld.find('[data-test="change-status"]').text()).toBe('מעוכבת ← מאושרת'));
    expect(approvedHeld.findAll('[data-test="change-status"] bdi')).toHaveLength(2);
    wrapper.unmount();
  });

  it('adds an adjustment: a negative amount as whole minor units, zero refused before anything is sent', async () => {
    const adjustment = entry('e9', { kind: 'ADJUSTMENT', hook: 'manual', partner: null, payeeUser: { id: 'u2', name: 'Piotr' }, amount: { amountMinor: -123450, currency: 'EUR' }, deal: null, pluginRef: null });
    const api = answerByOperation({
      LedgerEntries: [ledger(rows), ledger([adjustment, ...rows])],
      CommissionPartners: [partners],
      TeamMembers: [{ data: { users: connection([{ id: 'u1', name: 'Ola', active: true }, { id: 'u2', name: 'Piotr', active: true }]) } }],
      AdjustLedger: [
        { errors: [{ message: 'Deal d9 not found', extensions: { code: 'NOT_FOUND', field: 'dealId' } }] },
        { data: { adjustLedger: adjustment } },
      ],
    });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(LedgerView, '/commissions?partner=p2');
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-e1"]').exists()).toBe(true));

    await wrapper.find('[data-test="add-adjustment"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="adjust-form"]').exists()).toBe(true));
    // The partner filtered on is the starting choice; the workspace's currency too.
    expect(body.find('[data-test="adjust-partner"]').text()).toContain('Baltic VAR');
    expect((body.find('[data-test="adjust-currency"] input').element as HTMLInputElement).value).toBe('EUR');

    await fill('[data-test="adjust-amount"]', '-0.00');
    await fill('[data-test="adjust-explanation"]', 'Refund outside the platform');
    await body.find('[data-test="adjust-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="adjust-amount"]').text()).toContain('An adjustment cannot be zero'));
    await fill('[data-test="adjust-amount"]', '12.345');
    await body.find('[data-test="adjust-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="adjust-amount"]').text()).toContain('EUR amounts have at most 2 decimals'));
    expect(api.sent('AdjustLedger')).toEqual([]);

    await fill('[data-test="adjust-amount"]', '-1,234.5');
    await fill('[data-test="adjust-deal"]', ' d9 ');
    await body.find('[data-test="adjust-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="adjust-deal"]').text()).toContain('Deal d9 not found'));
    expect(api.sent('AdjustLedger')[0]).toEqual({
      input: { partnerId: 'p2', dealId: 'd9', amountMinor: -123450, currency: 'EUR', explanation: 'Refund outside the platform' },
    });

    // Or a person of the team, read when first asked for.
    await body.find('[data-test="payee-kind-user"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="adjust-user"]').exists()).toBe(true));
    await body.find('[data-test="adjust-user"] .v-field').trigger('mousedown');
    await vi.waitFor(() => expect(body.findAll('.v-list-item').some((item) => item.text() === 'Piotr')).toBe(true));
    await body.findAll('.v-list-item').find((item) => item.text() === 'Piotr')!.trigger('click');
    await fill('[data-test="adjust-deal"]', '');
    await body.find('[data-test="adjust-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="notice"]').text()).toBe('Adjustment of -€1,234.50 for Piotr added.'));
    expect(api.sent('AdjustLedger')[1]).toEqual({ input: { payeeUserId: 'u2', amountMinor: -123450, currency: 'EUR', explanation: 'Refund outside the platform' } });
    await vi.waitFor(() => expect(wrapper.find('[data-test="row-e9"]').exists()).toBe(true));
    expect(api.sent('LedgerEntries')).toHaveLength(2);
    wrapper.unmount();
  });
});
