import { describe, expect, it } from 'vitest';
import { formatMoney } from './money';

describe('formatMoney', () => {
  it('scales minor units by the currency\'s own digits', () => {
    expect(formatMoney(123456, 'USD', 'en')).toBe('$1,234.56');
    expect(formatMoney(123456, 'JPY', 'en')).toBe('¥123,456');
    expect(formatMoney(123456, 'KWD', 'en')).toBe('KWD\u00a0123.456');
  });

  it('follows the reader\'s locale', () => {
    expect(formatMoney(123456, 'EUR', 'pl')).toBe('1234,56\u00a0€');
    expect(formatMoney(-500, 'USD', 'en')).toBe('-$5.00');
  });

  it('stays exact beyond what a float can hold', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'USD', 'en')).toBe('$90,071,992,547,409.91');
  });
});
