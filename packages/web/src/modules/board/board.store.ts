import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { request } from '../../api/graphql';
import { follow } from '../../api/live';
import type { BoardQuery, DealFilter, LostReason, PipelinesQuery } from '../../gql/graphql';
import {
  BoardColumnPageDocument,
  BoardDocument,
  BoardEventsDocument,
  BoardFiguresDocument,
  FIRST_PAGE,
  LoseDealDocument,
  MoveDealDocument,
  NEXT_PAGE,
  PipelinesDocument,
  WinDealDocument,
} from './board.operations';
import { applyEvent, columnOf, findCard, moveCard, removeCard, showCard, type BoardState, type Card } from './board-model';

type Pipeline = PipelinesQuery['pipelines']['edges'][number]['node'];

/** What the board can be narrowed to; empty means every open deal of the pipeline. */
export type BoardFilter = Pick<DealFilter, 'search' | 'ownerId' | 'type' | 'expectedCloseFrom' | 'expectedCloseTo'>;

/** Events arriving together are answered with one read of the figures (or of the board). */
const FIGURES_DEBOUNCE_MS = 150;
const RELOAD_DEBOUNCE_MS = 100;

/**
 * The open pipeline board, kept live. Cards move on screen at once, both for the reader's own
 * drags (snapping back if the server refuses) and for others' moves, which arrive as events and
 * are applied in place; counts and sums are then read again from the server, which converts
 * currencies. The reader's own new deals show once saved, without waiting for their event. A
 * filtered board is read again on each change instead, since the server decides what its
 * filter matches.
 */
