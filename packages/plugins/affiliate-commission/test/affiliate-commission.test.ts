import { fileURLToPath } from 'node:url';
import type { Invoice, PriorEntry, Settings } from '@dealflow/sdk';
import { defaultSettings, testPlugin, type PluginTester } from '@dealflow/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The plugin bundled and evaluated in the QuickJS sandbox, as the host runs it. */
let plugin: PluginTester;
beforeAll(async () => {
  plugin = await testPlugin(fileURLToPath(new URL('../src/index.ts', import.meta.url)));
});
afterAll(() => plugin.close());

function invoice(number: number, amountMinor: number, currency = 'USD'): Invoice {
  return { id: `inv-${number}`, number, amountMinor, currency, paidAt: '2026-01-15T12:00:00.000Z' };
}

/** An earlier entry: one-off (on `deal.won`) without an invoice number, recurring with one. */
function prior(id: string, amountMinor: number, basisMinor: number, reversibleMinor: number, invoiceNumber: number | null): PriorEntry {
  const hook = invoiceNumber === null ? 'deal.won' : 'invoice.paid';
  return { id, hook, amountMinor, basisMinor, currency: 'USD', reversibleMinor, invoiceNumber, occurredAt: '2026-01-10T09:00:00.000Z' };
}

describe('affiliate-commission manifest', () => {
  it('declares the commission hooks it handles', () => {
    const { manifest } = plugin;
    expect(manifest).toMatchObject({ id: 'affiliate-commission', version: '1.1.0', apiVersion: 1, kind: 'commission' });
    expect([...manifest.hooks].sort()).toEqual(['deal.reopened', 'deal.won', 'invoice.paid', 'invoice.refunded', 'subscription.churned']);
  });

  it('declares a default for every setting', () => {
    expect(defaultSettings(plugin.manifest.settingsSchema)).toEqual({
      mode: 'percentage',
      rateBasisPoints: 2000,
      flatAmounts: {},
      tiers: [],
      commissionOn: 'deal',
      recurringMonths: 12,
      holdDays: 30,
    });
  });
});

const recurring = { commissionOn: 'invoices' } satisfies Settings;

describe('one-off percentage (the defaults)', () => {
  it('pays 20 % of the won deal, held 30 days', async () => {
    const ops = await plugin.run('deal.won', { deal: { title: 'Acme', amountMinor: 100000 } });
    expect(ops).toEqual([
      {
        op: 'accrue',
        payee: { partnerId: 'partner-1' },
        amountMinor: 20000, // 20 % of 1,000.00 = 200.00 → 20000
        currency: 'USD',
        basisMinor: 100000,
        rateBasisPoints: 2000,
        holdDays: 30,
        reasonCode: 'one-off',
        explanation: '20 % of 1,000.00 USD deal "Acme" = 200.00 USD',
      },
    ]);
  });

  it('pays nothing on paid invoices', async () => {
    expect(await plugin.run('invoice.paid', { event: { payload: { invoice: invoice(1, 100000) } } })).toEqual([]);
  });

  it('pays in the deal currency, formatted by its decimals', async () => {
    const settings = { rateBasisPoints: 1200, holdDays: 14 };
    const eur = await plugin.run('deal.won', { settings, deal: { title: 'Berlin', amountMinor: 845000, currency: 'EUR' } });
    // 12 % of 8,450.00 = 1,014.00 → 101400
    expect(eur).toMatchObject([{ amountMinor: 101400, currency: 'EUR', holdDays: 14, explanation: '12 % of 8,450.00 EUR deal "Berlin" = 1,014.00 EUR' }]);
    const jpy = await plugin.run('deal.won', { settings, deal: { title: 'Tokyo', amountMinor: 1234567, currency: 'JPY' } });
    // 12 % of 1,234,567 yen = 148,148.04 → 148,148
    expect(jpy).toMatchObject([{ amountMinor: 148148, currency: 'JPY', explanation: '12 % of 1,234,567 JPY deal "Tokyo" = 148,148 JPY' }]);
  });
});

