/**
 * Kanban order within a stage. Cards sit on integer positions with wide gaps, so moving a
 * card between two others writes only that card: it takes the midpoint. When two neighbours
 * have no integer left between them (after ~20 moves into the same gap) the column is
 * spread out again, which is the only time more than one card is written.
 */
export const POSITION_GAP = 1 << 20;

/** Where a card goes between `above` and `below` (either may be missing); null = no room. */
export function positionBetween(above: number | null, below: number | null): number | null {
  if (above === null && below === null) return 0;
  if (above === null) return below! - POSITION_GAP;
  if (below === null) return above + POSITION_GAP;
  if (below - above < 2) return null;
  return above + Math.floor((below - above) / 2);
}

/** Evenly spread positions for a whole column, in its current order. */
export function spreadPositions(count: number): number[] {
  return Array.from({ length: count }, (_, index) => (index + 1) * POSITION_GAP);
}
