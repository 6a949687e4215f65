import { describe, expect, it } from 'vitest';
import { applyEvent, moveCard, neighbourStage, placeCard, showCard, type BoardState, type Card } from './board-model';

const money = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const card = (id: string, stage: string, position: number, version = 1, status: Card['status'] = 'OPEN'): Card => ({
  id, title: id, version, position, status, type: 'NEW', expectedCloseDate: null, amount: money(100),
  owner: null, organization: null, stage: { id: stage }, pipeline: { id: 'p1' },
});
const column = (id: string, kind: 'OPEN' | 'WON' | 'LOST', cards: Card[], hasMore = false) => ({
  figures: { count: cards.length, unconvertedCount: 0, stage: { id, name: id, probability: 50, kind }, sum: money(0), weightedSum: money(0), totals: [] },
  cards, hasMore, endCursor: hasMore ? 'cursor' : null,
});
function board(): BoardState {
  return {
    pipelineId: 'p1', eventCursor: 1, sum: money(0), weightedSum: money(0),
    columns: [
      column('lead', 'OPEN', [card('a', 'lead', 1), card('b', 'lead', 2), card('c', 'lead', 3)]),
      column('demo', 'OPEN', [card('d', 'demo', 10), card('e', 'demo', 20)], true),
      column('won', 'WON', []),
    ],
  };
}
const ids = (state: BoardState, index: number) => state.columns[index]!.cards.map((each) => each.id);

describe('the board model', () => {
  it('moves a card between columns and names the neighbour it landed below, or above when it is on top', () => {
    const state = board();
    expect(moveCard(state, 'a', 'demo', 1)).toEqual({ afterDealId: 'd' });
    expect(ids(state, 0)).toEqual(['b', 'c']);
    expect(ids(state, 1)).toEqual(['d', 'a', 'e']);
    expect(state.columns[1]!.cards[1]!.stage).toEqual({ id: 'demo' });
    expect(moveCard(state, 'c', 'demo', 0)).toEqual({ beforeDealId: 'd' });
    expect(moveCard(state, 'b', 'lead', 5)).toEqual({});
    // Counts follow at once (sums wait for the server).
    expect(state.columns.map((each) => each.figures.count)).toEqual([1, 4, 0]);
  });

  it('applies another person\'s move in place, in position order, once', () => {
    const state = board();
    const moved = card('a', 'demo', 15, 2);
    expect(applyEvent(state, { type: 'DealMoved', subjectId: 'a', deal: moved })).toBe('applied');
    expect(ids(state, 0)).toEqual(['b', 'c']);
    expect(ids(state, 1)).toEqual(['d', 'a', 'e']);
    expect(state.columns.map((each) => each.figures.count)).toEqual([2, 3, 0]);
    // The same event again, or the echo of a version the card already has, changes nothing.
    expect(applyEvent(state, { type: 'DealMoved', subjectId: 'a', deal: moved })).toBe('unchanged');
    expect(applyEvent(state, { type: 'DealMoved', subjectId: 'a', deal: card('a', 'lead', 1, 1) })).toBe('unchanged');
    expect(ids(state, 1)).toEqual(['d', 'a', 'e']);
  });

  it('removes won, deleted, transferred and no-longer-visible deals, and leaves cards past a long column\'s loaded part for its next page', () => {
    const state = board();
    applyEvent(state, { type: 'DealWon', subjectId: 'b', deal: card('b', 'won', 1, 2, 'WON') });
    applyEvent(state, { type: 'DealDeleted', subjectId: 'c', deal: null });
    applyEvent(state, { type: 'DealTransferredOut', subjectId: 'a', deal: { ...card('a', 'x', 1, 2), pipeline: { id: 'p2' } } });
    expect(ids(state, 0)).toEqual([]);
    expect(state.columns[2]!.cards).toEqual([]);
    expect(placeCard(state, card('z', 'demo', 99))).toBe(false);
    expect(state.columns[1]!.figures.count).toBe(3); // counted, though it waits for the next page
    expect(placeCard(state, card('y', 'demo', 5))).toBe(true);
    expect(ids(state, 1)).toEqual(['y', 'd', 'e']);
  });

  it('shows a new deal once, counted, whether its live event or our own read of it comes first, and never at an older version', () => {
    const state = board();
    expect(showCard(state, card('n', 'lead', 0))).toBe(true);
    expect(applyEvent(state, { type: 'DealCreated', subjectId: 'n', deal: card('n', 'lead', 0) })).toBe('unchanged');
    expect(ids(state, 0)).toEqual(['n', 'a', 'b', 'c']);
    expect(state.columns[0]!.figures.count).toBe(4);

    const other = board();
    applyEvent(other, { type: 'DealCreated', subjectId: 'n', deal: card('n', 'lead', 0) });
    moveCard(other, 'n', 'demo', 0);
    expect(showCard(other, card('n', 'lead', 0))).toBe(false);
    expect(ids(other, 0)).toEqual(['a', 'b', 'c']);
    expect(ids(other, 1)).toEqual(['n', 'd', 'e']);
    expect(other.columns.map((each) => each.figures.count)).toEqual([3, 3, 0]);
  });

  it('asks for a reload when stages change or the feed has a gap, and ignores events that are not about deals', () => {
    expect(applyEvent(board(), { type: 'StagesChanged', subjectId: 'p1' })).toBe('reload');
    expect(applyEvent(board(), { type: 'ReloadRequired', subjectId: 'p1' })).toBe('reload');
    expect(applyEvent(board(), { type: 'ActivityCreated', subjectId: 'x' })).toBe('unchanged');
  });

  it('finds the next and previous open stage, never a closed one', () => {
    expect(neighbourStage(board(), 'lead', 1)).toBe('demo');
    expect(neighbourStage(board(), 'demo', 1)).toBeNull();
    expect(neighbourStage(board(), 'lead', -1)).toBeNull();
  });
});
