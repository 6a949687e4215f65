import { dateTimeFormat } from './intl';

/**
 * Dealflow shows times in the workspace's time zone (common/format.ts), so "today" is the same
 * day for the whole team, and inputs read and write times there too: date-time inputs
 * (`<input type="datetime-local">`) take wall-clock times with no zone, and a task typed as due
 * at 09:00 is shown as due at 09:00, whatever the browser's own zone. `timeZone` undefined means
 * the browser's.
 */

/** The wall-clock time, `YYYY-MM-DDTHH:mm`, of an instant in a time zone. */
export function wallClock(instant: Date, timeZone?: string): string {
  const format = dateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  const part = Object.fromEntries(format.formatToParts(instant).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/** The instant (ISO, UTC) that a wall-clock time `YYYY-MM-DDTHH:mm` names in a time zone. */
export function instantOf(wall: string, timeZone?: string): string {
  const asIfUtc = Date.parse(`${wall}:00Z`);
  // The zone's offset is looked up twice: the first guess may sit across a DST change from the answer.
  const guess = asIfUtc - offsetAt(asIfUtc, timeZone);
  return new Date(asIfUtc - offsetAt(guess, timeZone)).toISOString();
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(instant: number, timeZone?: string): number {
  const wholeMinute = Math.floor(instant / 60_000) * 60_000;
  return Date.parse(`${wallClock(new Date(instant), timeZone)}:00Z`) - wholeMinute;
}

/** Today's calendar date (`YYYY-MM-DD`) in a time zone: the workspace's, so a deal closes on the team's day. */
export function todayIn(timeZone: string | undefined, now = new Date()): string {
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