export const useBoardStore = defineStore('board', () => {
  const pipelines = ref<Pipeline[]>([]);
  const pipelineId = ref<string | null>(null);
  const filter = ref<BoardFilter>({});
  const board = ref<BoardState | null>(null);
  const error = ref<unknown>(null);
  /** The workspace has no pipeline yet (settings create one). */
  const noPipelines = ref(false);
  /** A refusal to tell the person about (a conflicting move, a lost connection), without leaving the board. */
  const notice = ref<unknown>(null);
  const filtered = computed(() => Object.values(filter.value).some((value) => (Array.isArray(value) ? value.length > 0 : Boolean(value))));
  let stopFollowing: (() => void) | null = null;
  const reloadSoon = debounce(() => void reload().catch(tell), RELOAD_DEBOUNCE_MS);
  const refreshFiguresSoon = debounce(() => void refreshFigures().catch(tell), FIGURES_DEBOUNCE_MS);

  function tell(caught: unknown): void {
    notice.value = caught;
  }

  /** Opens a pipeline's board (the default one when `id` is null), reading the pipeline list alongside. */
  async function open(id: string | null, narrowTo: BoardFilter = {}): Promise<void> {
    error.value = null;
    filter.value = narrowTo;
    try {
      const [list, read] = await Promise.allSettled([loadPipelines(), readBoard(id)]);
      if (list.status === 'rejected') throw list.reason;
      noPipelines.value = pipelines.value.length === 0;
      if (noPipelines.value) return;
      if (read.status === 'rejected') throw read.reason;
      board.value = read.value;
      pipelineId.value = read.value.pipelineId;
      followEvents(read.value.pipelineId, read.value.eventCursor);
    } catch (caught) {
      error.value = caught;
    }
  }

  async function loadPipelines(): Promise<void> {
    if (pipelines.value.length > 0) return;
    pipelines.value = (await request(PipelinesDocument, {})).pipelines.edges.map((edge) => edge.node);
  }

  async function readBoard(id: string | null): Promise<BoardState> {
    const { pipelineBoard } = await request(BoardDocument, { pipelineId: id, filter: filter.value, first: FIRST_PAGE });
    return toState(pipelineBoard);
  }

  async function reload(): Promise<void> {
    if (pipelineId.value) board.value = await readBoard(pipelineId.value);
  }

  async function loadMore(stageId: string): Promise<void> {
    const column = board.value && columnOf(board.value, stageId);
    if (!column?.hasMore || !column.endCursor || !pipelineId.value) return;
    const after = column.endCursor;
    column.endCursor = null; // one page at a time
    try {
      const { pipelineBoard } = await request(BoardColumnPageDocument, {
        pipelineId: pipelineId.value, filter: { ...filter.value, stageId }, first: NEXT_PAGE, after,
      });
      const page = pipelineBoard.columns.find((candidate) => candidate.stage.id === stageId)!.deals;
      const known = new Set(column.cards.map((card) => card.id));
      column.cards.push(...page.edges.map((edge) => edge.node).filter((card) => !known.has(card.id)));
      column.hasMore = page.pageInfo.hasNextPage;
      column.endCursor = page.pageInfo.endCursor ?? null;
    } catch (caught) {
      column.endCursor = after;
      tell(caught);
    }
  }

  async function refreshFigures(): Promise<void> {
    if (!board.value) return;
    const { pipelineBoard } = await request(BoardFiguresDocument, { pipelineId: board.value.pipelineId, filter: filter.value });
    board.value.sum = pipelineBoard.sum;
    board.value.weightedSum = pipelineBoard.weightedSum;
    for (const figures of pipelineBoard.columns) {
      const column = columnOf(board.value, figures.stage.id);
      if (column) column.figures = figures;
    }
  }

  function followEvents(id: string, cursor: number): void {
    stopFollowing?.();
    stopFollowing = follow(BoardEventsDocument, (after) => ({ pipelineId: id, after }), ({ pipelineEvents: event }) => {
      if (!board.value || filtered.value) reloadSoon();
      else if (applyEvent(board.value, event) === 'reload') reloadSoon();
      else refreshFiguresSoon();
      if (board.value) board.value.eventCursor = event.sequence;
      return event.sequence;
    }, cursor);
  }

  /** Drops a card at `index` of a stage's column: on screen now, on the server next. */
  async function move(id: string, stageId: string, index: number): Promise<void> {
    const card = board.value && findCard(board.value, id);
    if (!card) return;
    const placement = moveCard(board.value!, id, stageId, index);
    if (!placement) return;
    await settle(async () => {
      const { moveDeal } = await request(MoveDealDocument, { input: { id, version: card.version, stageId, ...placement } });
      confirm(moveDeal);
    });
  }

  /**
   * Shows a deal the reader just created as soon as the save answers: its DealCreated event can
   * come seconds later on a busy server. The form answers with the id only, so the board is read
   * again with its filter (the server decides what matches, so a deal it leaves out stays out)
   * and only that card is taken, keeping the pages already loaded. As for moves, the count
   * follows at once and the sums come from the server; the event, before or after, changes
   * nothing, as it carries the same version.
   */
  async function showCreated(id: string): Promise<void> {
    if (!pipelineId.value) return;
    try {
      const card = findCard(await readBoard(pipelineId.value), id);
      if (card && board.value && showCard(board.value, card)) refreshFiguresSoon();
    } catch (caught) {
      tell(caught);
    }
  }

  async function win(id: string, closedOn: string): Promise<void> {
    await closeDeal(id, async (version) => (await request(WinDealDocument, { input: { id, version, closedOn } })).winDeal);
  }

  async function lose(id: string, reason: LostReason, note: string | null, closedOn: string): Promise<void> {
    await closeDeal(id, async (version) => (await request(LoseDealDocument, { input: { id, version, reason, note, closedOn } })).loseDeal);
  }

  /** Won and lost deals leave the open columns; the closed zones' figures come from the server. */
  async function closeDeal(id: string, send: (version: number) => Promise<Card>): Promise<void> {
    const card = board.value && removeCard(board.value, id);
    if (!card) return;
    await settle(async () => void (await send(card.version)));
  }

  /**
   * Runs a change the board already shows. If the server refuses it (someone else changed the
   * deal first: CONFLICT), the person is told why and the board is read again, so every card
   * snaps to where it really is. The same for any other failure: the board never shows what
   * did not happen.
   */
  async function settle(change: () => Promise<void>): Promise<void> {
    try {
      await change();
      refreshFiguresSoon();
    } catch (caught) {
      notice.value = caught;
      await reload().catch(tell);
    }
  }

  /** The server's answer to our move: the card's new version and position. */
  function confirm(card: Card): void {
    const shown = board.value && findCard(board.value, card.id);
    if (shown && shown.version < card.version) Object.assign(shown, card);
  }

  function close(): void {
    stopFollowing?.();
    stopFollowing = null;
    reloadSoon.cancel();
    refreshFiguresSoon.cancel();
  }

  return { pipelines, pipelineId, filter, filtered, board, error, notice, noPipelines, open, reload, loadMore, move, showCreated, win, lose, close };
});

function toState(board: BoardQuery['pipelineBoard']): BoardState {
  return {
    pipelineId: board.pipeline.id,
    eventCursor: board.eventCursor,
    sum: board.sum,
    weightedSum: board.weightedSum,
    columns: board.columns.map(({ deals, ...figures }) => ({
      figures,
      cards: deals.edges.map((edge) => edge.node),
      hasMore: deals.pageInfo.hasNextPage,
      endCursor: deals.pageInfo.endCursor ?? null,
    })),
  };
}

function debounce(run: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  schedule.cancel = () => timer && clearTimeout(timer);
  return schedule;
}
