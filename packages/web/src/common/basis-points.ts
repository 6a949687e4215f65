import { decimalInputText, parseDecimal } from './money';
import { numberFormat } from './intl';

/**
 * Rates are whole basis points (2000 = 20 %), like money is whole minor units: people see and
 * type percentages with up to two decimals, which are exactly the basis points.
 */
const PERCENT_DIGITS = 2;

/** A rate as a percentage in the reader's language: 1250 → "12.5%". */
export function ratePercent(basisPoints: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: PERCENT_DIGITS }).format(basisPoints / 10_000);
}

/** A rate as a person would type it as a percentage, without trailing zeros: 1250 → "12.5", in Polish "12,5". */
export function percentInputText(basisPoints: number, locale = 'en'): string {
  const text = decimalInputText(basisPoints, PERCENT_DIGITS, locale);
  return text.replace(/(\D)(\d*?)0+$/, (_match, separator: string, kept: string) => (kept === '' ? '' : `${separator}${kept}`));
}

/** A percentage as typed, in basis points; throws AmountInputError (`decimals` past two). */
export function parsePercent(text: string, locale = 'en'): number {
  return parseDecimal(text, PERCENT_DIGITS, locale);
}
