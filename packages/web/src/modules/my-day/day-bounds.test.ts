import { describe, expect, it } from 'vitest';
import { dayBounds } from './day-bounds';

describe('dayBounds', () => {
  it('takes today from the workspace\'s time zone, not the browser\'s', () => {
    // 23:30 UTC on Wednesday 2026-03-25 is already Thursday in Warsaw (UTC+1).
    const bounds = dayBounds('Europe/Warsaw', 'pl', new Date('2026-03-25T23:30:00Z'));
    expect(bounds).toEqual({
      today: '2026-03-26',
      startOfToday: '2026-03-25T23:00:00.000Z',
      startOfTomorrow: '2026-03-26T23:00:00.000Z',
      // The Polish week ends on Sunday.
      endOfWeek: '2026-03-29',
    });
  });

  it('keeps a day 23 hours long when the clocks go forward', () => {
    const bounds = dayBounds('Europe/Warsaw', 'pl', new Date('2026-03-29T10:00:00Z'));
    expect(bounds.startOfToday).toBe('2026-03-28T23:00:00.000Z');
    expect(bounds.startOfTomorrow).toBe('2026-03-29T22:00:00.000Z');
    expect(bounds.endOfWeek).toBe('2026-03-29');
  });

  it('ends the week on Saturday where it starts on Sunday', () => {
    // Wednesday in Jerusalem; the Hebrew (Israeli) week runs Sunday to Saturday.
    expect(dayBounds('Asia/Jerusalem', 'he', new Date('2026-03-25T09:00:00Z')).endOfWeek).toBe('2026-03-28');
  });
});
