import { describe, expect, it } from 'vitest';
import { canOverride, isVoidable, listParam, overrideChanges, payeeName, previousMonth, statementFileName } from './ledger';

describe('ledger helpers', () => {
  it('names statement files after the payee and the period\'s end, in any script', () => {
    expect(statementFileName('Nordic Resellers AS', '2026-03-31')).toBe('statement-nordic-resellers-as-2026-03-31.csv');
    expect(statementFileName('  Łódź / Partners & Co. ', '2026-03-31')).toBe('statement-łódź-partners-co-2026-03-31.csv');
    expect(statementFileName('שותפי זהב', '2026-02-28')).toBe('statement-שותפי-זהב-2026-02-28.csv');
    expect(statementFileName('***', '2026-02-28')).toBe('statement-payee-2026-02-28.csv');
  });

  it('takes last calendar month as the usual payout period, across a year\'s end and a leap day', () => {
    expect(previousMonth('2026-04-15')).toEqual({ start: '2026-03-01', end: '2026-03-31' });
    expect(previousMonth('2026-01-01')).toEqual({ start: '2025-12-01', end: '2025-12-31' });
    expect(previousMonth('2028-03-31')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
  });

  it('keeps only known statuses from the URL', () => {
    expect(listParam('PENDING,nope,,HOLD', ['PENDING', 'HOLD'] as const)).toEqual(['PENDING', 'HOLD']);
    expect(listParam(null, ['PENDING'] as const)).toEqual([]);
    expect(payeeName({ partner: null, payeeUser: null, payeeContact: { name: 'Anna Nowak' } })).toBe('Anna Nowak');
  });

  it('lists what an override changed, known fields first, and nothing for a record it created', () => {
    const before = { explanation: 'x', status: 'HOLD', fraudFlags: ['self-referral'], holdUntil: '2026-03-16T09:30:00.000Z', zeta: 1 };
    const after = { explanation: 'x', status: 'PENDING', fraudFlags: ['self-referral'], holdUntil: null, alpha: true, zeta: 1 };
    expect(overrideChanges(before, after)).toEqual([
      { field: 'status', before: 'HOLD', after: 'PENDING' },
      { field: 'holdUntil', before: '2026-03-16T09:30:00.000Z', after: null },
      { field: 'alpha', before: null, after: true },
    ]);
    expect(overrideChanges(null, after)).toEqual([]);
    expect(overrideChanges(before, before)).toEqual([]);
  });

  it('lets managers and above override, and only unpaid entries be voided', () => {
    expect(['OWNER', 'ADMIN', 'MANAGER', 'REP', 'PARTNER', null].map(canOverride)).toEqual([true, true, true, false, false, false]);
    expect((['PENDING', 'HOLD', 'APPROVED', 'PAID', 'VOIDED'] as const).filter(isVoidable)).toEqual(['PENDING', 'HOLD', 'APPROVED']);
  });
});
