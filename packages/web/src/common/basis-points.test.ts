import { describe, expect, it } from 'vitest';
import { parsePercent, percentInputText, ratePercent } from './basis-points';
import { AmountInputError } from './money';

describe('rates in basis points', () => {
  it('shows them as percentages in the reader\'s language', () => {
    expect(ratePercent(2000, 'en')).toBe('20%');
    expect(ratePercent(1250, 'pl')).toBe('12,5%');
  });

  it('gives the text to edit, without trailing zeros', () => {
    expect([2000, 1250, 1205, 5, 0, 10000].map((rate) => percentInputText(rate))).toEqual(['20', '12.5', '12.05', '0.05', '0', '100']);
    expect(percentInputText(1250, 'pl')).toBe('12,5');
  });

  it('reads a typed percentage back as whole basis points, refusing a third decimal', () => {
    expect(parsePercent('12.5')).toBe(1250);
    expect(parsePercent('12,05', 'pl')).toBe(1205);
    expect(parsePercent('20')).toBe(2000);
    expect(() => parsePercent('12.345')).toThrow(AmountInputError);
  });
});
