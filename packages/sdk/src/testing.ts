/**
 * `@dealflow/sdk/testing`: run a plugin in the same sandbox, with the same limits, as the host.
 *
 *   const plugin = await testPlugin('src/index.ts', { settings: { rateBasisPoints: 1000 } });
 *   expect(await plugin.run('deal.won', { deal: { amountMinor: 50_000 } })).toEqual([...]);
 *   await plugin.close();
 */
import { bundlePlugin } from './bundle.js';
import type {
  DealSnapshot,
  HookInput,
  HookName,
  HookPayloads,
  Invoice,
  LedgerTotals,
  Operation,
  PartnerSnapshot,
  Settings,
  SettingsSchema,
} from './plugin.js';
import { Sandbox, type FailureReason, type PluginManifest, type RunFailure, type RunResult } from './sandbox/index.js';

/**
 * What to change in the default input of makeInput. Objects merge one level deep (`deal`,
 * `partner`, `ledger`, `settings`, `event` and its `payload`); null replaces; arrays replace.
 */
export interface InputOverrides<H extends HookName = HookName> {
  event?: { id?: string; occurredAt?: string; payload?: Partial<HookPayloads[H]> };
  deal?: Partial<DealSnapshot> | null;
  partner?: Partial<PartnerSnapshot> | null;
  ledger?: Partial<LedgerTotals>;
  settings?: Settings;
}

export interface PluginTester {
  manifest: PluginManifest;
  bundle: string;
  /** Runs one hook in the real sandbox; resolves to its operations, or rejects with a PluginRunError. */
  run<H extends HookName>(hook: H, input?: InputOverrides<H>): Promise<Operation[]>;
  /** Like run, but resolves to the sandbox's whole result, failures included. */
  runRaw<H extends HookName>(hook: H, input?: InputOverrides<H>): Promise<RunResult>;
  close(): Promise<void>;
}

/** A run that failed: `reason` says how, `message` in words, `logs` what the plugin logged. */
export class PluginRunError extends Error {
  readonly reason: FailureReason;
  readonly logs: string;

  constructor(result: RunFailure) {
    super(result.message);
    this.name = 'PluginRunError';
    this.reason = result.reason;
    this.logs = result.logs;
  }
}

/**
 * Bundles the plugin as the host will, checks its manifest, and returns a tester whose runs
 * use the settings' schema defaults, then `options.settings`, then each run's `settings`.
 */
export async function testPlugin(entryFile: string, options: { settings?: Settings } = {}): Promise<PluginTester> {
  const bundle = await bundlePlugin(entryFile);
  const sandbox = new Sandbox({ workers: 1 });
  try {
    const manifest = await sandbox.inspect(bundle);
    const settings = { ...defaultSettings(manifest.settingsSchema), ...options.settings };
    const runRaw = <H extends HookName>(hook: H, input?: InputOverrides<H>): Promise<RunResult> =>
      sandbox.run(bundle, hook, makeInput(hook, input, settings), manifest.limits);
    return {
      manifest,
      bundle,
      runRaw,
      async run(hook, input) {
        const result = await runRaw(hook, input);
        if (!result.ok) throw new PluginRunError(result);
        return result.operations;
      },
      close: () => sandbox.close(),
    };
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}

/** The `default` of each setting that declares one. */
export function defaultSettings(schema: SettingsSchema): Settings {
  const settings: Settings = {};
  for (const [name, property] of Object.entries(schema.properties)) {
    if (property.default !== undefined) settings[name] = property.default;
  }
  return settings;
}

const OCCURRED_AT = '2026-01-15T12:00:00.000Z';
const CURRENCY = 'USD';

const DEFAULT_DEAL: DealSnapshot = {
  id: 'deal-1',
  title: 'Acme Corp annual plan',
  type: 'NEW',
  amountMinor: 100_000,
  currency: CURRENCY,
  lineItems: [],
  closedOn: '2026-01-15',
};

const DEFAULT_PARTNER: PartnerSnapshot = { id: 'partner-1', name: 'Partner One', type: 'AFFILIATE', tier: null, groupId: null };

const INVOICE: Invoice = { id: 'invoice-1', number: 1, amountMinor: 100_000, currency: CURRENCY, paidAt: OCCURRED_AT };
const ADA = { contactId: 'contact-1', name: 'Ada Customer', email: 'ada@example.com' };
const GRACE = { contactId: 'contact-2', name: 'Grace Referrer', email: 'grace@example.com' };

const DEFAULT_PAYLOADS: { [H in HookName]: HookPayloads[H] } = {
  'deal.won': {},
  'deal.reopened': {},
  'invoice.paid': { invoice: INVOICE },
  'invoice.refunded': { invoice: INVOICE, refund: { invoiceId: INVOICE.id, amountMinor: INVOICE.amountMinor, currency: CURRENCY } },
  'subscription.churned': { lastInvoice: INVOICE },
  'lead.converted': { leadId: 'lead-1', customer: ADA },
  'referral.converted': { referralId: 'referral-1', referrer: GRACE, referred: ADA },
  'deal.registered': { registrationId: 'registration-1', organizationName: 'Acme Corp', conflicts: [] },
  'period.closed': { periodStart: '2025-12-01', periodEnd: '2025-12-31' },
};

/**
 * A complete input for the hook: event "evt-1" at 2026-01-15T12:00Z with the hook's sample
 * payload, a 1,000.00 USD new-business deal without line items, the AFFILIATE partner
 * "partner-1", empty ledger totals in the deal's currency, then the overrides.
 */
export function makeInput<H extends HookName>(hook: H, overrides: InputOverrides<H> = {}, settings: Settings = {}): HookInput<H> {
  const deal = overrides.deal === null ? null : { ...DEFAULT_DEAL, ...overrides.deal };
  const partner = overrides.partner === null ? null : { ...DEFAULT_PARTNER, ...overrides.partner };
  return {
    hook,
    event: {
      id: overrides.event?.id ?? 'evt-1',
      occurredAt: overrides.event?.occurredAt ?? OCCURRED_AT,
      payload: { ...DEFAULT_PAYLOADS[hook], ...overrides.event?.payload } as HookPayloads[H],
    },
    deal,
    partner,
    ledger: { ...emptyLedger(deal?.currency ?? CURRENCY), ...overrides.ledger },
    settings: { ...settings, ...overrides.settings },
  };
}

function emptyLedger(currency: string): LedgerTotals {
  return {
    currency,
    trailing90DaysBasisMinor: 0,
    trailing90DaysAmountMinor: 0,
    lifetimeAmountMinor: 0,
    dealEntries: [],
    convertedReferrals: 0,
  };
}
