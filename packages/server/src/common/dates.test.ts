import { describe, expect, it } from 'vitest';
import { nextDay, startOfDayIn } from './dates';

describe('calendar days in a time zone', () => {
  it('finds the instant a day begins where the tenant is', () => {
    expect(startOfDayIn('2026-11-24', 'UTC').toISOString()).toBe('2026-11-24T00:00:00.000Z');
    expect(startOfDayIn('2026-11-24', 'Asia/Jerusalem').toISOString()).toBe('2026-11-23T22:00:00.000Z');
    expect(startOfDayIn('2026-07-01', 'America/New_York').toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(startOfDayIn('2026-01-01', 'Asia/Kolkata').toISOString()).toBe('2025-12-31T18:30:00.000Z');
  });

  it('stays right on the days clocks change', () => {
    // New York springs forward at 02:00 on 2026-03-08: that midnight is still EST (UTC-5).
    expect(startOfDayIn('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDayIn('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });

  it('counts the next day across months and leap years', () => {
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
