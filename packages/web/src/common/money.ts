/**
 * Money arrives as integer minor units plus an ISO 4217 code (the server's money rule); this is
 * the one place the UI turns it into text, in the reader's locale. The amount is handed to Intl
 * as an exact decimal string, never divided as a float.
 */
export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const units = BigInt(amountMinor);
  const sign = units < 0n ? '-' : '';
  const magnitude = (units < 0n ? -units : units).toString().padStart(digits + 1, '0');
  const decimal = digits === 0 ? magnitude : `${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
  // Intl formats decimal strings exactly (ES2023); TypeScript's lib still types it as number.
  return format.format(`${sign}${decimal}` as unknown as number);
}
