import { describe, expect, it } from 'vitest';
import { isId, newId } from './ids';

describe('ids', () => {
  it('are UUIDv7 with the variant bits set', () => {
    const id = newId();
    expect(isId(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });

  it('increase strictly, even when minted in the same millisecond', () => {
    const ids = Array.from({ length: 10_000 }, () => newId(1_800_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('start from the given time, so seeded history sorts by its dates', () => {
    const older = newId(Date.UTC(2020, 0, 1));
    expect(older.slice(0, 8)).toBe((Date.UTC(2020, 0, 1)).toString(16).padStart(12, '0').slice(0, 8));
  });
});
