import { describe, expect, it } from 'vitest';
import { instantOf, wallClock } from './time-zone';

describe('wall clock times in the workspace time zone', () => {
  it('shows an instant as the zone\'s wall-clock time, summer and winter', () => {
    expect(wallClock(new Date('2026-01-15T08:00:00Z'), 'Europe/Warsaw')).toBe('2026-01-15T09:00');
    expect(wallClock(new Date('2026-07-15T08:00:00Z'), 'Europe/Warsaw')).toBe('2026-07-15T10:00');
    expect(wallClock(new Date('2026-07-15T23:30:00Z'), 'Asia/Jerusalem')).toBe('2026-07-16T02:30');
    expect(wallClock(new Date('2026-07-15T00:05:00Z'), 'UTC')).toBe('2026-07-15T00:05');
  });

  it('turns a typed wall-clock time back into the instant it names', () => {
    expect(instantOf('2026-01-15T09:00', 'Europe/Warsaw')).toBe('2026-01-15T08:00:00.000Z');
    expect(instantOf('2026-07-15T10:00', 'Europe/Warsaw')).toBe('2026-07-15T08:00:00.000Z');
    expect(instantOf('2026-03-29T12:00', 'Europe/Moscow')).toBe('2026-03-29T09:00:00.000Z');
    expect(instantOf('2026-11-24T16:30', 'America/New_York')).toBe('2026-11-24T21:30:00.000Z');
  });

  it('finds the right offset on the day the clocks change', () => {
    // Warsaw moves from +01:00 to +02:00 at 01:00 UTC on 29 March 2026.
    expect(instantOf('2026-03-29T00:30', 'Europe/Warsaw')).toBe('2026-03-28T23:30:00.000Z');
    expect(instantOf('2026-03-29T05:00', 'Europe/Warsaw')).toBe('2026-03-29T03:00:00.000Z');
  });
});
