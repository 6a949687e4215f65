import { numberFormat } from './intl';

/**
 * Money arrives as integer minor units plus an ISO 4217 code (the server's money rule); this is
 * the one place the UI turns it into text, in the reader's locale, and text typed by a person
 * back into minor units. Amounts only ever pass through decimal strings and BigInt, never
 * floats, so 0.1 + 0.2 problems cannot reach a price.
 */
export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  const format = numberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  // Intl formats decimal strings exactly (ES2023); TypeScript's lib still types it as number.
  return format.format(decimalString(BigInt(amountMinor), digits, '.') as unknown as number);
}

/** Digits after the decimal point for a currency: 2 for EUR, 0 for JPY, 3 for KWD. */
export function currencyDigits(currency: string): number {
  return numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Why typed text is not an amount: not a number at all, more decimals than allowed, or beyond what is exact. */
export type AmountProblem = 'format' | 'decimals' | 'range';

export class AmountInputError extends Error {
  constructor(
    readonly problem: AmountProblem,
    /** The decimals allowed, for the message ("at most 2 decimals"). */
    readonly digits: number,
  ) {
    super(`Not an amount (${problem})`);
  }
}

/**
 * An amount typed in the reader's locale ("1,234.50" in English, "1 234,50" in Polish) as whole
 * minor units of the currency: `parseMoney('1,234.50', 'EUR')` is 123450. More decimals than
 * the currency has are refused rather than rounded: 12.345 EUR is a typo, not 12.35.
 * Throws AmountInputError.
 */
export function parseMoney(text: string, currency: string, locale = 'en'): number {
  return parseDecimal(text, currencyDigits(currency), locale);
}

/**
 * A decimal typed in the reader's locale, scaled to a whole number with `digits` decimals:
 * `parseDecimal('12,5', 2, 'pl')` is 1250. Group separators are accepted in the whole part
 * only; the locale's decimal separator is the only one recognised, so "1.234" in Polish is
 * refused rather than guessed. Throws AmountInputError.
 */
export function parseDecimal(text: string, digits: number, locale = 'en'): number {
  const { group, decimal } = separators(locale);
  const normalized = normalize(text, group);
  const pattern = new RegExp(`^([-+]?)(\\d+(?:${escape(group)}\\d+)*)?(?:${escape(decimal)}(\\d*))?$`);
  const match = pattern.exec(normalized);
  const [, sign = '', whole = '', fraction = ''] = match ?? [];
  if (!match || (whole === '' && fraction === '')) throw new AmountInputError('format', digits);
  if (fraction.length > digits) throw new AmountInputError('decimals', digits);
  const magnitude = BigInt(`${whole.split(group).join('') || '0'}${fraction.padEnd(digits, '0')}`);
  if (magnitude > BigInt(Number.MAX_SAFE_INTEGER)) throw new AmountInputError('range', digits);
  const value = Number(magnitude);
  return sign === '-' && value !== 0 ? -value : value;
}

/** Minor units as a person would type them in the locale, for an input to start from: 123450 EUR → "1234,50" in Polish. */
export function moneyInputText(amountMinor: number, currency: string, locale = 'en'): string {
  return decimalInputText(amountMinor, currencyDigits(currency), locale);
}

/** A scaled whole number as typed text, without grouping: 1250 with 2 digits → "12.50". */
export function decimalInputText(scaled: number, digits: number, locale = 'en'): string {
  return decimalString(BigInt(scaled), digits, separators(locale).decimal);
}

function decimalString(units: bigint, digits: number, separator: string): string {
  const sign = units < 0n ? '-' : '';
  const magnitude = (units < 0n ? -units : units).toString().padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${magnitude}` : `${sign}${magnitude.slice(0, -digits)}${separator}${magnitude.slice(-digits)}`;
}

/** Spaces a locale may group with: a person types an ordinary space where Intl writes a no-break one. */
const SPACE = /[\u0020\u00a0\u202f\u2009]/;
const SPACES = new RegExp(SPACE.source, 'g');
/** Direction marks that bidi text (Hebrew, Arabic) carries around numbers when copied. */
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;

function separators(locale: string): { group: string; decimal: string } {
  const parts = numberFormat(locale).formatToParts(1234567.5);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  return {
    group: SPACE.test(group) ? ' ' : group,
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}

/** Latin digits, one kind of space, ASCII minus, nothing around: what the pattern expects. */
function normalize(text: string, group: string): string {
  const withoutMarks = text.replace(BIDI_MARKS, '').trim().replace(/^\u2212/, '-');
  const spaced = group === ' ' ? withoutMarks.replace(SPACES, ' ') : withoutMarks;
  // Arabic-Indic (U+0660) and Eastern Arabic-Indic (U+06F0) digits, which Arabic keyboards type.
  return spaced.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
