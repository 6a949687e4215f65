import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useSessionStore } from '../stores/session';
import { ratePercent } from './basis-points';
import { dateTimeFormat, numberFormat } from './intl';
import { formatMoney } from './money';

interface Money {
  amountMinor: number;
  currency: string;
}

/**
 * Numbers, money and dates in the reader's language. Times are shown in the workspace's time
 * zone, so "due today" means the same day for the whole team; calendar dates (`YYYY-MM-DD`,
 * like an expected close date) have no time zone and are shown as they are.
 */
export function useFormat() {
  const { locale } = useI18n();
  const session = useSessionStore();
  const timeZone = computed(() => session.tenant?.timeZone ?? undefined);

  return {
    money: (value: Money) => formatMoney(value.amountMinor, value.currency, locale.value),
    number: (value: number) => numberFormat(locale.value).format(value),
    /** A rate in basis points as a percentage: 1250 → "12.5%". */
    rate: (basisPoints: number) => ratePercent(basisPoints, locale.value),
    /** A calendar date, `2026-11-24`. */
    date: (value: string) => dateTimeFormat(locale.value, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value.slice(0, 10)}T00:00:00Z`)),
    /** An instant, in the workspace's time zone. */
    dateTime: (value: string) => dateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short', timeZone: timeZone.value }).format(new Date(value)),
    /** "3 days ago", "in 2 hours". */
    relative: (value: string, now = Date.now()) => relativeTime(new Date(value).getTime() - now, locale.value),
  };
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export function relativeTime(deltaMs: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const [unit, size] = UNITS.find(([, size]) => Math.abs(deltaMs) >= size) ?? UNITS.at(-1)!;
  return format.format(Math.round(deltaMs / size), unit);
}
