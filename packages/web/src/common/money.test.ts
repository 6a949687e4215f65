import { describe, expect, it } from 'vitest';
import { AmountInputError, formatMoney, moneyInputText, parseDecimal, parseMoney } from './money';

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

describe('parseMoney', () => {
  it('turns a typed amount into minor units of the currency', () => {
    expect(parseMoney('1,234.50', 'EUR')).toBe(123450);
    expect(parseMoney('1234.5', 'USD', 'en')).toBe(123450);
    expect(parseMoney('.5', 'USD')).toBe(50);
    expect(parseMoney(' 42 ', 'USD')).toBe(4200);
    expect(parseMoney('1.234', 'KWD')).toBe(1234);
  });

  it('knows currencies without decimals', () => {
    expect(parseMoney('1,234', 'JPY')).toBe(1234);
    expect(() => parseMoney('1234.5', 'JPY')).toThrow(expect.objectContaining({ problem: 'decimals', digits: 0 }));
  });

  it('reads negative amounts, with a hyphen or a minus sign', () => {
    expect(parseMoney('-12.30', 'EUR')).toBe(-1230);
    expect(parseMoney('\u22120.05', 'EUR')).toBe(-5);
    expect(parseMoney('-0', 'EUR')).toBe(0);
  });

  it('refuses more decimals than the currency has rather than rounding', () => {
    expect(() => parseMoney('12.345', 'EUR')).toThrow(AmountInputError);
    expect(() => parseMoney('12.345', 'EUR')).toThrow(expect.objectContaining({ problem: 'decimals', digits: 2 }));
  });

  it('reads the decimal comma and space grouping of Polish and Russian', () => {
    expect(parseMoney('1 234,50', 'PLN', 'pl')).toBe(123450);
    expect(parseMoney('1\u00a0234,5', 'RUB', 'ru')).toBe(123450);
    expect(parseMoney('1234,05', 'EUR', 'ru')).toBe(123405);
    // A dot is no separator in Polish: refused, not guessed.
    expect(() => parseMoney('1.234', 'PLN', 'pl')).toThrow(expect.objectContaining({ problem: 'format' }));
    expect(() => parseMoney('1,234.50', 'PLN', 'pl')).toThrow(expect.objectContaining({ problem: 'format' }));
  });

  it('reads Arabic-Indic digits and ignores direction marks copied with the number', () => {
    expect(parseMoney('\u0661\u0662\u0663.\u0664\u0665', 'USD', 'ar')).toBe(12345);
    expect(parseMoney('\u200f\u200e-1,234.50', 'ILS', 'he')).toBe(-123450);
  });

  it('refuses what is not a number, and amounts a number cannot hold exactly', () => {
    for (const text of ['', 'abc', '12a', '1,,234', ',123', '1.2.3', '--1', '12 34']) {
      expect(() => parseMoney(text, 'USD'), text).toThrow(expect.objectContaining({ problem: 'format' }));
    }
    expect(parseMoney('90,071,992,547,409.91', 'USD')).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => parseMoney('90,071,992,547,409.92', 'USD')).toThrow(expect.objectContaining({ problem: 'range' }));
  });
});

describe('parseDecimal', () => {
  it('scales a percentage to basis points', () => {
    expect(parseDecimal('12.5', 2)).toBe(1250);
    expect(parseDecimal('7,25', 2, 'pl')).toBe(725);
  });
});

describe('moneyInputText', () => {
  it('writes minor units as a person types them, for the input to start from', () => {
    expect(moneyInputText(123450, 'EUR', 'en')).toBe('1234.50');
    expect(moneyInputText(123450, 'EUR', 'pl')).toBe('1234,50');
    expect(moneyInputText(5, 'USD', 'en')).toBe('0.05');
    expect(moneyInputText(-1234, 'JPY', 'en')).toBe('-1234');
    expect(parseMoney(moneyInputText(98765, 'RUB', 'ru'), 'RUB', 'ru')).toBe(98765);
  });
});
