/**
 * THE PLUGIN CONTRACT: what a partner plugin receives and what it may answer. Plugins are pure
 * functions of their input (ARCHITECTURE.md §7); the host validates every operation before it
 * touches the ledger. Amounts are integers in minor units (cents) with an ISO 4217 currency,
 * never floats; JSON carries them as numbers, so they must be safe integers.
 */

/** The contract version a plugin is written against; the host refuses others. */
export const API_VERSION = 1;

export type PluginKind = 'commission' | 'reward';
export type PartnerType = 'VAR' | 'AFFILIATE' | 'RESELLER' | 'REFERRAL' | 'BIZDEV';
export type DealType = 'NEW' | 'UPSELL' | 'CROSS_SELL' | 'RENEWAL';

export interface LineItem {
  /** The catalogue product, when the line is one. */
  productId: string | null;
  sku: string | null;
  name: string;
  quantity: number;
  unitPriceMinor: number;
  /** Discount in basis points (1/100 of a percent): 1250 is 12.5 %. */
  discountBasisPoints: number;
  /** quantity × unit price less the discount, rounded half up to a minor unit. */
  totalMinor: number;
}

/** The deal as it was when the event happened. */
export interface DealSnapshot {
  id: string;
  title: string;
  type: DealType;
  amountMinor: number;
  currency: string;
  lineItems: LineItem[];
  /** The day it was won (tenant's calendar), when it was. */
  closedOn: string | null;
}

export interface PartnerSnapshot {
  id: string;
  name: string;
  type: PartnerType;
  /** The partner's tier within its program, e.g. "gold"; free text set by the tenant. */
  tier: string | null;
  groupId: string | null;
}

/** The payee's prior ledger totals in the event's currency, for tiers and caps. */
export interface LedgerTotals {
  currency: string;
  /** Sum of the basis of the payee's entries accrued in the 90 days before the event. */
  trailing90DaysBasisMinor: number;
  /** Sum of the amounts accrued in the 90 days before the event (net of reversals). */
  trailing90DaysAmountMinor: number;
  /** Lifetime amount accrued (net of reversals). */
  lifetimeAmountMinor: number;
  /** Earlier entries for this deal, newest first: what a refund or churn may reverse. */
  dealEntries: PriorEntry[];
  /** How many referrals of this referrer have converted before this one. */
  convertedReferrals: number;
}

export interface PriorEntry {
  id: string;
  hook: HookName;
  amountMinor: number;
  /** What it was computed from: a refund of part of that basis takes back the same part. */
  basisMinor: number;
  currency: string;
  /** What is left to reverse: amount less the reversals already linked to it. */
  reversibleMinor: number;
  /** For recurring commissions: which invoice (1-based) of the subscription paid it. */
  invoiceNumber: number | null;
  occurredAt: string;
}

export interface Invoice {
  id: string;
  /** 1 for the first invoice of a subscription, 2 for the second, ... */
  number: number;
  amountMinor: number;
  currency: string;
  paidAt: string;
}

export interface Refund {
  invoiceId: string;
  amountMinor: number;
  currency: string;
}

export interface Customer {
  contactId: string;
  name: string;
  email: string | null;
}

/** What each hook's event carries besides id and time. */
export interface HookPayloads {
  'deal.won': Record<string, never>;
  'deal.reopened': Record<string, never>;
  'invoice.paid': { invoice: Invoice };
  'invoice.refunded': { invoice: Invoice; refund: Refund };
  'subscription.churned': { lastInvoice: Invoice | null };
  'lead.converted': { leadId: string; customer: Customer };
  'referral.converted': { referralId: string; referrer: Customer; referred: Customer };
  'deal.registered': { registrationId: string; organizationName: string; conflicts: string[] };
  'period.closed': { periodStart: string; periodEnd: string };
}

export type HookName = keyof HookPayloads;
export const HOOK_NAMES = [
  'deal.won',
  'deal.reopened',
  'invoice.paid',
  'invoice.refunded',
  'subscription.churned',
  'lead.converted',
  'referral.converted',
  'deal.registered',
  'period.closed',
] as const satisfies readonly HookName[];

