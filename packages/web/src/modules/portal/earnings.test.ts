import { describe, expect, it } from 'vitest';
import { totalsByStatus } from './earnings';

const entry = (status: string, amountMinor: number, currency = 'EUR') => ({ status, amount: { amountMinor, currency } }) as Parameters<typeof totalsByStatus>[0][number];

describe('totalsByStatus', () => {
  it('adds whole minor units per status and currency, never across currencies, reversals counting against their status', () => {
    const totals = totalsByStatus([
      entry('PAID', 10), entry('PAID', 20), entry('PAID', 1, 'JPY'),
      entry('PENDING', 123_456), entry('PENDING', -23_456), entry('PENDING', 5, 'USD'),
      entry('HOLD', 999_999_999_999),
    ]);
    expect(totals).toEqual([
      { status: 'PENDING', sums: [{ currency: 'EUR', amountMinor: 100_000, count: 2 }, { currency: 'USD', amountMinor: 5, count: 1 }] },
      { status: 'HOLD', sums: [{ currency: 'EUR', amountMinor: 999_999_999_999, count: 1 }] },
      { status: 'PAID', sums: [{ currency: 'EUR', amountMinor: 30, count: 2 }, { currency: 'JPY', amountMinor: 1, count: 1 }] },
    ]);
  });

  it('leaves out the statuses without entries', () => {
    expect(totalsByStatus([])).toEqual([]);
  });
});