describe('volume tiers', () => {
  // Listed out of order on purpose: tiers are ranked by threshold.
  const tiers = [
    { fromBasisMinor: 5000000, rateBasisPoints: 3000 },
    { fromBasisMinor: 0, rateBasisPoints: 2000 },
    { fromBasisMinor: 1000000, rateBasisPoints: 2500 },
  ];
  const wonWithVolume = (settings: Settings, trailing90DaysBasisMinor: number) =>
    plugin.run('deal.won', { settings, deal: { title: 'Acme', amountMinor: 845000 }, ledger: { trailing90DaysBasisMinor } });

  it('uses the tier below a threshold until it is reached', async () => {
    // 9,999.99 of volume is below 10,000.00: tier 1, 20 % of 8,450.00 = 1,690.00
    expect(await wonWithVolume({ rateBasisPoints: 1000, tiers }, 999999)).toMatchObject([
      {
        amountMinor: 169000,
        rateBasisPoints: 2000,
        reasonCode: 'one-off-tier-1',
        explanation: '20 % (tier 1: trailing 90-day volume 9,999.99 USD ≥ 0.00 USD) of 8,450.00 USD deal "Acme" = 1,690.00 USD',
      },
    ]);
  });

  it('uses a tier from exactly its threshold and above it', async () => {
    // 25 % of 8,450.00 = 2,112.50 → 211250
    expect(await wonWithVolume({ tiers }, 1000000)).toMatchObject([{ amountMinor: 211250, rateBasisPoints: 2500, reasonCode: 'one-off-tier-2' }]);
    expect(await wonWithVolume({ tiers }, 1000001)).toMatchObject([{ amountMinor: 211250, rateBasisPoints: 2500, reasonCode: 'one-off-tier-2' }]);
    // 30 % of 8,450.00 = 2,535.00 → 253500
    expect(await wonWithVolume({ tiers }, 7500000)).toMatchObject([{ amountMinor: 253500, rateBasisPoints: 3000, reasonCode: 'one-off-tier-3' }]);
  });

  it('falls back to the base rate below the first tier', async () => {
    const settings = { rateBasisPoints: 1500, tiers: [{ fromBasisMinor: 1000000, rateBasisPoints: 2500 }] };
    // 15 % of 8,450.00 = 1,267.50 → 126750
    expect(await wonWithVolume(settings, 0)).toMatchObject([{ amountMinor: 126750, rateBasisPoints: 1500, reasonCode: 'one-off' }]);
  });
});

describe('flat amounts', () => {
  const flat = { mode: 'flat', flatAmounts: { USD: 5000, EUR: 4500 } } satisfies Settings;

  it('pays the flat amount of the deal currency, with no rate', async () => {
    expect(await plugin.run('deal.won', { settings: flat, deal: { title: 'Acme', amountMinor: 100000 } })).toMatchObject([
      { amountMinor: 5000, currency: 'USD', basisMinor: 100000, rateBasisPoints: null, reasonCode: 'one-off-flat', explanation: 'Flat 50.00 USD for the 1,000.00 USD deal "Acme"' },
    ]);
    expect(await plugin.run('deal.won', { settings: flat, deal: { amountMinor: 845000, currency: 'EUR' } })).toMatchObject([{ amountMinor: 4500, currency: 'EUR' }]);
  });

  it('pays nothing in a currency without a flat amount', async () => {
    expect(await plugin.run('deal.won', { settings: flat, deal: { amountMinor: 1234567, currency: 'JPY' } })).toEqual([]);
  });

  it('pays the flat amount per paid invoice when recurring', async () => {
    const ops = await plugin.run('invoice.paid', { settings: { ...flat, ...recurring }, event: { payload: { invoice: invoice(3, 123400) } } });
    expect(ops).toMatchObject([
      { amountMinor: 5000, basisMinor: 123400, rateBasisPoints: null, reasonCode: 'recurring-month-3-flat', explanation: 'Flat 50.00 USD for the 1,234.00 USD invoice #3 of 12' },
    ]);
  });
});

