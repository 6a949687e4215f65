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
    /**
     * When it happened, ISO 8601 in UTC: the only clock a plugin has. Inside the sandbox local
     * time is UTC (`getHours()` and `getUTCHours()` agree, `getTimezoneOffset()` is 0, whatever
     * the server's time zone), and the clock is gone: `Date.now()`, `Date()` and `new Date()`
     * throw. Converting works: `new Date(occurredAt)` (or any other value), `Date.parse` and
     * `Date.UTC`.
     */
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

/** What every reward has, whatever its type. */
interface RewardFields {
  op: 'reward';
  recipient: { contactId: string } | { partnerId: string };
  /** Integer, not negative: minor units for credit and cash, basis points for a discount, 1 for a gift. */
  value: number;
  /** What the gift is, e.g. "conference ticket". */
  item?: string;
  reasonCode: string;
  explanation: string;
}

/** A credit or cash: the value is money, so its currency is required. */
interface MoneyReward extends RewardFields {
  type: 'credit' | 'cash';
  /** ISO 4217 currency of the value, e.g. "USD". */
  currency: string;
}

/** A discount (basis points) or a gift (1): no money, so no currency is needed. */
interface NonMoneyReward extends RewardFields {
  type: 'discount' | 'gift';
  /** Optional; when given, the host checks it as a currency all the same. */
  currency?: string;
}

/**
 * A reward, discriminated by `type` as the host's check is: `credit` and `cash` must carry a
 * `currency`, `discount` and `gift` need not. Narrow on `type` to read `currency` as a string.
 */
export type RewardOperation = MoneyReward | NonMoneyReward;

export type Operation = AccrueOperation | ReverseOperation | RewardOperation;

/** JSON values only: settings travel into the sandbox as JSON. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
/**
 * A plugin's settings. Declare a plugin's own settings type with a `type` alias, not an
 * `interface`: `definePlugin<S extends Settings>` needs the index signature, which a type alias
 * of an object literal has implicitly and an interface does not, so
 * `interface MySettings { rate: number }` fails the constraint where
 * `type MySettings = { rate: number }` passes.
 */
export type Settings = { [key: string]: Json };

/**
 * A JSON Schema (draft 2020-12 subset: type, properties, required, enum, oneOf of consts, minimum,
 * maximum, items, default, title, description, format).
 */
export interface SettingsSchema {
  type: 'object';
  properties: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
}

/** One labelled value of a choice: `{ const: 'flat', title: 'A flat amount per deal' }`. */
export interface JsonSchemaChoice {
  const: Json;
  title?: string;
}

export interface JsonSchema {
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';
  title?: string;
  description?: string;
  enum?: Json[];
  /** A choice with labels, the JSON Schema way: the value must be one of the `const`s; the form shows their titles. */
  oneOf?: JsonSchemaChoice[];
  /** On an integer, `basis-points`: the form shows and reads it as a percentage (2000 is 20 %). */
  format?: 'basis-points';
  minimum?: number;
  maximum?: number;
  default?: Json;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
}

/**
 * Limits a manifest may ask for: each a whole number, at least the sandbox's minimum and at most
 * the platform's ceiling (1,100 checks, 10 MB, 1,000 ms). They can only tighten the platform's.
 */
export interface PluginLimits {
  /** Interrupt checks (each about 10,000 bytecode steps) before the run is stopped; at least 1. */
  instructionChecks: number;
  /**
   * The plugin's heap, in bytes: from 1 MB (below it QuickJS cannot even load a plugin)
   * to the platform's 10 MB. Below that ceiling the limit is approximate: QuickJS counts its
   * allocations rather than their exact sizes and can miss bulk ones (`new Array(n).fill(x)`),
   * so a plugin may run out before or after the figure; the ceiling itself is held by a capped
   * WebAssembly memory. The call stack is not a manifest limit: the platform gives 256 kB, and
   * the host may lower it to no less than 64 kB.
   */
  memoryBytes: number;
  /** Wall-clock time for one run, in milliseconds; at least 1. */
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

/**
 * The manifest of a plugin: everything but the code, as the host stores it. `hooks` lists the
 * handled hooks whose names are in `HOOK_NAMES`; any other key is left out here, but the host
 * (`Sandbox.inspect`) refuses a plugin that has one ("hooks has an unknown hook ..."), so an
 * unknown hook name is an error to fix, not a hook that is quietly ignored. In a typed
 * `definePlugin({ ... })` call it is already a type error: `Hooks` has the known names only.
 */
export function manifestOf(plugin: Plugin): Manifest & { hooks: HookName[] } {
  const { hooks, ...manifest } = plugin;
  return { ...manifest, hooks: (Object.keys(hooks) as HookName[]).filter((name) => HOOK_NAMES.includes(name)) };
}
