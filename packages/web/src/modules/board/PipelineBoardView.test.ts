import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { answerGraphql, body, flush, mountView } from '../../test/mount';
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
const alpha = card('Alpha', 'Prospecting', 1, 50000);
const board = (cursor: number, closing: ReturnType<typeof card>[], prospecting = [alpha]) => ({
  data: {
    pipelineBoard: {
      pipeline: { id: 'p1' },
      eventCursor: cursor, sum: money(150000), weightedSum: money(100000),
      columns: [column('Prospecting', 10, prospecting), column('Closing', 80, closing), column('Won', 100, [], 'WON'), column('Lost', 0, [], 'LOST')],
    },
  },
});
const figuresOnly = (prospecting: number, closing: number) => ({
  data: { pipelineBoard: { sum: money(150000), weightedSum: money(100000), columns: [figures('Prospecting', 10, prospecting, 0), figures('Closing', 80, closing, 0)] } },
});

/** New deals go on top of their stage; the server answers the form with the id only. */
const nordic = card('Nordic', 'Prospecting', 0, 4_200_000);
const created = { data: { createDeal: { id: nordic.id } } };
const formOptions = {
  data: {
    pipelines: { edges: [{ node: { id: 'p1', name: 'Sales', isDefault: true, stages: [{ id: 's-Prospecting', name: 'Prospecting', kind: 'OPEN' }, { id: 's-Closing', name: 'Closing', kind: 'OPEN' }] } }] },
    users: { edges: [{ node: { id: 'u1', name: 'Ola', active: true } }] },
  },
};
const createdEvent = (sequence: number) => ({ pipelineEvents: { sequence, type: 'DealCreated', subjectId: nordic.id, deal: nordic } });
/** What the board holds, not what the virtual list happens to draw. */
const titles = (stage: string) => useBoardStore().board!.columns.find((column) => column.figures.stage.name === stage)!.cards.map((each) => each.title);

async function openBoard(path: string, ...responses: object[]) {
  const api = answerGraphql(pipelines, ...responses);
  vi.stubGlobal('fetch', api.fetch);
  const view = await mountView(PipelineBoardView, path);
  await vi.waitFor(() => expect(view.wrapper.find('[data-test="card-Alpha"]').exists()).toBe(true));
  return { ...view, api };
}

/**
 * Opens the board's New deal form and fills it in, once it has read its options. `save` sends
 * it and resolves when the board has done with the answer.
 */
async function fillNewDeal({ wrapper, api }: Awaited<ReturnType<typeof openBoard>>) {
  const shown = vi.spyOn(useBoardStore(), 'showCreated');
  await wrapper.find('[data-test="new-deal"]').trigger('click');
  await vi.waitFor(() => expect(api.requests[2]?.query).toContain('query DealFormOptions'), 5000); // the form loads on first use
  await flush();
  await body.find('[data-test="deal-title"] input').setValue('Nordic');
  await body.find('[data-test="deal-amount"] input').setValue('42,000.00');
  return {
    save: async () => {
      await body.find('[data-test="save-deal"]').trigger('click');
      await vi.waitFor(() => expect(shown).toHaveBeenCalledWith(nordic.id));
      await shown.mock.results[0]!.value;
    },
  };
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
    await vi.waitFor(() => expect(api.requests[3]?.query).toContain('query BoardFiguresOnly')); // not left to fire in the next test
    wrapper.unmount();
  });

  it('moves the focused card to the next stage with Alt and the arrow key of the reading direction', async () => {
    const moved = { data: { moveDeal: card('Alpha', 'Closing', 0, 50000, 2) } };
    const { wrapper, api } = await openBoard('/pipelines', board(41, []), moved, figuresOnly(0, 1));
    await wrapper.find('[data-test="card-Alpha"]').trigger('keydown', { key: 'ArrowRight', altKey: true });
    await vi.waitFor(() => expect(api.requests[2]?.variables).toEqual({ input: { id: 'd-Alpha', version: 1, stageId: 's-Closing' } }));
    expect(wrapper.find('[data-test="column-Closing"] [data-test="card-Alpha"]').exists()).toBe(true);
    expect(wrapper.text()).toContain('Alpha moved to Closing, place 1');
    await vi.waitFor(() => expect(api.requests[3]?.query).toContain('query BoardFiguresOnly')); // not left to fire in the next test
    wrapper.unmount();
  });

  it('shows the reader\'s new deal in its column as soon as the save answers, and once only when its live event follows', async () => {
    const opened = await openBoard(
      '/pipelines', board(41, []), formOptions, created, board(42, [], [nordic, alpha]), figuresOnly(2, 0), figuresOnly(2, 0),
    );
    const { wrapper, api } = opened;
    const { save } = await fillNewDeal(opened);
    await save();
    expect(wrapper.find('[data-test="column-Prospecting"] [data-test="card-Nordic"]').exists()).toBe(true);
    expect(api.requests[3]!.variables).toMatchObject({ input: { title: 'Nordic', pipelineId: 'p1', stageId: 's-Prospecting' } });
    expect(api.requests[4]!.query).toContain('query Board(');
    expect(wrapper.find('[data-test="column-Prospecting"]').text()).toContain('Prospecting · 2');
    expect(titles('Prospecting')).toEqual(['Nordic', 'Alpha']);
    // The sums come from the server, which converts currencies.
    await vi.waitFor(() => expect(api.requests[5]?.query).toContain('query BoardFiguresOnly'));

    followed[0]!.onData(createdEvent(42));
    await vi.waitFor(() => expect(api.requests).toHaveLength(7));
    expect(titles('Prospecting')).toEqual(['Nordic', 'Alpha']);
    expect(wrapper.findAll('[data-test="card-Nordic"]')).toHaveLength(1);
    expect(wrapper.find('[data-test="column-Prospecting"]').text()).toContain('Prospecting · 2');
    wrapper.unmount();
  });

  it('shows the new deal once when its live event comes before the save\'s answer', async () => {
    const opened = await openBoard('/pipelines', board(41, []), formOptions, figuresOnly(2, 0), created, board(42, [], [nordic, alpha]));
    const { wrapper, api } = opened;
    const { save } = await fillNewDeal(opened);
    followed[0]!.onData(createdEvent(42));
    await vi.waitFor(() => expect(api.requests[3]?.query).toContain('query BoardFiguresOnly'));
    await save();
    expect(api.requests[5]!.query).toContain('query Board(');
    expect(titles('Prospecting')).toEqual(['Nordic', 'Alpha']);
    expect(wrapper.findAll('[data-test="card-Nordic"]')).toHaveLength(1);
    expect(wrapper.find('[data-test="column-Prospecting"]').text()).toContain('Prospecting · 2');
    wrapper.unmount();
  });

  it('leaves a new deal off a filtered board when the server says it does not match the filter', async () => {
    const { wrapper, api } = await openBoard('/pipelines/p1?q=alpha', board(41, []), board(42, []));
    await useBoardStore().showCreated(nordic.id);
    expect(api.requests[2]!.variables).toMatchObject({ pipelineId: 'p1', filter: { search: 'alpha' } });
    expect(titles('Prospecting')).toEqual(['Alpha']);
    expect(wrapper.find('[data-test="column-Prospecting"]').text()).toContain('Prospecting · 1');
    await flush();
    expect(api.requests).toHaveLength(3); // nothing shown, so no figures to read again
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