describe('recurring commissions', () => {
  const paid = (settings: Settings, number: number) =>
    plugin.run('invoice.paid', { settings, event: { payload: { invoice: invoice(number, 123400) } } });

  it('pays on each invoice up to recurringMonths, and not after', async () => {
    const settings = { ...recurring, rateBasisPoints: 1000 };
    expect(await paid(settings, 3)).toEqual([
      {
        op: 'accrue',
        payee: { partnerId: 'partner-1' },
        amountMinor: 12340, // 10 % of 1,234.00 = 123.40 → 12340
        currency: 'USD',
        basisMinor: 123400,
        rateBasisPoints: 1000,
        holdDays: 30,
        reasonCode: 'recurring-month-3',
        explanation: '10 % of 1,234.00 USD invoice #3 of 12 = 123.40 USD',
      },
    ]);
    expect(await paid(settings, 12)).toMatchObject([{ amountMinor: 12340, reasonCode: 'recurring-month-12' }]);
    expect(await paid(settings, 13)).toEqual([]);
    expect(await plugin.run('deal.won', { settings })).toEqual([]);
  });

  it('pays forever when recurringMonths is 0', async () => {
    const settings = { ...recurring, rateBasisPoints: 1000, recurringMonths: 0 };
    expect(await paid(settings, 13)).toMatchObject([{ amountMinor: 12340, explanation: '10 % of 1,234.00 USD invoice #13 = 123.40 USD' }]);
    expect(await paid(settings, 240)).toMatchObject([{ amountMinor: 12340, reasonCode: 'recurring-month-240' }]);
  });

  it('returns nothing on churn: paid invoices stay earned', async () => {
    const ops = await plugin.run('subscription.churned', {
      settings: recurring,
      event: { payload: { lastInvoice: invoice(4, 123400) } },
      ledger: { dealEntries: [prior('e-4', 12340, 123400, 12340, 4)] },
    });
    expect(ops).toEqual([]);
  });
});

