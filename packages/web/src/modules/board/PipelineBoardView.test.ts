import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { answerGraphql, flush, mountView } from '../../test/mount';
import { useBoardStore } from './board.store';
import PipelineBoardView from './PipelineBoardView.vue';

const followed: Array<{ variables: unknown; onData: (data: unknown) => number }> = [];
vi.mock('../../api/live', () => ({
  follow: (_document: unknown, variables: (after: number | null) => unknown, onData: (data: unknown) => number, after: number | null) => {
    followed.push({ variables: variables(after), onData });
    return () => {};
  },
}));

const money = (amountMinor: number, currency = 'EUR') => ({ amountMinor, currency });
const card = (title: string, stage: string, position: number, amount: number, version = 1) => ({
  id: `d-${title}`, title, version, position, status: 'OPEN', type: 'NEW', expectedCloseDate: null, amount: money(amount),
  owner: { id: 'u1', name: 'Ola' }, organization: { id: 'o1', name: 'Fjord' }, stage: { id: `s-${stage}` }, pipeline: { id: 'p1' },
});
const figures = (name: string, probability: number, count: number, sum: number, kind = 'OPEN') => ({
  count, unconvertedCount: 0, stage: { id: `s-${name}`, name, probability, kind },
  sum: money(sum), weightedSum: money(Math.round((sum * probability) / 100)), totals: [{ currency: 'EUR', count, sum: money(sum) }],
});
const column = (name: string, probability: number, cards: ReturnType<typeof card>[], kind = 'OPEN') => ({
  ...figures(name, probability, cards.length, cards.reduce((sum, each) => sum + each.amount.amountMinor, 0), kind),
  deals: { edges: cards.map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } },
});
const pipelines = { data: { pipelines: { edges: [{ node: { id: 'p2', name: 'Renewals', isDefault: false } }, { node: { id: 'p1', name: 'Sales', isDefault: true } }] } } };
const board = (cursor: number, closing: ReturnType<typeof card>[]) => ({
  data: {
    pipelineBoard: {
      pipeline: { id: 'p1' },
      eventCursor: cursor, sum: money(150000), weightedSum: money(100000),
      columns: [column('Prospecting', 10, [card('Alpha', 'Prospecting', 1, 50000)]), column('Closing', 80, closing), column('Won', 100, [], 'WON'), column('Lost', 0, [], 'LOST')],
    },
  },
});
const figuresOnly = (prospecting: number, closing: number) => ({
  data: { pipelineBoard: { sum: money(150000), weightedSum: money(100000), columns: [figures('Prospecting', 10, prospecting, 0), figures('Closing', 80, closing, 0)] } },
});

async function openBoard(path: string, ...responses: object[]) {
  const api = answerGraphql(pipelines, ...responses);
  vi.stubGlobal('fetch', api.fetch);
  const view = await mountView(PipelineBoardView, path);
  await vi.waitFor(() => expect(view.wrapper.find('[data-test="card-Alpha"]').exists()).toBe(true));
  return { ...view, api };
}

