import { UserInputError } from '../graphql/errors';

/**
 * The money rule, in one place: an amount is a whole number of the currency's minor units
 * (cents, pence, yen) plus an ISO 4217 code. Never a float. Arithmetic that scales an amount
 * (quantities, discounts, probabilities) goes through BigInt and rounds half away from zero once.
 */

/** The largest amount we accept: JSON numbers stay exact up to 2^53 − 1. */
export const MAX_MINOR_UNITS = Number.MAX_SAFE_INTEGER;

const currencies: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export function isCurrency(code: string): boolean {
  return currencies.has(code);
}

const digitsByCurrency = new Map<string, number>();

/** Digits after the decimal point for a currency: 2 for USD, 0 for JPY, 3 for KWD. */
export function minorUnitDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

export function assertCurrency(field: string, code: string): string {
  if (!/^[A-Z]{3}$/.test(code) || !isCurrency(code)) {
    throw new UserInputError(field, `"${code}" is not an ISO 4217 currency code (for example USD, EUR, ILS)`);
  }
  return code;
}

export function assertAmount(field: string, amountMinor: number): number {
  if (!Number.isSafeInteger(amountMinor)) {
    throw new UserInputError(field, 'Amount must be a whole number of minor units (cents), not a fraction');
  }
  if (amountMinor < 0) {
    throw new UserInputError(field, 'Amount cannot be negative');
  }
  return amountMinor;
}

/** `amount × numerator ÷ denominator`, rounded half away from zero, exactly. */
export function scaleMinor(amountMinor: number, numerator: number, denominator: number): number {
  const product = BigInt(amountMinor) * BigInt(numerator);
  const divisor = BigInt(denominator);
  const quotient = product / divisor;
  const remainder = product % divisor;
  const roundsAway = 2n * (remainder < 0n ? -remainder : remainder) >= (divisor < 0n ? -divisor : divisor);
  const rounded = roundsAway ? quotient + (product < 0n === divisor < 0n ? 1n : -1n) : quotient;
  return toSafeNumber(rounded);
}

/** Sum of amounts that may exceed 2^53 while adding; the result must fit. */
export function sumMinor(amounts: Iterable<number | bigint | string>): number {
  let total = 0n;
  for (const amount of amounts) total += BigInt(amount);
  return toSafeNumber(total);
}

function toSafeNumber(value: bigint): number {
  if (value > BigInt(MAX_MINOR_UNITS) || value < -BigInt(MAX_MINOR_UNITS)) {
    throw new UserInputError('amountMinor', 'Amount is too large');
  }
  return Number(value);
}

/** Basis points: 10000 = 100 %. Discounts and rates are stored this way, never as floats. */
export const BASIS_POINTS = 10_000;

/** A line's total: unit price × quantity, less a discount in basis points. */
export function lineTotalMinor(unitPriceMinor: number, quantity: number, discountBasisPoints: number): number {
  const gross = BigInt(unitPriceMinor) * BigInt(quantity);
  return scaleMinor(toSafeNumber(gross), BASIS_POINTS - discountBasisPoints, BASIS_POINTS);
}

/** An amount as a plain decimal in its currency's digits, exactly: -123456 USD → "-1234.56". */
export function decimalOf(amountMinor: number, currency: string): string {
  return withDecimals(amountMinor, minorUnitDigits(currency));
}

/** A rate in basis points as a percentage: 1250 → "12.50". */
export function percentOf(basisPoints: number): string {
  return withDecimals(basisPoints, 2);
}

/** An integer count of 10^-digits as a decimal string, without passing through a float. */
function withDecimals(value: number, digits: number): string {
  const sign = value < 0 ? '-' : '';
  const units = String(Math.abs(value)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${units}` : `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}