export interface HookInput<H extends HookName = HookName, S = Settings> {
  hook: H;
  event: {
    id: string;
    /** When it happened, ISO 8601 in UTC: the only clock a plugin has. */
    occurredAt: string;
    payload: HookPayloads[H];
  };
  /** Null for hooks not about a deal (a referral converting before any deal). */
  deal: DealSnapshot | null;
  partner: PartnerSnapshot | null;
  ledger: LedgerTotals;
  settings: S;
}

/** Who is paid: a partner, or one of the tenant's users (reps are paid by the same engine). */
export type Payee = { partnerId: string } | { userId: string };

export interface AccrueOperation {
  op: 'accrue' | 'adjust';
  payee: Payee;
  /** Integer minor units; negative only for `adjust`. */
  amountMinor: number;
  currency: string;
  /** What the amount was computed from (e.g. the invoice total), same currency. */
  basisMinor: number;
  /** The rate applied, in basis points (1000 = 10 %), or null for a flat amount. */
  rateBasisPoints: number | null;
  /** Days before the entry may be approved; the host uses the larger of this and the group's. */
  holdDays?: number;
  /** A short machine-readable code, e.g. "tier-2", "recurring-month-3". */
  reasonCode: string;
  /** One sentence a partner can read: how the amount came about. */
  explanation: string;
}

export interface ReverseOperation {
  op: 'reverse';
  /** The entry to reverse (from `ledger.dealEntries`). */
  entryId: string;
  /** Positive: how much of it to take back; never more than its `reversibleMinor`. */
  amountMinor: number;
  currency: string;
  reasonCode: string;
  explanation: string;
}

export type RewardType = 'discount' | 'credit' | 'gift' | 'cash';

export interface RewardOperation {
  op: 'reward';
  recipient: { contactId: string } | { partnerId: string };
  type: RewardType;
  /** Integer: minor units for credit and cash, basis points for a discount, 1 for a gift. */
  value: number;
  /** Currency of a credit or cash value. */
  currency?: string;
  /** What the gift is, e.g. "conference ticket". */
  item?: string;
  reasonCode: string;
  explanation: string;
}

export type Operation = AccrueOperation | ReverseOperation | RewardOperation;

/** JSON values only: settings travel into the sandbox as JSON. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Settings = { [key: string]: Json };

/** A JSON Schema (draft 2020-12 subset: type, properties, required, enum, minimum, maximum, items, default, title, description). */
export interface SettingsSchema {
  type: 'object';
  properties: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
}

export interface JsonSchema {
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';
  title?: string;
  description?: string;
  enum?: Json[];
  minimum?: number;
  maximum?: number;
  default?: Json;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
}

export interface PluginLimits {
  /** Interrupt checks (each about 10,000 bytecode steps) before the run is stopped. */
  instructionChecks: number;
  memoryBytes: number;
  wallClockMs: number;
}

export interface Manifest<S extends Settings = Settings> {
  /** Lower-case, dashes: "affiliate-commission". */
  id: string;
  /** Semver; a published version never changes. */
  version: string;
  apiVersion: typeof API_VERSION;
  kind: PluginKind;
  name: string;
  description?: string;
  settingsSchema: SettingsSchema;
  /** Tighter limits than the platform's, if the author wants them. */
  limits?: Partial<PluginLimits>;
  /** Present only to carry the settings type; never set it. */
  readonly settingsType?: S;
}

export type Hook<H extends HookName, S> = (input: HookInput<H, S>) => Operation[];
export type Hooks<S> = { [H in HookName]?: Hook<H, S> };

export interface Plugin<S extends Settings = Settings> extends Manifest<S> {
  hooks: Hooks<S>;
}

/**
 * Declares a plugin. It returns its argument unchanged: its use is the types, so that every
 * hook's input and every operation are checked where they are written.
 */
export function definePlugin<S extends Settings>(plugin: Plugin<S>): Plugin<S> {
  return plugin;
}

/** The manifest of a plugin: everything but the code, as the host stores it. */
export function manifestOf(plugin: Plugin): Manifest & { hooks: HookName[] } {
  const { hooks, ...manifest } = plugin;
  return { ...manifest, hooks: (Object.keys(hooks) as HookName[]).filter((name) => HOOK_NAMES.includes(name)) };
}