describe('PipelineBoardView', () => {
  beforeEach(() => {
    localStorage.clear();
    followed.length = 0;
    vi.useRealTimers();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setLocale('en');
  });

  it('shows the default pipeline\'s open columns with counts and sums, won and lost as drop zones, and follows it from its cursor', async () => {
    setLocale('pl');
    const { wrapper, api } = await openBoard('/pipelines', board(41, [card('Beta', 'Closing', 1, 100000)]));
    expect(api.requests[1]!.variables).toMatchObject({ pipelineId: null, first: 30 });
    const closing = wrapper.find('[data-test="column-Closing"]');
    expect(closing.text()).toContain('Closing · 1');
    expect(closing.text()).toContain('1000,00\u00a0€');
    expect(closing.text()).toContain('800,00\u00a0€');
    expect(wrapper.find('[data-test="zone-WON"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="column-Won"]').exists()).toBe(false);
    expect(followed.map((f) => f.variables)).toEqual([{ pipelineId: 'p1', after: 41 }]);
    wrapper.unmount();
  });

  it('applies another person\'s move in place and then reads the figures again, not the board', async () => {
    const { wrapper, api } = await openBoard('/pipelines', board(41, []), figuresOnly(0, 1));
    const moved = { ...card('Alpha', 'Closing', 5, 50000, 2) };
    expect(followed[0]!.onData({ pipelineEvents: { sequence: 42, type: 'DealMoved', subjectId: 'd-Alpha', deal: moved } })).toBe(42);
    await vi.waitFor(() => expect(wrapper.find('[data-test="column-Closing"] [data-test="card-Alpha"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="column-Prospecting"] [data-test="card-Alpha"]').exists()).toBe(false);
    await vi.waitFor(() => expect(wrapper.find('[data-test="column-Closing"]').text()).toContain('Closing · 1'));
    await vi.waitFor(() => expect(api.requests.at(-1)!.query).toContain('query BoardFiguresOnly'));
    wrapper.unmount();
  });

  it('moves a dropped card at once, sends its version and neighbour, and snaps back with the server\'s message on a conflict', async () => {
    const conflict = { errors: [{ message: 'Someone else changed this deal; reload it', extensions: { code: 'CONFLICT' } }] };
    const { wrapper, api } = await openBoard('/pipelines', board(41, [card('Beta', 'Closing', 1, 100000)]), conflict, board(43, [card('Beta', 'Closing', 1, 100000)]));
    const dataTransfer = { setData: vi.fn(), effectAllowed: '' };
    await wrapper.find('[data-test="card-Alpha"]').trigger('dragstart', { dataTransfer });
    const target = wrapper.find('[data-test="column-Closing"]');
    await target.trigger('dragover', { clientY: 10_000 });
    await target.trigger('drop');
    // On screen at once, below Beta (the virtual list draws only what fits, so ask the store).
    const titles = (stage: string) => useBoardStore().board!.columns.find((column) => column.figures.stage.name === stage)!.cards.map((each) => each.title);
    expect(titles('Closing')).toEqual(['Beta', 'Alpha']);
    expect(wrapper.find('[data-test="column-Prospecting"] [data-test="card-Alpha"]').exists()).toBe(false);
    await vi.waitFor(() => expect(api.requests.length).toBe(4));
    expect(api.requests[2]!.variables).toEqual({ input: { id: 'd-Alpha', version: 1, stageId: 's-Closing', afterDealId: 'd-Beta' } });
    await vi.waitFor(() => expect(document.body.textContent).toContain('Someone else changed this deal; reload it'));
    await vi.waitFor(() => expect(wrapper.find('[data-test="column-Prospecting"] [data-test="card-Alpha"]').exists()).toBe(true));
    expect(titles('Closing')).toEqual(['Beta']);
    wrapper.unmount();
  });

  it('asks for the close date when a card is dropped on Won, and wins it with that date', async () => {
    const won = { data: { winDeal: { ...card('Alpha', 'Won', 1, 50000, 2), status: 'WON' } } };
    const { wrapper, api } = await openBoard('/pipelines', board(41, []), won, figuresOnly(0, 0));
    await wrapper.find('[data-test="card-Alpha"]').trigger('dragstart', { dataTransfer: { setData: vi.fn() } });
    await wrapper.find('[data-test="zone-WON"]').trigger('drop');
    await vi.waitFor(() => expect(document.querySelector('[data-test="outcome-form"]')).not.toBeNull());
    const date = document.querySelector<HTMLInputElement>('[data-test="closed-on"] input')!;
    expect(date.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    date.value = '2026-11-20';
    date.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('[data-test="confirm-outcome"]')!.click();
    await vi.waitFor(() => expect(api.requests[2]?.variables).toEqual({ input: { id: 'd-Alpha', version: 1, closedOn: '2026-11-20' } }));
    expect(wrapper.find('[data-test="card-Alpha"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('moves the focused card to the next stage with Alt and the arrow key of the reading direction', async () => {
    const moved = { data: { moveDeal: card('Alpha', 'Closing', 0, 50000, 2) } };
    const { wrapper, api } = await openBoard('/pipelines', board(41, []), moved, figuresOnly(0, 1));
    await wrapper.find('[data-test="card-Alpha"]').trigger('keydown', { key: 'ArrowRight', altKey: true });
    await vi.waitFor(() => expect(api.requests[2]?.variables).toEqual({ input: { id: 'd-Alpha', version: 1, stageId: 's-Closing' } }));
    expect(wrapper.find('[data-test="column-Closing"] [data-test="card-Alpha"]').exists()).toBe(true);
    expect(wrapper.text()).toContain('Alpha moved to Closing, place 1');
    wrapper.unmount();
  });

  it('reads the filter from the address and sends it with the board query', async () => {
    const { wrapper, api } = await openBoard('/pipelines/p1?q=nordic&owner=u1&type=NEW,RENEWAL&closeTo=2026-12-31', board(41, []));
    expect(api.requests[1]!.variables).toEqual({
      pipelineId: 'p1', first: 30,
      filter: { search: 'nordic', ownerId: 'u1', type: ['NEW', 'RENEWAL'], expectedCloseFrom: null, expectedCloseTo: '2026-12-31' },
    });
    await flush();
    wrapper.unmount();
  });
});
