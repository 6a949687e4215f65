/**
 * var-margin: a value-added reseller earns a margin on the catalogue products it resells and a
 * share of the services it adds itself (DOMAIN.md §4). Accrued when the deal is won; taken back
 * when the deal is reopened or an invoice is refunded.
 */
import {
  API_VERSION,
  definePlugin,
  type AccrueOperation,
  type DealSnapshot,
  type HookInput,
  type LineItem,
  type PriorEntry,
  type ReverseOperation,
} from '@dealflow/sdk';
import { applyRate, formatAmount, formatMoney, formatRate, mulDivHalfUp } from '@dealflow/sdk';

type VarMarginSettings = {
  productMarginBasisPoints: number;
  servicesShareBasisPoints: number;
  serviceSkuPrefix: string;
  productMargins: { sku: string; basisPoints: number }[];
  holdDays: number;
};

/** The lines one accrual is computed from, with the rate they earn. */
interface Component {
  reasonCode: string;
  /** How the explanation names the basis, e.g. `resold products of deal "Acme"`. */
  label: string;
  basisMinor: number;
  rateBasisPoints: number;
}

export default definePlugin<VarMarginSettings>({
  id: 'var-margin',
  version: '1.1.0',
  apiVersion: API_VERSION,
  kind: 'commission',
  name: 'VAR margin',
  description:
    'A value-added reseller earns a margin on the catalogue products it resells plus a share of its own services, reversed on reopen or refund.',
  settingsSchema: {
    type: 'object',
    properties: {
      productMarginBasisPoints: {
        type: 'integer',
        title: 'Product margin',
        description: 'Margin on resold catalogue products.',
        format: 'basis-points',
        minimum: 0,
        maximum: 10000,
        default: 2000,
      },
      servicesShareBasisPoints: {
        type: 'integer',
        title: 'Services share',
        description: "The partner's share of its own services.",
        format: 'basis-points',
        minimum: 0,
        maximum: 10000,
        default: 8000,
      },
      serviceSkuPrefix: {
        type: 'string',
        title: 'Service SKU prefix',
        description:
          'Lines whose SKU starts with this are services even when they are catalogue products; empty turns it off.',
        default: 'SVC-',
      },
      productMargins: {
        type: 'array',
        title: 'Per-product margins',
        description: 'Margins for specific SKUs, replacing the product margin for those lines.',
        items: {
          type: 'object',
          properties: {
            sku: { type: 'string', title: 'SKU' },
            basisPoints: { type: 'integer', title: 'Margin', format: 'basis-points', minimum: 0, maximum: 10000 },
          },
          required: ['sku', 'basisPoints'],
          additionalProperties: false,
        },
        default: [],
      },
      holdDays: {
        type: 'integer',
        title: 'Hold days',
        description: 'Days before an accrued margin may be approved (the refund window).',
        minimum: 0,
        maximum: 365,
        default: 30,
      },
    },
    required: ['productMarginBasisPoints', 'servicesShareBasisPoints', 'serviceSkuPrefix', 'productMargins', 'holdDays'],
    additionalProperties: false,
  },
  hooks: {
    'deal.won': (input) => {
      const { deal, partner, settings } = input;
      if (!deal || !partner) return [];
      return components(deal, settings)
        .map((component) => accrual(component, deal, partner.id, settings.holdDays))
        .filter((op) => op.amountMinor > 0);
    },
    'deal.reopened': (input) =>
      reversible(input.ledger.dealEntries).map((entry) => ({
        op: 'reverse',
        entryId: entry.id,
        amountMinor: entry.reversibleMinor,
        currency: entry.currency,
        reasonCode: 'deal-reopened',
        explanation: `Reopening ${dealName(input.deal)} takes back ${formatMoney(entry.reversibleMinor, entry.currency)} of the margin accrued on ${entry.occurredAt.slice(0, 10)}`,
      })),
    'invoice.refunded': (input) => refundReversals(input),
  },
});

