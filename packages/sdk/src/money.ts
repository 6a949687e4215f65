/**
 * Money helpers for plugins: exact arithmetic on integer minor units, and amounts and rates as
 * explanations show them. Plain code without Intl, the clock or randomness, so they run in the
 * sandbox (QuickJS has no Intl) and give the same answer on every run.
 *
 * Every number they take is a safe integer (minor units, basis points); anything else, and a
 * result beyond ±(2^53 − 1), throws a RangeError rather than coming out rounded.
 */

/** Basis points in a whole: 10,000 bp = 100 %. */
const BASIS_POINTS_PER_WHOLE = 10_000;

/**
 * `value × numerator / denominator`, rounded once to a whole number, half away from zero:
 * 2.5 → 3 and −2.5 → −3, so that a negative value gives exactly the negation of the positive
 * one. (For the non-negative amounts of commissions this is plain "half up".) The product is
 * computed with BigInt, so it is exact past 2^53.
 *
 *   mulDivHalfUp(12345, 1000, 10000)  // 1234.5 → 1235
 *   mulDivHalfUp(-12345, 1000, 10000) // −1234.5 → −1235
 *   mulDivHalfUp(600, 250, 1000)      // 150
 *
 * Throws a RangeError when an argument is not a safe integer, the denominator is 0, or the
 * result is beyond ±(2^53 − 1).
 */
export function mulDivHalfUp(value: number, numerator: number, denominator: number): number {
  assertSafeInteger('mulDivHalfUp', 'value', value);
  assertSafeInteger('mulDivHalfUp', 'numerator', numerator);
  assertSafeInteger('mulDivHalfUp', 'denominator', denominator);
  if (denominator === 0) throw new RangeError('mulDivHalfUp: the denominator must not be 0');
  const product = BigInt(value) * BigInt(numerator);
  const divisor = BigInt(denominator);
  const negative = product < 0n !== divisor < 0n;
  const dividend = product < 0n ? -product : product;
  const positiveDivisor = divisor < 0n ? -divisor : divisor;
  // floor((2p + d) / 2d) = floor(p / d + 1/2): the magnitude rounded half up.
  const magnitude = (2n * dividend + positiveDivisor) / (2n * positiveDivisor);
  return toSafeNumber('mulDivHalfUp', negative ? -magnitude : magnitude);
}

/**
 * A rate of an amount: `amountMinor × rateBasisPoints / 10,000`, rounded half away from zero to
 * a whole minor unit (see mulDivHalfUp), exact for any safe integers.
 *
 *   applyRate(12345, 1000)   // 10 % of 123.45 = 12.345 → 1235 (12.35)
 *   applyRate(845000, 1250)  // 12.5 % of 8,450.00 = 1,056.25 → 105625
 *   applyRate(-12345, 1000)  // −12.345 → −1235
 */
export function applyRate(amountMinor: number, rateBasisPoints: number): number {
  assertSafeInteger('applyRate', 'amountMinor', amountMinor);
  assertSafeInteger('applyRate', 'rateBasisPoints', rateBasisPoints);
  return mulDivHalfUp(amountMinor, rateBasisPoints, BASIS_POINTS_PER_WHOLE);
}

/**
 * The currencies whose amounts do not have 2 digits after the decimal point, as Dealflow counts
 * minor units (the digits Node's Intl gives a currency in English, which the server and the web
 * app use): `150000` JPY is 150,000 yen, `1234` KWD is 1.234 dinars. The sandbox has no Intl,
 * hence the table; a test keeps it equal to Intl's.
 */
const DIGITS_BY_CURRENCY: ReadonlyMap<string, number> = new Map([
  ...'AFN ALL BIF CLP COP DJF GNF HUF IDR IQD IRR ISK JPY KMF KPW KRW LAK LBP MGA MMK PKR PYG RWF SLL SOS SYP UGX VND VUV XAF XOF XPF YER'
    .split(' ')
    .map((currency): [string, number] => [currency, 0]),
  ...'BHD JOD KWD LYD OMR TND'.split(' ').map((currency): [string, number] => [currency, 3]),
]);

/**
 * How many digits a currency's amounts have after the decimal point, i.e. how many minor units
 * make one unit (10^digits): 2 for USD and EUR, 0 for JPY and KRW, 3 for KWD, BHD, JOD, OMR and
 * TND. A code it does not know has 2.
 *
 *   minorUnitDigits('USD') // 2
 *   minorUnitDigits('JPY') // 0
 *   minorUnitDigits('KWD') // 3
 */
export function minorUnitDigits(currency: string): number {
  return DIGITS_BY_CURRENCY.get(currency) ?? 2;
}

/**
 * An amount of minor units as a decimal in the currency's digits, with a comma between
 * thousands and no currency code; a negative amount starts with "-". Exact: it never passes
 * through a float.
 *
 *   formatAmount(123456, 'USD')  // "1,234.56"
 *   formatAmount(150000, 'JPY')  // "150,000"
 *   formatAmount(1234, 'KWD')    // "1.234"
 *   formatAmount(-5, 'EUR')      // "-0.05"
 */
export function formatAmount(amountMinor: number, currency: string): string {
  assertSafeInteger('formatAmount', 'amountMinor', amountMinor);
  const digits = minorUnitDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const units = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  const whole = groupThousands(units.slice(0, units.length - digits));
  return digits > 0 ? `${sign}${whole}.${units.slice(-digits)}` : `${sign}${whole}`;
}

/**
 * An amount with its currency code, as explanations show money: formatAmount, a space, the code.
 *
 *   formatMoney(123456, 'USD')  // "1,234.56 USD"
 *   formatMoney(150000, 'JPY')  // "150,000 JPY"
 *   formatMoney(-2500, 'EUR')   // "-25.00 EUR"
 */
export function formatMoney(amountMinor: number, currency: string): string {
  return `${formatAmount(amountMinor, currency)} ${currency}`;
}

/**
 * A rate in basis points as a percentage, with as many decimals as it needs (none, one or two)
 * and a space before the "%"; a negative rate starts with "-". Exact: no float division.
 *
 *   formatRate(2000)  // "20 %"
 *   formatRate(1250)  // "12.5 %"
 *   formatRate(5)     // "0.05 %"
 */
export function formatRate(basisPoints: number): string {
  assertSafeInteger('formatRate', 'basisPoints', basisPoints);
  const sign = basisPoints < 0 ? '-' : '';
  const hundredths = String(Math.abs(basisPoints)).padStart(3, '0');
  const fraction = hundredths.slice(-2).replace(/0+$/, '');
  return `${sign}${hundredths.slice(0, -2)}${fraction === '' ? '' : `.${fraction}`} %`;
}

/** "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

function assertSafeInteger(fn: string, name: string, value: number): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${fn}: ${name} must be a safe integer (a whole number within ±(2^53 − 1)), got ${String(value)}`);
  }
}

function toSafeNumber(fn: string, value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`${fn}: the result ${value} is beyond ±(2^53 − 1) and cannot be an exact number`);
  }
  return Number(value);
}
