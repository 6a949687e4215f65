import { describe, expect, it } from 'vitest';
import { assertAmount, assertCurrency, decimalOf, lineTotalMinor, percentOf, minorUnitDigits, scaleMinor, sumMinor } from './money';
import { formatRate, parseRate } from './exchange-rate.service';

describe('money', () => {
  it('knows ISO 4217 codes and their minor units', () => {
    expect(assertCurrency('c', 'EUR')).toBe('EUR');
    expect(() => assertCurrency('c', 'XYZ')).toThrow(/not an ISO 4217/);
    expect(() => assertCurrency('c', 'eur')).toThrow(/not an ISO 4217/);
    expect([minorUnitDigits('USD'), minorUnitDigits('JPY'), minorUnitDigits('KWD')]).toEqual([2, 0, 3]);
  });

  it('refuses fractional and negative amounts', () => {
    expect(assertAmount('a', 125)).toBe(125);
    expect(() => assertAmount('a', 1.5)).toThrow(/whole number/);
    expect(() => assertAmount('a', -1)).toThrow(/negative/);
  });

  it('scales exactly and rounds half away from zero once', () => {
    expect(scaleMinor(1001, 1, 2)).toBe(501);
    expect(scaleMinor(1003, 1, 2)).toBe(502);
    expect(scaleMinor(-1001, 1, 2)).toBe(-501);
    expect(scaleMinor(Number.MAX_SAFE_INTEGER, 1, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => scaleMinor(Number.MAX_SAFE_INTEGER, 2, 1)).toThrow(/too large/);
  });

  it('computes line totals with a discount in basis points', () => {
    expect(lineTotalMinor(19_999, 3, 0)).toBe(59_997);
    expect(lineTotalMinor(19_999, 3, 1_250)).toBe(52_497); // 59 997 × 0.875 = 52 497.375
    expect(sumMinor(['9007199254740990', 1n, 0])).toBe(9_007_199_254_740_991);
  });

  it('parses rates as integer millionths', () => {
    expect(parseRate('1.0842')).toBe(1_084_200);
    expect(parseRate('150')).toBe(150_000_000);
    expect(formatRate(1_084_200)).toBe('1.0842');
    expect(() => parseRate('1,08')).toThrow(/not a rate/);
    expect(() => parseRate('0')).toThrow(/not a rate/);
  });

  it('writes amounts as exact decimals in their currency\'s digits', () => {
    expect(decimalOf(123_456, 'USD')).toBe('1234.56');
    expect(decimalOf(-5, 'USD')).toBe('-0.05');
    expect(decimalOf(0, 'EUR')).toBe('0.00');
    expect(decimalOf(98_765, 'JPY')).toBe('98765');
    expect(decimalOf(1_234, 'KWD')).toBe('1.234');
    expect(decimalOf(Number.MAX_SAFE_INTEGER, 'USD')).toBe('90071992547409.91');
    expect(percentOf(1250)).toBe('12.50');
    expect(percentOf(5)).toBe('0.05');
  });
});
