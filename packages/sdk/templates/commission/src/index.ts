/**
 * {{id}}: partners earn a percentage of the deals they bring in (a lower one on renewals), and
 * give back the same share of any refund. A plugin is a pure function of its input: no clock,
 * no randomness, no network; money is integers in minor units (cents).
 */
import { API_VERSION, applyRate, definePlugin, formatMoney, formatRate, mulDivHalfUp, type DealSnapshot } from '@dealflow/sdk';

export type CommissionSettings = {
  /** Basis points: 1000 = 10 %. */
  rateBasisPoints: number;
  renewalRateBasisPoints: number;
  holdDays: number;
};

export default definePlugin<CommissionSettings>({
  id: '{{id}}',
  version: '0.1.0',
  apiVersion: API_VERSION,
  kind: 'commission',
  name: '{{name}}',
  description: 'A percentage of won deals (a lower one on renewals), taken back in proportion on refunds.',
  // Dealflow draws the installation's settings form from this schema; `default`s fill the gaps.
  settingsSchema: {
    type: 'object',
    properties: {
      rateBasisPoints: {
        type: 'integer',
        title: 'Rate',
        description: 'On new business, upsells and cross-sells.',
        // Shown and typed as a percentage in the form; the plugin gets basis points (1000 = 10 %).
        format: 'basis-points',
        minimum: 0,
        maximum: 10000,
        default: 1000,
      },
      renewalRateBasisPoints: {
        type: 'integer',
        title: 'Renewal rate',
        description: 'On renewals.',
        format: 'basis-points',
        minimum: 0,
        maximum: 10000,
        default: 500,
      },
      holdDays: {
        type: 'integer',
        title: 'Hold days',
        description: 'Days before a commission may be approved: the refund window.',
        minimum: 0,
        maximum: 365,
        default: 30,
      },
    },
    required: ['rateBasisPoints', 'renewalRateBasisPoints', 'holdDays'],
    additionalProperties: false,
  },
  hooks: {
    'deal.won': ({ deal, partner, settings }) => {
      if (!deal || !partner) return [];
      const renewal = deal.type === 'RENEWAL';
      const rateBasisPoints = renewal ? settings.renewalRateBasisPoints : settings.rateBasisPoints;
      const amountMinor = applyRate(deal.amountMinor, rateBasisPoints);
      if (amountMinor <= 0) return [];
      return [
        {
          op: 'accrue',
          payee: { partnerId: partner.id },
          amountMinor,
          currency: deal.currency,
          basisMinor: deal.amountMinor,
          rateBasisPoints,
          holdDays: settings.holdDays,
          reasonCode: renewal ? 'renewal' : 'new-business',
          explanation: `${formatRate(rateBasisPoints)} of ${formatMoney(deal.amountMinor, deal.currency)} ${dealName(deal)} = ${formatMoney(amountMinor, deal.currency)}`,
        },
      ];
    },
    'invoice.refunded': ({ event, ledger }) => {
      const { invoice, refund } = event.payload;
      // The commission this deal earned, as long as some of it is left to take back.
      const entry = ledger.dealEntries.find((prior) => prior.hook === 'deal.won' && prior.reversibleMinor > 0);
      if (!entry || entry.basisMinor <= 0) return [];
      // The refunded share of what the commission was computed on takes back the same share of it.
      const share = mulDivHalfUp(entry.amountMinor, refund.amountMinor, entry.basisMinor);
      const amountMinor = Math.min(share, entry.reversibleMinor);
      if (amountMinor <= 0) return [];
      return [
        {
          op: 'reverse',
          entryId: entry.id,
          amountMinor,
          currency: entry.currency,
          reasonCode: 'refund',
          explanation: `${formatMoney(refund.amountMinor, refund.currency)} of the ${formatMoney(invoice.amountMinor, invoice.currency)} invoice was refunded: ${formatMoney(amountMinor, entry.currency)} of the ${formatMoney(entry.amountMinor, entry.currency)} commission is taken back`,
        },
      ];
    },
  },
});

function dealName(deal: DealSnapshot): string {
  return `deal "${deal.title.length > 80 ? `${deal.title.slice(0, 79)}…` : deal.title}"`;
}
