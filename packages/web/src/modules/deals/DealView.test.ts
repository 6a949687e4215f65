import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { answerGraphql, flush, mountView } from '../../test/mount';
import { body, dealFixture, loggedIn } from './deal-test-support';
import DealView from './DealView.vue';

const followed = vi.hoisted(() => [] as Array<{ variables: unknown; onData: (data: unknown) => number; stopped: boolean }>);
vi.mock('../../api/live', () => ({
  follow: (_document: unknown, variables: (after: number | null) => unknown, onData: (data: unknown) => number, after: number | null) => {
    const entry = { variables: variables(after), onData, stopped: false };
    followed.push(entry);
    return () => (entry.stopped = true);
  },
}));

/** The timeline has its own tests; here it shows its subject and counts the reloads it is asked for. */
const timeline = vi.hoisted(() => ({ reloads: 0 }));
vi.mock('../activities/ActivityTimeline.vue', async () => {
  const { defineComponent, h } = await import('vue');
  return {
    default: defineComponent({
      props: { subject: { type: Object, required: true } },
      setup(props, { expose }) {
        expose({ reload: () => timeline.reloads++ });
        return () => h('div', { 'data-test': 'timeline-stub' }, JSON.stringify(props.subject));
      },
    }),
  };
});

const cursor = (at: number) => ({ data: { dealEvents: { cursor: at, hasMore: false } } });
const page = (fields: Record<string, unknown> = {}) => ({ data: { deal: dealFixture(fields) } });

async function openDeal(...responses: object[]) {
  const api = answerGraphql(cursor(17), page(), ...responses);
  vi.stubGlobal('fetch', api.fetch);
  const mounted = await mountView(DealView, '/deals/d1');
  await vi.waitFor(() => expect(mounted.wrapper.find('[data-test="deal-title"]').exists()).toBe(true));
  return { api, ...mounted };
}

