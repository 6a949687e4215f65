import { fileURLToPath } from 'node:url';
import type { LineItem, PriorEntry } from '@dealflow/sdk';
import { defaultSettings, testPlugin, type PluginTester } from '@dealflow/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The plugin bundled and evaluated in the QuickJS sandbox, as the host runs it. */
let plugin: PluginTester;
beforeAll(async () => {
  plugin = await testPlugin(fileURLToPath(new URL('../src/index.ts', import.meta.url)));
});
afterAll(() => plugin.close());

const partner = { id: 'var-1', name: 'Northwind Integrators', type: 'VAR' } as const;

function line(totalMinor: number, productId: string | null, sku: string | null): LineItem {
  return { productId, sku, name: sku ?? 'Custom work', quantity: 1, unitPriceMinor: totalMinor, discountBasisPoints: 0, totalMinor };
}

/** An earlier margin entry, accrued on deal.won from `basisMinor`. */
function prior(id: string, amountMinor: number, basisMinor: number, reversibleMinor: number, currency = 'USD'): PriorEntry {
  return { id, hook: 'deal.won', amountMinor, basisMinor, currency, reversibleMinor, invoiceNumber: null, occurredAt: '2026-01-10T09:00:00.000Z' };
}

describe('var-margin manifest', () => {
  it('declares the commission hooks it handles', () => {
    const { manifest } = plugin;
    expect(manifest).toMatchObject({ id: 'var-margin', version: '1.1.0', apiVersion: 1, kind: 'commission' });
    expect([...manifest.hooks].sort()).toEqual(['deal.reopened', 'deal.won', 'invoice.refunded']);
  });

  it('declares a default for every setting', () => {
    expect(defaultSettings(plugin.manifest.settingsSchema)).toEqual({
      productMarginBasisPoints: 2000,
      servicesShareBasisPoints: 8000,
      serviceSkuPrefix: 'SVC-',
      productMargins: [],
      holdDays: 30,
    });
  });
});

describe('deal.won', () => {
  it('pays the product margin on the deal amount when the deal has no line items', async () => {
    const ops = await plugin.run('deal.won', { partner, deal: { title: 'Acme', amountMinor: 100000, lineItems: [] } });
    expect(ops).toEqual([
      {
        op: 'accrue',
        payee: { partnerId: 'var-1' },
        amountMinor: 20000, // 20 % of 1,000.00 = 200.00 → 20000
        currency: 'USD',
        basisMinor: 100000,
        rateBasisPoints: 2000,
        holdDays: 30,
        reasonCode: 'product-margin',
        explanation: '20 % of 1,000.00 USD (deal "Acme", no line items) = 200.00 USD',
      },
    ]);
  });

  it('splits products, per-SKU overrides and services into one accrual each', async () => {
    const settings = {
      productMargins: [
        { sku: 'CRM-PRO', basisPoints: 1250 },
        { sku: 'NOT-ON-THE-DEAL', basisPoints: 5000 },
      ],
    };
    const lineItems = [
      line(1234500, 'p-seats', 'CRM-SEATS'), // product, default margin
      line(500004, 'p-pro', 'CRM-PRO'), // product, overridden margin
      line(250000, null, null), // service: not in the catalogue
      line(99999, 'p-migration', 'SVC-MIGRATION'), // service: SKU prefix
      line(10001, 'p-addon', null), // product without SKU, default margin
    ];
    const ops = await plugin.run('deal.won', { settings, partner, deal: { title: 'Acme rollout', amountMinor: 2094504, lineItems } });
    expect(ops.map((op) => op.op === 'accrue' && [op.reasonCode, op.basisMinor, op.rateBasisPoints, op.amountMinor])).toEqual([
      // 12,345.00 + 100.01 = 12,445.01; 20 % = 2,489.002 → 2,489.00
      ['product-margin', 1244501, 2000, 248900],
      // 12.5 % of 5,000.04 = 625.005 → rounds half up to 625.01
      ['product-margin-override', 500004, 1250, 62501],
      // 2,500.00 + 999.99 = 3,499.99; 80 % = 2,799.992 → 2,799.99
      ['services-share', 349999, 8000, 279999],
    ]);
    expect(ops.map((op) => op.explanation)).toEqual([
      '20 % of 12,445.01 USD (resold products of deal "Acme rollout") = 2,489.00 USD',
      '12.5 % of 5,000.04 USD (CRM-PRO lines of deal "Acme rollout") = 625.01 USD',
      "80 % of 3,499.99 USD (the partner's services on deal \"Acme rollout\") = 2,799.99 USD",
    ]);
  });

  it('leaves out a component with nothing to pay, and uses the hold days setting', async () => {
    // With the prefix turned off, a catalogue SKU starting "SVC-" is a product like any other.
    const lineItems = [line(300000, 'p-seats', 'CRM-SEATS'), line(45000, 'p-migration', 'SVC-MIGRATION')];
    const ops = await plugin.run('deal.won', { settings: { holdDays: 45, serviceSkuPrefix: '' }, partner, deal: { lineItems } });
    // 20 % of (3,000.00 + 450.00) = 690.00 → 69000
    expect(ops).toMatchObject([{ reasonCode: 'product-margin', basisMinor: 345000, amountMinor: 69000, holdDays: 45 }]);
  });

  it('pays in the deal currency, formatted by its decimals (EUR 2, JPY 0, KWD 3)', async () => {
    const eur = await plugin.run('deal.won', { partner, deal: { title: 'Berlin', amountMinor: 845000, currency: 'EUR' } });
    // 20 % of 8,450.00 = 1,690.00 → 169000
    expect(eur).toMatchObject([{ amountMinor: 169000, currency: 'EUR', explanation: '20 % of 8,450.00 EUR (deal "Berlin", no line items) = 1,690.00 EUR' }]);
    const jpy = await plugin.run('deal.won', { partner, deal: { title: 'Tokyo', amountMinor: 1234567, currency: 'JPY' } });
    // 20 % of 1,234,567 yen = 246,913.4 → 246,913
    expect(jpy).toMatchObject([{ amountMinor: 246913, currency: 'JPY', explanation: '20 % of 1,234,567 JPY (deal "Tokyo", no line items) = 246,913 JPY' }]);
    const kwd = await plugin.run('deal.won', { partner, deal: { title: 'Kuwait', amountMinor: 1234567, currency: 'KWD' } });
    // 20 % of 1,234.567 KWD = 246.9134 → 246.913
    expect(kwd).toMatchObject([{ amountMinor: 246913, currency: 'KWD', explanation: '20 % of 1,234.567 KWD (deal "Kuwait", no line items) = 246.913 KWD' }]);
  });
  it('cuts a long deal title so that the explanation stays within the 500 characters allowed', async () => {
    const [op] = await plugin.run('deal.won', { partner, deal: { title: 'x'.repeat(600) } });
    expect(op?.explanation).toBe(`20 % of 1,000.00 USD (deal "${'x'.repeat(79)}…", no line items) = 200.00 USD`);
  });
});

