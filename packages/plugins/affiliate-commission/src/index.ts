/**
 * affiliate-commission: affiliates, resellers and referral partners earn a percentage (tiered by
 * their trailing 90-day volume) or a flat amount, once per won deal or on each paid invoice of a
 * subscription for a number of months; refunds and reopened deals take it back.
 */
import {
  API_VERSION,
  definePlugin,
  type AccrueOperation,
  type DealSnapshot,
  type HookInput,
  type PriorEntry,
  type ReverseOperation,
} from '@dealflow/sdk';
import { applyRate, formatAmount, formatMoney, formatRate, mulDivHalfUp } from '@dealflow/sdk';

type Tier = { fromBasisMinor: number; rateBasisPoints: number };

type AffiliateSettings = {
  mode: 'percentage' | 'flat';
  rateBasisPoints: number;
  /** Minor units per ISO 4217 currency, e.g. { "USD": 5000, "EUR": 4500 }. */
  flatAmounts: { [currency: string]: number };
  tiers: Tier[];
  commissionOn: 'deal' | 'invoices';
  recurringMonths: number;
  holdDays: number;
};

/** What a commission is computed from: the won deal, or one paid invoice of its subscription. */
interface Basis {
  amountMinor: number;
  currency: string;
  /** How the explanation names it, e.g. `invoice #3 of 12`. */
  label: string;
  /** Starts the reason code: "one-off" or "recurring-month-3". */
  reasonCode: string;
}

export default definePlugin<AffiliateSettings>({
  id: 'affiliate-commission',
  version: '1.1.0',
  apiVersion: API_VERSION,
  kind: 'commission',
  name: 'Affiliate commission',
  description:
    'Affiliates, resellers and referral partners earn a percentage (optionally tiered by trailing volume) or a flat amount, one-off per deal or recurring per invoice, reversed on refund.',
  settingsSchema: {
    type: 'object',
    properties: {
      mode: {
        type: 'string',
        title: 'Mode',
        description: 'A percentage of the basis, or a flat amount per deal or invoice.',
        oneOf: [
          { const: 'percentage', title: 'A percentage of the basis' },
          { const: 'flat', title: 'A flat amount per deal or invoice' },
        ],
        default: 'percentage',
      },
      rateBasisPoints: {
        type: 'integer',
        title: 'Rate',
        description: 'Percentage mode: the rate below the first tier.',
        format: 'basis-points',
        minimum: 0,
        maximum: 10000,
        default: 2000,
      },
      flatAmounts: {
        type: 'object',
        title: 'Flat amounts',
        description:
          'Flat mode: minor units per currency, e.g. { "USD": 5000, "EUR": 4500 }. A currency not listed earns nothing.',
        default: {},
      },
      tiers: {
        type: 'array',
        title: 'Volume tiers',
        description:
          "Percentage mode: the highest tier whose threshold the partner's trailing 90-day basis reaches sets the rate.",
        items: {
          type: 'object',
          properties: {
            fromBasisMinor: { type: 'integer', title: 'From trailing 90-day basis (minor units)', minimum: 0 },
            rateBasisPoints: { type: 'integer', title: 'Rate', format: 'basis-points', minimum: 0, maximum: 10000 },
          },
          required: ['fromBasisMinor', 'rateBasisPoints'],
          additionalProperties: false,
        },
        default: [],
      },
      commissionOn: {
        type: 'string',
        title: 'Commission on',
        description: 'Invoices: for as many months as Recurring months says.',
        oneOf: [
          { const: 'deal', title: "Once, on the won deal's amount" },
          { const: 'invoices', title: 'On every paid invoice' },
        ],
        default: 'deal',
      },
      recurringMonths: {
        type: 'integer',
        title: 'Recurring months',
        description: 'Invoices mode: invoices 1 to N earn a commission; 0 pays for as long as the subscription runs.',
        minimum: 0,
        maximum: 120,
        default: 12,
      },
      holdDays: {
        type: 'integer',
        title: 'Hold days',
        description: 'Days before an accrued commission may be approved (the refund window).',
        minimum: 0,
        maximum: 365,
        default: 30,
      },
    },
    required: ['mode', 'rateBasisPoints', 'flatAmounts', 'tiers', 'commissionOn', 'recurringMonths', 'holdDays'],
    additionalProperties: false,
  },
  hooks: {
    'deal.won': (input) => {
      const { deal, settings } = input;
      if (!deal || settings.commissionOn !== 'deal') return [];
      return commission(input, {
        amountMinor: deal.amountMinor,
        currency: deal.currency,
        label: dealName(deal),
        reasonCode: 'one-off',
      });
    },
    'invoice.paid': (input) => {
      const { invoice } = input.event.payload;
      const { commissionOn, recurringMonths } = input.settings;
      const forever = recurringMonths === 0;
      if (commissionOn !== 'invoices' || (!forever && invoice.number > recurringMonths)) return [];
      return commission(input, {
        amountMinor: invoice.amountMinor,
        currency: invoice.currency,
        label: forever ? `invoice #${invoice.number}` : `invoice #${invoice.number} of ${recurringMonths}`,
        reasonCode: `recurring-month-${invoice.number}`,
      });
    },
    'invoice.refunded': (input) => refundReversal(input),
    'deal.reopened': (input) =>
      input.ledger.dealEntries
        .filter((entry) => entry.reversibleMinor > 0)
        .map((entry) => ({
          op: 'reverse',
          entryId: entry.id,
          amountMinor: entry.reversibleMinor,
          currency: entry.currency,
          reasonCode: 'deal-reopened',
          explanation: `Reopening ${dealName(input.deal)} takes back ${formatMoney(entry.reversibleMinor, entry.currency)} of the commission accrued on ${entry.occurredAt.slice(0, 10)}`,
        })),
    // Invoices already paid were earned: churn takes nothing back; later invoices simply never
    // arrive, so the recurring commission stops by itself.
    'subscription.churned': () => [],
  },
});

