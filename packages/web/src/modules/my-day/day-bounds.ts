import { instantOf, todayIn } from '../../common/time-zone';

/** The edges of "today" and "this week" that My Day asks the API for. */
export interface DayBounds {
  /** `YYYY-MM-DD` */
  today: string;
  /** ISO instants */
  startOfToday: string;
  startOfTomorrow: string;
  /** The week's last day, `YYYY-MM-DD`. */
  endOfWeek: string;
}

/**
 * Today and this week in the workspace's time zone, so "due today" is the same day for the whole
 * team whatever the browser's zone; the week starts on the day usual where the workspace's
 * language is spoken (Sunday in Israel, Saturday in much of the Arab world, Monday in Poland).
 */
export function dayBounds(timeZone: string | undefined, locale: string, now = new Date()): DayBounds {
  const date = todayIn(timeZone, now);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
  const daysLeftInWeek = (firstDayOfWeek(locale) + 6 - weekday) % 7;
  return {
    today: date,
    startOfToday: startOfDay(date, timeZone),
    startOfTomorrow: startOfDay(addDays(date, 1), timeZone),
    endOfWeek: addDays(date, daysLeftInWeek),
  };
}

/** The instant a calendar day begins in a time zone. */
function startOfDay(date: string, timeZone: string | undefined): string {
  return instantOf(`${date}T00:00`, timeZone);
}

function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. `getWeekInfo` is newer than the `weekInfo` getter some engines still have. */
function firstDayOfWeek(locale: string): number {
  const info = new Intl.Locale(locale).maximize() as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
  return (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay ?? 1;
}

interface WeekInfo {
  firstDay: number;
}
