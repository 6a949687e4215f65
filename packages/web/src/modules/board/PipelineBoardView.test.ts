import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { answerGraphql, mountView } from '../../test/mount';
import PipelineBoardView from './PipelineBoardView.vue';

const followed: Array<{ variables: unknown; onData: (data: unknown) => number }> = [];
vi.mock('../../api/live', () => ({
  follow: (_document: unknown, variables: (after: number | null) => unknown, onData: (data: unknown) => number, after: number | null) => {
    followed.push({ variables: variables(after), onData });
    return () => {};
  },
}));

const money = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const column = (name: string, probability: number, deals: Array<[string, number]>) => ({
  count: deals.length,
  stage: { id: `s-${name}`, name, probability, kind: 'OPEN' },
  sum: money(deals.reduce((sum, [, amount]) => sum + amount, 0)),
  weightedSum: money(Math.round((deals.reduce((sum, [, amount]) => sum + amount, 0) * probability) / 100)),
  deals: { edges: deals.map(([title, amount]) => ({ node: { id: `d-${title}`, title, version: 1, amount: money(amount), owner: { id: 'u1', name: 'Ola' }, organization: { id: 'o1', name: 'Fjord' } } })) },
});
const board = (cursor: number, closing: Array<[string, number]>) => ({
  data: {
    pipelineBoard: {
      eventCursor: cursor,
      sum: money(150000),
      weightedSum: money(100000),
      columns: [column('Prospecting', 10, [['Alpha', 50000]]), column('Closing', 80, closing)],
    },
  },
});

describe('PipelineBoardView', () => {
  beforeEach(() => {
    localStorage.clear();
    followed.length = 0;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setLocale('en');
  });

  it('shows the default pipeline\'s columns with counts and sums, follows it from the board\'s cursor, and reloads on a change', async () => {
    setLocale('pl');
    const api = answerGraphql(
      { data: { pipelines: { edges: [{ node: { id: 'p2', name: 'Renewals', isDefault: false } }, { node: { id: 'p1', name: 'Sales', isDefault: true } }] } } },
      board(41, [['Beta', 100000]]),
      board(42, [['Beta', 100000], ['Gamma', 25000]]),
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(PipelineBoardView, '/pipelines');
    await vi.waitFor(() => expect(wrapper.find('[data-test="board"]').exists()).toBe(true));
    expect(api.requests[1]!.variables).toEqual({ pipelineId: 'p1' });
    const closing = wrapper.find('[data-test="column-Closing"]');
    expect(closing.text()).toContain('Closing · 1');
    expect(closing.text()).toContain('1000,00\u00a0€');
    expect(closing.text()).toContain('800,00\u00a0€');
    expect(followed.map((f) => f.variables)).toEqual([{ pipelineId: 'p1', after: 41 }]);

    expect(followed[0]!.onData({ pipelineEvents: { sequence: 42, type: 'DealCreated', subjectId: 'd-Gamma' } })).toBe(42);
    await vi.waitFor(() => expect(wrapper.find('[data-test="card-Gamma"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="column-Closing"]').text()).toContain('Closing · 2');
    wrapper.unmount();
  });
});