describe('invoice.refunded', () => {
  // Each recurring entry's basis is its own 1,234.00 invoice.
  const recurringEntries = [prior('e-3', 12341, 123400, 12341, 3), prior('e-2', 12340, 123400, 12340, 2)];
  const refunded = (settings: Settings, number: number, refundMinor: number, dealEntries: PriorEntry[], invoiceMinor = 123400) =>
    plugin.run('invoice.refunded', {
      settings,
      event: { payload: { invoice: invoice(number, invoiceMinor), refund: { invoiceId: `inv-${number}`, amountMinor: refundMinor, currency: 'USD' } } },
      ledger: { dealEntries },
    });

  it("takes back the whole entry of a fully refunded invoice, and only that invoice's", async () => {
    expect(await refunded(recurring, 2, 123400, recurringEntries)).toMatchObject([{ op: 'reverse', entryId: 'e-2', amountMinor: 12340, currency: 'USD' }]);
  });

  it('takes back the refunded share, rounded half up', async () => {
    // 123.41 × 617.00 / 1,234.00 = 61.705 → 61.71
    expect(await refunded(recurring, 3, 61700, recurringEntries)).toEqual([
      {
        op: 'reverse',
        entryId: 'e-3',
        amountMinor: 6171,
        currency: 'USD',
        reasonCode: 'invoice-refunded',
        explanation: '617.00 USD of the 1,234.00 USD invoice #3 was refunded: 123.41 USD commission × 617.00 / 1,234.00 = 61.71 USD taken back',
      },
    ]);
  });

  it('never takes back more than is left to reverse', async () => {
    // A full refund would take back 123.40, but 113.40 has been reversed already.
    expect(await refunded(recurring, 2, 123400, [prior('e-2', 12340, 123400, 1000, 2)])).toMatchObject([
      { entryId: 'e-2', amountMinor: 1000, explanation: expect.stringContaining('capped at the 10.00 USD left to reverse') },
    ]);
    expect(await refunded(recurring, 2, 123400, [prior('e-2', 12340, 123400, 0, 2)])).toEqual([]);
  });

  it('has nothing to take back for an invoice that earned nothing', async () => {
    // Invoice #13 came after the 12 commissioned months.
    expect(await refunded(recurring, 13, 123400, recurringEntries)).toEqual([]);
  });

  it('takes back the refunded share of the one-off deal entry of a deal invoiced once', async () => {
    // 20 % of a 1,234.00 deal = 246.80, its basis the deal; the one invoice is the whole deal.
    // 246.80 × 308.50 / 1,234.00 = 246.80 × 0.25 = 61.70
    expect(await refunded({}, 1, 30850, [prior('e-1', 24680, 123400, 24680, null)])).toEqual([
      {
        op: 'reverse',
        entryId: 'e-1',
        amountMinor: 6170,
        currency: 'USD',
        reasonCode: 'invoice-refunded',
        explanation: '308.50 USD of the 1,234.00 USD invoice #1 was refunded: 246.80 USD commission × 308.50 / 1,234.00 = 61.70 USD taken back',
      },
    ]);
  });

  describe('a one-off commission on a 10,000.00 deal billed in two invoices of 5,000.00', () => {
    // 20 % of 10,000.00 = 2,000.00, accrued on deal.won with the deal as its basis.
    const oneOff = (reversibleMinor: number) => [prior('e-1', 200000, 1000000, reversibleMinor, null)];

    it('takes back half the commission when one invoice is fully refunded, not all of it', async () => {
      // By the entry's basis: 2,000.00 × 5,000.00 / 10,000.00 = 1,000.00.
      // (By the invoice it would be 2,000.00 × 5,000.00 / 5,000.00 = 2,000.00: everything.)
      expect(await refunded({}, 2, 500000, oneOff(200000), 500000)).toEqual([
        {
          op: 'reverse',
          entryId: 'e-1',
          amountMinor: 100000,
          currency: 'USD',
          reasonCode: 'invoice-refunded',
          explanation:
            '5,000.00 USD of the 5,000.00 USD invoice #2 was refunded: 2,000.00 USD commission × 5,000.00 / 10,000.00 (what it was computed on) = 1,000.00 USD taken back',
        },
      ]);
    });

    it('takes back the other half when the other invoice is refunded too', async () => {
      // 1,000.00 was taken back already, 1,000.00 is left: 2,000.00 × 5,000.00 / 10,000.00 = 1,000.00, all of it.
      expect(await refunded({}, 1, 500000, oneOff(100000), 500000)).toMatchObject([{ entryId: 'e-1', amountMinor: 100000 }]);
    });

    it('caps a refund larger than what is left to reverse', async () => {
      // 1,300.00 already taken back (invoice #1 refunded, 1,000.00, and a 300.00 reversal), 700.00 left.
      // Refunding invoice #2 in full would take back 2,000.00 × 5,000.00 / 10,000.00 = 1,000.00 > 700.00 → 700.00.
      expect(await refunded({}, 2, 500000, oneOff(70000), 500000)).toEqual([
        {
          op: 'reverse',
          entryId: 'e-1',
          amountMinor: 70000,
          currency: 'USD',
          reasonCode: 'invoice-refunded',
          explanation:
            '5,000.00 USD of the 5,000.00 USD invoice #2 was refunded: 2,000.00 USD commission × 5,000.00 / 10,000.00 (what it was computed on) = 1,000.00 USD taken back, capped at the 700.00 USD left to reverse',
        },
      ]);
    });

    it('takes back the refunded share of a flat one-off commission the same way', async () => {
      // Flat 50.00 on the 10,000.00 deal; 1,250.00 of invoice #1 refunded: 50.00 × 1,250.00 / 10,000.00 = 6.25.
      const flat = { mode: 'flat', flatAmounts: { USD: 5000 } } satisfies Settings;
      expect(await refunded(flat, 1, 125000, [prior('e-1', 5000, 1000000, 5000, null)], 500000)).toMatchObject([{ entryId: 'e-1', amountMinor: 625 }]);
    });
  });

  it('takes nothing back from an entry without a basis', async () => {
    // basisMinor 0: there is no part of it a refund could be.
    expect(await refunded({}, 1, 123400, [prior('e-1', 20000, 0, 20000, null)])).toEqual([]);
  });
});

describe('deal.reopened', () => {
  it('reverses everything still reversible of the deal', async () => {
    const ops = await plugin.run('deal.reopened', {
      settings: recurring,
      deal: { title: 'Acme' },
      ledger: { dealEntries: [prior('e-3', 12340, 123400, 12340, 3), prior('e-2', 12340, 123400, 0, 2), prior('e-1', 12340, 123400, 6170, 1)] },
    });
    expect(ops).toEqual([
      {
        op: 'reverse',
        entryId: 'e-3',
        amountMinor: 12340,
        currency: 'USD',
        reasonCode: 'deal-reopened',
        explanation: 'Reopening deal "Acme" takes back 123.40 USD of the commission accrued on 2026-01-10',
      },
      {
        op: 'reverse',
        entryId: 'e-1',
        amountMinor: 6170,
        currency: 'USD',
        reasonCode: 'deal-reopened',
        explanation: 'Reopening deal "Acme" takes back 61.70 USD of the commission accrued on 2026-01-10',
      },
    ]);
  });
});