function commission(input: HookInput<'deal.won' | 'invoice.paid', AffiliateSettings>, basis: Basis): AccrueOperation[] {
  const { partner, settings } = input;
  if (!partner) return [];
  const accrual = settings.mode === 'flat' ? flatAccrual(basis, settings) : percentageAccrual(basis, input);
  return accrual ? [{ op: 'accrue', payee: { partnerId: partner.id }, holdDays: settings.holdDays, ...accrual }] : [];
}

type Accrual = Pick<AccrueOperation, 'amountMinor' | 'currency' | 'basisMinor' | 'rateBasisPoints' | 'reasonCode' | 'explanation'>;

/** A currency without a flat amount earns nothing: there is no amount to explain. */
function flatAccrual(basis: Basis, settings: AffiliateSettings): Accrual | null {
  const amountMinor = settings.flatAmounts[basis.currency];
  if (amountMinor === undefined || amountMinor <= 0) return null;
  return {
    amountMinor,
    currency: basis.currency,
    basisMinor: basis.amountMinor,
    rateBasisPoints: null,
    reasonCode: `${basis.reasonCode}-flat`,
    explanation: `Flat ${formatMoney(amountMinor, basis.currency)} for the ${formatMoney(basis.amountMinor, basis.currency)} ${basis.label}`,
  };
}

function percentageAccrual(basis: Basis, input: HookInput<'deal.won' | 'invoice.paid', AffiliateSettings>): Accrual | null {
  const volume = input.ledger.trailing90DaysBasisMinor;
  const tier = reachedTier(input.settings.tiers, volume);
  const rateBasisPoints = tier ? tier.rateBasisPoints : input.settings.rateBasisPoints;
  const amountMinor = applyRate(basis.amountMinor, rateBasisPoints);
  if (amountMinor <= 0) return null;
  const tierText = tier
    ? ` (tier ${tier.number}: trailing 90-day volume ${formatMoney(volume, basis.currency)} ≥ ${formatMoney(tier.fromBasisMinor, basis.currency)})`
    : '';
  return {
    amountMinor,
    currency: basis.currency,
    basisMinor: basis.amountMinor,
    rateBasisPoints,
    reasonCode: tier ? `${basis.reasonCode}-tier-${tier.number}` : basis.reasonCode,
    explanation: `${formatRate(rateBasisPoints)}${tierText} of ${formatMoney(basis.amountMinor, basis.currency)} ${basis.label} = ${formatMoney(amountMinor, basis.currency)}`,
  };
}

/** The highest tier whose threshold the volume reaches, numbered from 1 in threshold order; none below the first. */
function reachedTier(tiers: Tier[], volume: number): (Tier & { number: number }) | null {
  const ordered = [...tiers].sort((a, b) => a.fromBasisMinor - b.fromBasisMinor);
  const number = ordered.filter((tier) => tier.fromBasisMinor <= volume).length;
  const tier = ordered[number - 1];
  return tier ? { ...tier, number } : null;
}

/**
 * Takes back the refunded share of the entry the invoice paid for: the invoice's own entry when
 * commissions are recurring, the deal's when it is one-off. The share is taken of the entry's
 * basis, not of the invoice: amount × refund / basis, rounded half up, never more than is left
 * to reverse. A one-off commission on a deal billed in several invoices thus gives back only the
 * refunded part of the deal; a recurring entry's basis is its invoice. No entry, or an entry
 * without a basis, nothing to take back.
 */
function refundReversal(input: HookInput<'invoice.refunded', AffiliateSettings>): ReverseOperation[] {
  const { invoice, refund } = input.event.payload;
  const entry = input.ledger.dealEntries.find((prior) => paidFor(prior, invoice.number, input.settings));
  if (!entry || entry.basisMinor <= 0 || refund.amountMinor <= 0) return [];
  const share = mulDivHalfUp(entry.amountMinor, refund.amountMinor, entry.basisMinor);
  const amountMinor = Math.min(share, entry.reversibleMinor);
  if (amountMinor <= 0) return [];
  const capped = amountMinor < share ? `, capped at the ${formatMoney(amountMinor, entry.currency)} left to reverse` : '';
  // Named only when it is not the invoice itself, which it is for a recurring commission.
  const basis = entry.basisMinor === invoice.amountMinor ? '' : ' (what it was computed on)';
  const ratio = `${formatAmount(refund.amountMinor, refund.currency)} / ${formatAmount(entry.basisMinor, entry.currency)}${basis}`;
  return [
    {
      op: 'reverse',
      entryId: entry.id,
      amountMinor,
      currency: entry.currency,
      reasonCode: 'invoice-refunded',
      explanation: `${formatMoney(refund.amountMinor, refund.currency)} of the ${formatMoney(invoice.amountMinor, invoice.currency)} invoice #${invoice.number} was refunded: ${formatMoney(entry.amountMinor, entry.currency)} commission × ${ratio} = ${formatMoney(share, entry.currency)} taken back${capped}`,
    },
  ];
}

function paidFor(entry: PriorEntry, invoiceNumber: number, settings: AffiliateSettings): boolean {
  return settings.commissionOn === 'invoices' ? entry.invoiceNumber === invoiceNumber : entry.hook === 'deal.won';
}

/** The deal as explanations name it; a long title is cut, explanations are capped at 500 characters. */
function dealName(deal: DealSnapshot | null): string {
  if (!deal) return 'the deal';
  const title = deal.title.length > 80 ? `${deal.title.slice(0, 79)}…` : deal.title;
  return `deal "${title}"`;
}
