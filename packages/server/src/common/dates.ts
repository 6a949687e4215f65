import { UserInputError } from '../graphql/errors';

/** Calendar dates (expected close, closed on) travel as `YYYY-MM-DD`, without time or zone. */
export function assertDate(field: string, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new UserInputError(field, `"${value}" is not a date; use YYYY-MM-DD, for example 2026-03-31`);
  }
  return value;
}

/** Today's date where the tenant is, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