describe('deal.reopened', () => {
  it('reverses what is left of every entry of the deal', async () => {
    const ops = await plugin.run('deal.reopened', {
      partner,
      deal: { title: 'Berlin', currency: 'EUR' },
      ledger: { dealEntries: [prior('e-2', 279999, 349999, 180000, 'EUR'), prior('e-1', 248900, 1244501, 0, 'EUR')] },
    });
    // e-1 has been reversed already (nothing left); e-2 has 1,800.00 of 2,799.99 left.
    expect(ops).toEqual([
      {
        op: 'reverse',
        entryId: 'e-2',
        amountMinor: 180000,
        currency: 'EUR',
        reasonCode: 'deal-reopened',
        explanation: 'Reopening deal "Berlin" takes back 1,800.00 EUR of the margin accrued on 2026-01-10',
      },
    ]);
  });
});

describe('invoice.refunded', () => {
  const invoice = { id: 'inv-1', number: 1, amountMinor: 100000, currency: 'USD', paidAt: '2026-01-20T10:00:00.000Z' };
  const refunded = (amountMinor: number, refundedInvoice = invoice) => ({
    invoice: refundedInvoice,
    refund: { invoiceId: refundedInvoice.id, amountMinor, currency: 'USD' },
  });

  it('takes back every entry in full on a full refund of a deal invoiced once', async () => {
    // A 1,000.00 deal: products 750.00 at 20 % = 150.00, services 250.00 at 80 % = 200.00.
    // The refund is the whole deal: 150.00 × 1,000.00 / 1,000.00 and 200.00 × 1,000.00 / 1,000.00.
    const ops = await plugin.run('invoice.refunded', {
      partner,
      deal: { amountMinor: 100000, lineItems: [line(75000, 'p-seats', 'CRM-SEATS'), line(25000, null, null)] },
      event: { payload: refunded(100000) },
      ledger: { dealEntries: [prior('e-2', 20000, 25000, 20000), prior('e-1', 15000, 75000, 15000)] },
    });
    expect(ops.map((op) => op.op === 'reverse' && [op.entryId, op.amountMinor])).toEqual([
      ['e-2', 20000],
      ['e-1', 15000],
    ]);
  });

  it('takes back the refunded share, rounded half up', async () => {
    const ops = await plugin.run('invoice.refunded', {
      partner,
      event: { payload: refunded(50000) },
      ledger: { dealEntries: [prior('e-1', 25001, 100000, 25001)] },
    });
    // Earned on the whole 1,000.00 deal (no line items): 250.01 × 500.00 / 1,000.00 = 125.005 → 125.01
    expect(ops).toEqual([
      {
        op: 'reverse',
        entryId: 'e-1',
        amountMinor: 12501,
        currency: 'USD',
        reasonCode: 'invoice-refunded',
        explanation: '500.00 USD of the 1,000.00 USD invoice #1 was refunded: 250.01 USD margin × 500.00 / 1,000.00 = 125.01 USD taken back',
      },
    ]);
  });

  it('never takes back more than is left to reverse', async () => {
    const ops = await plugin.run('invoice.refunded', {
      partner,
      event: { payload: refunded(100000) },
      ledger: { dealEntries: [prior('e-1', 20000, 100000, 5000), prior('e-0', 3000, 15000, 0)] },
    });
    // A full refund would take back 200.00, but only 50.00 is left; e-0 has nothing left.
    expect(ops).toMatchObject([
      {
        entryId: 'e-1',
        amountMinor: 5000,
        explanation: '1,000.00 USD of the 1,000.00 USD invoice #1 was refunded: 200.00 USD margin × 1,000.00 / 1,000.00 = 200.00 USD taken back, capped at the 50.00 USD left to reverse',
      },
    ]);
  });

  it('has nothing to take back when the deal earned nothing', async () => {
    expect(await plugin.run('invoice.refunded', { partner, event: { payload: refunded(100000) }, ledger: { dealEntries: [] } })).toEqual([]);
  });

  it('takes nothing back from an entry without a basis', async () => {
    // basisMinor 0 (a manual adjustment): there is no part of it a refund could be.
    const ops = await plugin.run('invoice.refunded', { partner, event: { payload: refunded(100000) }, ledger: { dealEntries: [prior('e-1', 5000, 0, 5000)] } });
    expect(ops).toEqual([]);
  });

  describe('a 10,000.00 deal billed in two invoices of 5,000.00', () => {
    const secondInvoice = { id: 'inv-2', number: 2, amountMinor: 500000, currency: 'USD', paidAt: '2026-02-20T10:00:00.000Z' };

    it('takes back half the margin when one invoice is fully refunded, not all of it', async () => {
      // No line items: 20 % of 10,000.00 = 2,000.00 on the whole deal.
      // By the entry's basis: 2,000.00 × 5,000.00 / 10,000.00 = 1,000.00.
      // (By the invoice it would be 2,000.00 × 5,000.00 / 5,000.00 = 2,000.00: everything.)
      const ops = await plugin.run('invoice.refunded', {
        partner,
        deal: { amountMinor: 1000000, lineItems: [] },
        event: { payload: refunded(500000, secondInvoice) },
        ledger: { dealEntries: [prior('e-1', 200000, 1000000, 200000)] },
      });
      expect(ops).toEqual([
        {
          op: 'reverse',
          entryId: 'e-1',
          amountMinor: 100000,
          currency: 'USD',
          reasonCode: 'invoice-refunded',
          explanation: '5,000.00 USD of the 5,000.00 USD invoice #2 was refunded: 2,000.00 USD margin × 5,000.00 / 10,000.00 = 1,000.00 USD taken back',
        },
      ]);
    });

    it('spreads the refund over the lines, taking back half of every component', async () => {
      // Products 6,000.00 at 20 % = 1,200.00; services 4,000.00 at 80 % = 3,200.00.
      // Half the deal is refunded, so half of each basis: 3,000.00 of the products, 2,000.00 of the services.
      // 1,200.00 × 5,000.00 / 10,000.00 = 600.00; 3,200.00 × 5,000.00 / 10,000.00 = 1,600.00.
      // (Each on its own basis alone: 1,200.00 × 5,000.00 / 6,000.00 = 1,000.00 and
      // 3,200.00 × 5,000.00 / 4,000.00 = 4,000.00, capped to 3,200.00: far more than half.)
      const ops = await plugin.run('invoice.refunded', {
        partner,
        deal: { amountMinor: 1000000, lineItems: [line(600000, 'p-seats', 'CRM-SEATS'), line(400000, null, null)] },
        event: { payload: refunded(500000, secondInvoice) },
        ledger: { dealEntries: [prior('e-2', 320000, 400000, 320000), prior('e-1', 120000, 600000, 120000)] },
      });
      expect(ops.map((op) => op.op === 'reverse' && [op.entryId, op.amountMinor])).toEqual([
        ['e-2', 160000],
        ['e-1', 60000],
      ]);
      expect(ops[1]?.explanation).toBe(
        '5,000.00 USD of the 5,000.00 USD invoice #2 was refunded: 1,200.00 USD margin × 5,000.00 / 10,000.00 (the whole deal) = 600.00 USD taken back',
      );
    });

    it('caps a refund larger than what is left to reverse', async () => {
      // 2,000.00 margin, 1,300.00 already taken back (invoice #1 refunded: 1,000.00, and a 300.00 reversal), 700.00 left.
      // Refunding invoice #2 in full would take back 2,000.00 × 5,000.00 / 10,000.00 = 1,000.00 > 700.00 → 700.00.
      const ops = await plugin.run('invoice.refunded', {
        partner,
        deal: { amountMinor: 1000000, lineItems: [] },
        event: { payload: refunded(500000, secondInvoice) },
        ledger: { dealEntries: [prior('e-1', 200000, 1000000, 70000)] },
      });
      expect(ops).toEqual([
        {
          op: 'reverse',
          entryId: 'e-1',
          amountMinor: 70000,
          currency: 'USD',
          reasonCode: 'invoice-refunded',
          explanation:
            '5,000.00 USD of the 5,000.00 USD invoice #2 was refunded: 2,000.00 USD margin × 5,000.00 / 10,000.00 = 1,000.00 USD taken back, capped at the 700.00 USD left to reverse',
        },
      ]);
    });
  });
});
