import { describe, expect, it } from 'vitest';
import { POSITION_GAP, positionBetween, spreadPositions } from './deal-position';

describe('kanban positions', () => {
  it('puts a card on an empty column at 0, above the top, below the bottom', () => {
    expect(positionBetween(null, null)).toBe(0);
    expect(positionBetween(null, 5)).toBe(5 - POSITION_GAP);
    expect(positionBetween(5, null)).toBe(5 + POSITION_GAP);
  });

  it('takes the midpoint between neighbours until the gap is used up', () => {
    let above = 0;
    const below = POSITION_GAP;
    let moves = 0;
    for (let next = positionBetween(above, below); next !== null; next = positionBetween(above, below)) {
      expect(next).toBeGreaterThan(above);
      expect(next).toBeLessThan(below);
      above = next;
      moves++;
    }
    expect(moves).toBe(20);
  });

  it('spreads a column evenly when it has to', () => {
    expect(spreadPositions(3)).toEqual([POSITION_GAP, 2 * POSITION_GAP, 3 * POSITION_GAP]);
  });
});
