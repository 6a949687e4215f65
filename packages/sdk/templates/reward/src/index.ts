/**
 * {{id}}: when a referred customer converts, the customer who referred them gets a credit and
 * the new customer a discount. A plugin is a pure function of its input: no clock, no
 * randomness, no network; money is integers in minor units (cents).
 */
import { API_VERSION, definePlugin, formatMoney, type RewardOperation } from '@dealflow/sdk';

export type RewardSettings = {
  /** Minor units of `currency`: 5000 = 50.00. */
  referrerCreditMinor: number;
  currency: string;
  /** Basis points: 1000 = 10 %. */
  referredDiscountBasisPoints: number;
};

export default definePlugin<RewardSettings>({
  id: '{{id}}',
  version: '0.1.0',
  apiVersion: API_VERSION,
  kind: 'reward',
  name: '{{name}}',
  description: 'A credit for the customer who referred, a discount for the customer they brought.',
  // Dealflow draws the installation's settings form from this schema; `default`s fill the gaps.
  settingsSchema: {
    type: 'object',
    properties: {
      referrerCreditMinor: {
        type: 'integer',
        title: 'Referrer credit',
        description: 'In minor units of the currency (5000 = 50.00); 0 gives none.',
        minimum: 0,
        default: 5000,
      },
      currency: {
        type: 'string',
        title: 'Credit currency',
        description: 'ISO 4217 code, e.g. USD.',
        default: 'USD',
      },
      referredDiscountBasisPoints: {
        type: 'integer',
        title: 'Referred customer discount',
        description: '0 gives none.',
        format: 'basis-points',
        minimum: 0,
        maximum: 10000,
        default: 1000,
      },
    },
    required: ['referrerCreditMinor', 'currency', 'referredDiscountBasisPoints'],
    additionalProperties: false,
  },
  hooks: {
    'referral.converted': ({ event, settings }) => {
      const { referrer, referred } = event.payload;
      const rewards: RewardOperation[] = [];
      if (settings.referrerCreditMinor > 0) {
        rewards.push({
          op: 'reward',
          recipient: { contactId: referrer.contactId },
          type: 'credit',
          value: settings.referrerCreditMinor,
          currency: settings.currency,
          reasonCode: 'referrer-credit',
          explanation: `A ${formatMoney(settings.referrerCreditMinor, settings.currency)} credit for ${referrer.name} for referring ${referred.name}`,
        });
      }
      if (settings.referredDiscountBasisPoints > 0) {
        rewards.push({
          op: 'reward',
          recipient: { contactId: referred.contactId },
          type: 'discount',
          value: settings.referredDiscountBasisPoints,
          reasonCode: 'referred-discount',
          explanation: `A ${settings.referredDiscountBasisPoints / 100} % discount for ${referred.name}, referred by ${referrer.name}`,
        });
      }
      return rewards;
    },
  },
});
