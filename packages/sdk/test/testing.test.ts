import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, makeInput, PluginRunError, testPlugin, type PluginTester } from '../dist/testing.js';

const COMMISSION = fileURLToPath(new URL('./fixtures/commission.ts', import.meta.url));

describe('makeInput', () => {
  it('gives a complete input with sensible defaults', () => {
    expect(makeInput('deal.won')).toEqual({
      hook: 'deal.won',
      event: { id: 'evt-1', occurredAt: '2026-01-15T12:00:00.000Z', payload: {} },
      deal: { id: 'deal-1', title: 'Acme Corp annual plan', type: 'NEW', amountMinor: 100_000, currency: 'USD', lineItems: [], closedOn: '2026-01-15' },
      partner: { id: 'partner-1', name: 'Partner One', type: 'AFFILIATE', tier: null, groupId: null },
      ledger: { currency: 'USD', trailing90DaysBasisMinor: 0, trailing90DaysAmountMinor: 0, lifetimeAmountMinor: 0, dealEntries: [], convertedReferrals: 0 },
      settings: {},
    });
  });

  it('merges overrides one level deep, and keeps the ledger in the deal currency', () => {
    const input = makeInput(
      'invoice.refunded',
      { deal: { currency: 'EUR' }, partner: null, event: { payload: { refund: { invoiceId: 'invoice-1', amountMinor: 300, currency: 'EUR' } } }, settings: { b: 2 } },
      { a: 1, b: 1 },
    );
    expect(input.deal).toMatchObject({ id: 'deal-1', currency: 'EUR' });
    expect(input.partner).toBeNull();
    expect(input.ledger.currency).toBe('EUR');
    expect(input.event.payload.invoice.number).toBe(1);
    expect(input.event.payload.refund.amountMinor).toBe(300);
    expect(input.settings).toEqual({ a: 1, b: 2 });
  });

  it('has a sample payload for every hook', () => {
    expect(makeInput('referral.converted').event.payload.referred.contactId).toBe('contact-1');
    expect(makeInput('period.closed').event.payload).toEqual({ periodStart: '2025-12-01', periodEnd: '2025-12-31' });
  });
});

describe('testPlugin', () => {
  let plugin: PluginTester;
  beforeAll(async () => {
    plugin = await testPlugin(COMMISSION, { settings: { holdDays: 14 } });
  });
  afterAll(() => plugin.close());

  it('exposes the manifest and the bundle', () => {
    expect(plugin.manifest).toMatchObject({ id: 'fixture-commission', limits: { wallClockMs: 500 }, hooks: ['deal.won', 'invoice.refunded'] });
    expect(defaultSettings(plugin.manifest.settingsSchema)).toEqual({ rateBasisPoints: 1000, holdDays: 30 });
    expect(plugin.bundle).toContain('__dealflowPlugin');
  });

  it('runs a hook with schema defaults, then the tester settings, then the run settings', async () => {
    expect(await plugin.run('deal.won')).toEqual([
      {
        op: 'accrue',
        payee: { partnerId: 'partner-1' },
        amountMinor: 10_000,
        currency: 'USD',
        basisMinor: 100_000,
        rateBasisPoints: 1000,
        holdDays: 14,
        reasonCode: 'base-rate',
        explanation: "10 % of the deal's 1000 USD",
      },
    ]);
    const [operation] = await plugin.run('deal.won', { deal: { amountMinor: 50_000 }, settings: { rateBasisPoints: 250 } });
    expect(operation).toMatchObject({ amountMinor: 1250, rateBasisPoints: 250 });
  });

  it('runs reversals from the ledger', async () => {
    const entry = {
      id: 'entry-1',
      hook: 'deal.won' as const,
      amountMinor: 10_000,
      basisMinor: 100_000,
      currency: 'USD',
      reversibleMinor: 4000,
      invoiceNumber: null,
      occurredAt: '2026-01-01T00:00:00.000Z',
    };
    const operations = await plugin.run('invoice.refunded', { ledger: { dealEntries: [entry] } });
    expect(operations).toEqual([
      { op: 'reverse', entryId: 'entry-1', amountMinor: 4000, currency: 'USD', reasonCode: 'refund', explanation: 'Refund of invoice 1' },
    ]);
  });

  it('gives the raw result with logs and hashes', async () => {
    const result = await plugin.runRaw('deal.won');
    expect(result).toMatchObject({ ok: true, logs: 'deal deal-1: 10000 USD' });
  });

  it('throws a PluginRunError with the reason when a run fails', async () => {
    const failing = plugin.run('lead.converted');
    await expect(failing).rejects.toBeInstanceOf(PluginRunError);
    await expect(failing).rejects.toMatchObject({ reason: 'invalid-output', message: expect.stringContaining('does not handle the hook "lead.converted"') });
  });
});