describe('DealView', () => {
  beforeEach(() => {
    localStorage.clear();
    loggedIn();
    followed.length = 0;
    timeline.reloads = 0;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setLocale('en');
  });

  it('shows the deal, its fields, line totals in the reader\'s money format, its history and activities, and follows it live', async () => {
    setLocale('pl');
    const { wrapper, api } = await openDeal();
    expect(api.requests[0]!.variables).toEqual({ id: 'd1', after: 0 });
    expect(api.requests[1]!.variables).toEqual({ id: 'd1' });
    expect(followed.map((entry) => entry.variables)).toEqual([{ id: 'd1', after: 17 }]);

    expect(wrapper.find('[data-test="deal-title"]').text()).toBe('Fjord upgrade');
    expect(wrapper.find('[data-test="deal-status"]').text()).toBe('Otwarta');
    expect(wrapper.find('[data-test="deal-amount"]').text()).toBe('12\u00a0345,00\u00a0€');
    expect(wrapper.find('[data-test="deal-stage"]').text()).toBe('Closing · 80% szans na wygraną');
    expect(wrapper.find('[data-test="deal-pipeline"]').attributes('href')).toBe('/pipelines/p1');

    expect(wrapper.find('[data-test="field-owner"]').text()).toContain('Ana');
    expect(wrapper.find('[data-test="field-organization"] a').attributes('href')).toBe('/organizations/o1');
    expect(wrapper.find('[data-test="field-contact"] a').attributes('href')).toBe('/contacts/c1');
    expect(wrapper.find('[data-test="field-contact"]').text()).toContain('Kari Nordmann');
    expect(wrapper.find('[data-test="field-expected-close"]').text()).toContain('15 gru 2026');
    expect(wrapper.find('[data-test="field-type"]').text()).toContain('Upsell');
    expect(wrapper.find('[data-test="field-created"]').text()).toContain('1 paź 2026, 10:00');

    const pro = wrapper.find('[data-test="line-item-l1"]');
    expect(pro.text()).toContain('PRO-1');
    expect(pro.findAll('td').map((cell) => cell.text()).slice(1)).toEqual(['10', '999,00\u00a0€', '10%', '8991,00\u00a0€']);
    expect(wrapper.find('[data-test="line-item-l2"] [data-test="line-total"]').text()).toBe('3354,00\u00a0€');
    expect(wrapper.find('[data-test="lines-total"]').text()).toBe('12\u00a0345,00\u00a0€');

    const history = wrapper.findAll('[data-test^="stage-change-"]').map((item) => item.text());
    expect(history[0]).toContain('Prospecting → Closing');
    expect(history[0]).toContain('Ola');
    expect(history[1]).toContain('Rozpoczęta w etapie Prospecting');
    expect(wrapper.find('[data-test="timeline-stub"]').text()).toBe('{"dealId":"d1"}');
    wrapper.unmount();
    expect(followed[0]!.stopped).toBe(true);
  });

  it('wins the deal on the day given, sending the version it shows', async () => {
    const { wrapper, api } = await openDeal({ data: { winDeal: dealFixture({ version: 4, status: 'WON', closedOn: '2026-11-20', stage: { id: 's8', name: 'Won', kind: 'WON', probability: 100 } }) } });
    await wrapper.find('[data-test="win"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="outcome-form"]').exists()).toBe(true));
    await body.find('[data-test="closed-on"] input').setValue('2026-11-20');
    await body.find('[data-test="outcome-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="deal-status"]').text()).toBe('Won'));
    expect(api.requests[2]!.variables).toEqual({ input: { id: 'd1', version: 3, closedOn: '2026-11-20' } });
    expect(wrapper.find('[data-test="deal-closed"]').text()).toBe('Won on Nov 20, 2026');
    expect(wrapper.find('[data-test="reopen"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="win"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('loses the deal with the reason and what the customer said', async () => {
    const { wrapper, api } = await openDeal({ data: { loseDeal: dealFixture({ version: 4, status: 'LOST', closedOn: '2026-11-21', lostReason: 'COMPETITOR', lostNote: 'Cheaper offer' }) } });
    await wrapper.find('[data-test="lose"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="outcome-form"]').exists()).toBe(true));
    await body.find('[data-test="closed-on"] input').setValue('2026-11-21');
    await body.find('[data-test="lost-note"] textarea').setValue('  Cheaper offer ');
    // The reason is required: it is what the lost-reason report counts.
    await body.find('[data-test="outcome-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="lost-reason"]').text()).toContain('Choose the reason'));
    expect(api.requests).toHaveLength(2);
    wrapper.findComponent({ name: 'DealOutcomeDialog' }).findComponent({ name: 'VSelect' }).vm.$emit('update:modelValue', 'COMPETITOR');
    await flush();
    await body.find('[data-test="outcome-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="deal-status"]').text()).toBe('Lost'));
    expect(api.requests[2]!.variables).toEqual({ input: { id: 'd1', version: 3, reason: 'COMPETITOR', note: 'Cheaper offer', closedOn: '2026-11-21' } });
    expect(wrapper.find('[data-test="deal-closed"]').text()).toContain('Lost on Nov 21, 2026: Went with a competitor');
    expect(wrapper.find('[data-test="deal-closed"]').text()).toContain('Cheaper offer');
    wrapper.unmount();
  });

  it('says so when someone else changed the deal first, and shows it as it is now', async () => {
    const { wrapper, api } = await openDeal(
      { errors: [{ message: 'This deal was changed by someone else (now at version 4, you sent 3). Reload it and try again.', extensions: { code: 'CONFLICT', currentVersion: 4 } }] },
      page({ version: 4, title: 'Fjord upgrade (50 seats)' }),
    );
    await wrapper.find('[data-test="win"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="outcome-form"]').exists()).toBe(true));
    await body.find('[data-test="outcome-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="deal-title"]').text()).toBe('Fjord upgrade (50 seats)'));
    expect(wrapper.find('[data-test="deal-error"]').text()).toContain('This deal was changed by someone else');
    expect(api.requests[3]!.variables).toEqual({ id: 'd1' });
    expect(wrapper.find('[data-test="deal-status"]').text()).toBe('Open');
    await vi.waitFor(() => expect(body.find('.v-overlay--active [data-test="outcome-form"]').exists()).toBe(false));
    wrapper.unmount();
  });

  it('reads the deal again when someone else changes it, and the activities when they log one', async () => {
    const { wrapper, api } = await openDeal(page({ version: 5, amount: { amountMinor: 2_000_000, currency: 'EUR' } }), page({ version: 6, title: 'Fjord upgrade (renamed)' }));
    const { onData } = followed[0]!;
    // The reader's own change is already on screen: its event needs no reload.
    expect(onData({ dealEvents: { sequence: 18, type: 'DealUpdated', subjectId: 'd1', payload: { version: 3 }, actor: { id: 'u1', name: 'Ola' } } })).toBe(18);
    expect(onData({ dealEvents: { sequence: 19, type: 'ActivityCreated', subjectId: 'a1', payload: { version: 1 }, actor: { id: 'u2', name: 'Ana' } } })).toBe(19);
    await flush();
    expect(timeline.reloads).toBe(1);
    expect(onData({ dealEvents: { sequence: 20, type: 'DealUpdated', subjectId: 'd1', payload: { version: 5 }, actor: { id: 'u2', name: 'Ana' } } })).toBe(20);
    await vi.waitFor(() => expect(wrapper.find('[data-test="deal-amount"]').text()).toBe('€20,000.00'));
    expect(api.requests).toHaveLength(3);
    expect(body.find('[data-test="changed-by"]').text()).toContain('Ana changed this deal');

    // Too far behind for the server to replay: the whole page is read again.
    expect(onData({ dealEvents: { sequence: 90, type: 'ReloadRequired', subjectId: 'd1', payload: {}, actor: null } })).toBe(90);
    await vi.waitFor(() => expect(wrapper.find('[data-test="deal-title"]').text()).toBe('Fjord upgrade (renamed)'));
    expect(timeline.reloads).toBe(2);
    wrapper.unmount();
  });

  it('deletes the deal after asking, and goes back to its pipeline', async () => {
    const { wrapper, api, router } = await openDeal({ data: { deleteDeal: 'd1' } });
    await wrapper.find('[data-test="delete"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="confirm-delete"]').exists()).toBe(true));
    expect(api.requests).toHaveLength(2);
    await body.find('[data-test="confirm-delete"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/pipelines/p1'));
    expect(api.requests[2]!.variables).toEqual({ input: { id: 'd1' } });
    expect(wrapper.find('[data-test="route-board"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('edits the line items: quantities, prices and discounts typed in the reader\'s locale, sent exactly', async () => {
    setLocale('pl');
    const products = { data: { products: { edges: [{ node: { id: 'pr1', name: 'Pro plan', sku: 'PRO-1', active: true, unitPrice: { amountMinor: 99_900, currency: 'EUR' } } }] } } };
    const saved = dealFixture({ version: 4 });
    const { wrapper, api } = await openDeal(products, { data: { setDealLineItems: saved } });
    await wrapper.find('[data-test="edit-lines"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="line-items-form"]').exists()).toBe(true));
    expect((body.find('[data-test="line-0"] [data-test="line-price"] input').element as HTMLInputElement).value).toBe('999,00');
    expect((body.find('[data-test="line-0"] [data-test="line-discount"] input').element as HTMLInputElement).value).toBe('10,00');
    await body.find('[data-test="line-0"] [data-test="line-quantity"] input').setValue('12');
    await body.find('[data-test="line-0"] [data-test="line-discount"] input').setValue('12,5');
    await body.find('[data-test="line-1"] [data-test="line-price"] input').setValue('3 000,5');
    await body.find('[data-test="line-items-form"]').trigger('submit');
    await vi.waitFor(() => expect(api.requests).toHaveLength(4));
    expect(api.requests[3]!.variables).toEqual({
      input: {
        dealId: 'd1',
        version: 3,
        items: [
          { productId: 'pr1', name: null, quantity: 12, unitPriceMinor: 99_900, discountBasisPoints: 1250 },
          { productId: null, name: 'Onboarding', quantity: 1, unitPriceMinor: 300_050, discountBasisPoints: 0 },
        ],
      },
    });
    await vi.waitFor(() => expect(body.find('.v-overlay--active [data-test="line-items-form"]').exists()).toBe(false));
    wrapper.unmount();
  });

  it('shows a line the server refused under that line', async () => {
    const { wrapper } = await openDeal(
      { data: { products: { edges: [] } } },
      { errors: [{ message: 'Pro plan is no longer sold', extensions: { code: 'BAD_USER_INPUT', field: 'items.0.productId' } }] },
    );
    await wrapper.find('[data-test="edit-lines"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="line-items-form"]').exists()).toBe(true));
    await body.find('[data-test="line-items-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="line-0"] [data-test="line-product"]').text()).toContain('Pro plan is no longer sold'));
    expect(body.find('[data-test="line-1"]').text()).not.toContain('no longer sold');
    wrapper.unmount();
  });

  it('says the deal cannot be shown when it does not exist or is not the reader\'s to see', async () => {
    const api = answerGraphql({ errors: [{ message: 'Deal not found', extensions: { code: 'NOT_FOUND', field: 'id' } }] });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(DealView, '/deals/nope');
    await vi.waitFor(() => expect(wrapper.find('[data-test="deal-not-found"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="deal-not-found"]').text()).toContain('This record does not exist or you may not see it.');
    expect(followed).toHaveLength(0);
    wrapper.unmount();

    const hidden = answerGraphql(cursor(3), { data: { deal: null } });
    vi.stubGlobal('fetch', hidden.fetch);
    const again = await mountView(DealView, '/deals/d2');
    await vi.waitFor(() => expect(again.wrapper.find('[data-test="deal-not-found"]').exists()).toBe(true));
    again.wrapper.unmount();
  });
});
