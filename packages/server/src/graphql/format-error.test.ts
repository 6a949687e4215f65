import { describe, expect, it } from 'vitest';
import { fieldOf } from './format-error';

describe('the field named by a bad variable', () => {
  it.each([
    ['Variable "$input" got invalid value 1.5 at "input.amountMinor"; must be a whole number', 'amountMinor'],
    ['Variable "$input" got invalid value { name: "x" }; Field "unitPriceMinor" of required type "MinorUnits!" was not provided.', 'unitPriceMinor'],
    ['Variable "$input" got invalid value {} at "input.items[0]"; Field "quantity" of required type "Int!" was not provided.', 'items.0.quantity'],
    ['Variable "$input" got invalid value "x" at "input.items[2].discountBasisPoints"; Int cannot represent', 'items.2.discountBasisPoints'],
    ['Variable "$input" of required type "CreateDealInput!" was not provided.', 'input'],
    ['Variable "$id" got invalid value 5; ID cannot represent value', 'id'],
  ])('%s → %s', (message, field) => {
    expect(fieldOf(message)).toBe(field);
  });

  it('names nothing for other messages', () => {
    expect(fieldOf('Cannot query field "x" on type "Query".')).toBeUndefined();
  });
});
