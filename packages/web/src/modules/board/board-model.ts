import type { BoardCardFragment, BoardFiguresFragment } from '../../gql/graphql';

interface Money {
  amountMinor: number;
  currency: string;
}

export type Card = BoardCardFragment;

export interface BoardColumn {
  figures: BoardFiguresFragment;
  /** Loaded cards in board order (by position); long columns load more as they scroll. */
  cards: Card[];
  endCursor: string | null;
  hasMore: boolean;
}

export interface BoardState {
  pipelineId: string;
  eventCursor: number;
  sum: Money;
  weightedSum: Money;
  columns: BoardColumn[];
}

export interface BoardEvent {
  type: string;
  subjectId: string;
  deal?: Card | null;
}

/** Where a card was dropped, as the API's moveDeal wants it: below a neighbour, or above one. */
export type Placement = { afterDealId: string } | { beforeDealId: string } | Record<string, never>;

/** Events that change the columns themselves, or say the feed has a gap: read the board again. */
const RELOAD_EVENTS = new Set(['ReloadRequired', 'StagesChanged', 'PipelineUpdated', 'PipelineDeleted']);

export function columnOf(board: BoardState, stageId: string): BoardColumn | undefined {
  return board.columns.find((column) => column.figures.stage.id === stageId);
}

export function findCard(board: BoardState, id: string): Card | undefined {
  for (const column of board.columns) {
    const card = column.cards.find((candidate) => candidate.id === id);
    if (card) return card;
  }
  return undefined;
}

/**
 * Counts follow the cards on screen at once; sums wait for the server, which converts
 * currencies (see board.store.ts), so a column never shows a count its cards contradict.
 */
function recount(column: BoardColumn, change: 1 | -1): void {
  column.figures = { ...column.figures, count: Math.max(0, column.figures.count + change) };
}

export function removeCard(board: BoardState, id: string): Card | undefined {
  for (const column of board.columns) {
    const index = column.cards.findIndex((candidate) => candidate.id === id);
    if (index < 0) continue;
    recount(column, -1);
    return column.cards.splice(index, 1)[0];
  }
  return undefined;
}

/**
 * Puts an open card of this pipeline into its stage's column, in position order. A card that
 * sorts below the loaded part of a long column is left for that column's next page.
 */
export function placeCard(board: BoardState, card: Card): boolean {
  if (card.status !== 'OPEN' || card.pipeline?.id !== board.pipelineId || !card.stage) return false;
  const column = columnOf(board, card.stage.id);
  if (!column) return false;
  recount(column, 1);
  const index = column.cards.findIndex((other) => other.position > card.position);
  if (index < 0 && column.hasMore) return false;
  column.cards.splice(index < 0 ? column.cards.length : index, 0, card);
  return true;
}

/**
 * Applies one pipeline event to the board in place. `reload` means the board's shape changed
 * (or the feed has a gap) and must be read again; an event whose version the card already has
 * (the echo of our own move, or something the board was read with) changes nothing.
 */
export function applyEvent(board: BoardState, event: BoardEvent): 'applied' | 'unchanged' | 'reload' {
  if (RELOAD_EVENTS.has(event.type)) return 'reload';
  if (!event.type.startsWith('Deal')) return 'unchanged';
  if (event.deal) return showCard(board, event.deal) ? 'applied' : 'unchanged';
  removeCard(board, event.subjectId);
  return 'applied';
}

/**
 * Shows a deal as `card` has it, unless the board already shows that version or a later one.
 * News of a deal can come twice (a live event, and an answer or a read of our own), in either
 * order: the first one shows it, the second changes nothing and never takes a card back.
 */
export function showCard(board: BoardState, card: Card): boolean {
  const known = findCard(board, card.id);
  if (known && known.version >= card.version) return false;
  removeCard(board, card.id);
  placeCard(board, card);
  return true;
}

/**
 * Moves a card on screen before the server confirms (the caller snaps back on refusal) and
 * says where it went: right below the card above it, else right above the card below it.
 */
export function moveCard(board: BoardState, id: string, stageId: string, index: number): Placement | null {
  const target = columnOf(board, stageId);
  const card = findCard(board, id);
  if (!target || !card) return null;
  removeCard(board, id);
  recount(target, 1);
  const at = Math.max(0, Math.min(index, target.cards.length));
  target.cards.splice(at, 0, { ...card, stage: { id: stageId } });
  const above = target.cards[at - 1];
  const below = target.cards[at + 1];
  if (above) return { afterDealId: above.id };
  if (below) return { beforeDealId: below.id };
  return {};
}

/** The open stage next to a card's, in board order (`step` -1 or +1), for moving by keyboard. */
export function neighbourStage(board: BoardState, stageId: string, step: -1 | 1): string | null {
  const open = board.columns.filter((column) => column.figures.stage.kind === 'OPEN');
  const index = open.findIndex((column) => column.figures.stage.id === stageId);
  return open[index + step]?.figures.stage.id ?? null;
}