/** Splits the deal into what earns the product margin, each SKU with its own margin, and the services share. */
function components(deal: DealSnapshot, settings: VarMarginSettings): Component[] {
  const productMargin = { reasonCode: 'product-margin', rateBasisPoints: settings.productMarginBasisPoints };
  // A deal without line items is a plain resale of the product.
  if (deal.lineItems.length === 0) {
    return [{ ...productMargin, label: `${dealName(deal)}, no line items`, basisMinor: deal.amountMinor }];
  }
  const services = deal.lineItems.filter((line) => isService(line, settings.serviceSkuPrefix));
  const products = deal.lineItems.filter((line) => !services.includes(line));
  // Through a Map, so that a SKU listed twice is counted once (the last margin wins).
  const overrides = [...new Map(settings.productMargins.map((override) => [override.sku, override.basisPoints]))].filter(
    ([sku]) => products.some((line) => line.sku === sku),
  );
  const overriddenSkus = new Set(overrides.map(([sku]) => sku));
  return [
    {
      ...productMargin,
      label: `resold products of ${dealName(deal)}`,
      basisMinor: total(products.filter((line) => line.sku === null || !overriddenSkus.has(line.sku))),
    },
    ...overrides.map(([sku, rateBasisPoints]) => ({
      reasonCode: 'product-margin-override',
      label: `${sku} lines of ${dealName(deal)}`,
      basisMinor: total(products.filter((line) => line.sku === sku)),
      rateBasisPoints,
    })),
    {
      reasonCode: 'services-share',
      label: `the partner's services on ${dealName(deal)}`,
      basisMinor: total(services),
      rateBasisPoints: settings.servicesShareBasisPoints,
    },
  ];
}

/** Services are the partner's own work: lines outside the catalogue, or SKUs marked as services. */
function isService(line: LineItem, serviceSkuPrefix: string): boolean {
  const markedAsService = serviceSkuPrefix !== '' && (line.sku ?? '').startsWith(serviceSkuPrefix);
  return line.productId === null || markedAsService;
}

function total(lines: LineItem[]): number {
  return lines.reduce((sum, line) => sum + line.totalMinor, 0);
}

function accrual(component: Component, deal: DealSnapshot, partnerId: string, holdDays: number): AccrueOperation {
  const amountMinor = applyRate(component.basisMinor, component.rateBasisPoints);
  return {
    op: 'accrue',
    payee: { partnerId },
    amountMinor,
    currency: deal.currency,
    basisMinor: component.basisMinor,
    rateBasisPoints: component.rateBasisPoints,
    holdDays,
    reasonCode: component.reasonCode,
    explanation: `${formatRate(component.rateBasisPoints)} of ${formatMoney(component.basisMinor, deal.currency)} (${component.label}) = ${formatMoney(amountMinor, deal.currency)}`,
  };
}

/**
 * A refund takes back the refunded part of each margin entry's basis, not the refunded part of
 * the invoice: a deal may be billed in several invoices. Earned on the whole deal (no line
 * items), an entry gives back amount × refund / basis. Split over the deal's lines, the entries'
 * bases are parts of the deal, and an invoice does not say which lines it billed, so the refund
 * falls on them pro rata: refund × basis / deal amount of each basis, which takes back
 * amount × refund / deal amount. Rounded half up once, never more than is left to reverse; an
 * entry without a basis (a manual adjustment) gives back nothing.
 */
function refundReversals(input: HookInput<'invoice.refunded', VarMarginSettings>): ReverseOperation[] {
  const { invoice, refund } = input.event.payload;
  if (refund.amountMinor <= 0) return [];
  const refunded = `${formatMoney(refund.amountMinor, refund.currency)} of the ${formatMoney(invoice.amountMinor, invoice.currency)} invoice #${invoice.number} was refunded`;
  const deal = input.deal && input.deal.lineItems.length > 0 && input.deal.amountMinor > 0 ? input.deal : null;
  return reversible(input.ledger.dealEntries)
    .filter((entry) => entry.basisMinor > 0)
    .map((entry): ReverseOperation => {
      const whole = deal ? deal.amountMinor : entry.basisMinor;
      const share = mulDivHalfUp(entry.amountMinor, refund.amountMinor, whole);
      const amountMinor = Math.min(share, entry.reversibleMinor);
      const capped = amountMinor < share ? `, capped at the ${formatMoney(amountMinor, entry.currency)} left to reverse` : '';
      const ratio = `${formatAmount(refund.amountMinor, refund.currency)} / ${formatAmount(whole, entry.currency)}${deal ? ' (the whole deal)' : ''}`;
      return {
        op: 'reverse',
        entryId: entry.id,
        amountMinor,
        currency: entry.currency,
        reasonCode: 'invoice-refunded',
        explanation: `${refunded}: ${formatMoney(entry.amountMinor, entry.currency)} margin × ${ratio} = ${formatMoney(share, entry.currency)} taken back${capped}`,
      };
    })
    .filter((op) => op.amountMinor > 0);
}

function reversible(entries: PriorEntry[]): PriorEntry[] {
  return entries.filter((entry) => entry.reversibleMinor > 0);
}

/** The deal as explanations name it; a long title is cut, explanations are capped at 500 characters. */
function dealName(deal: DealSnapshot | null): string {
  if (!deal) return 'the deal';
  const title = deal.title.length > 80 ? `${deal.title.slice(0, 79)}…` : deal.title;
  return `deal "${title}"`;
}
