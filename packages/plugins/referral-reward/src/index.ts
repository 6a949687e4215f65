/**
 * referral-reward: double-sided customer referrals (DOMAIN.md §4). When a referred customer
 * converts, the referrer and the referred customer each get a credit or a discount, and every
 * N-th conversion of a referrer also earns a gift.
 */
import { API_VERSION, definePlugin, type Customer, type JsonSchema, type RewardOperation } from '@dealflow/sdk';
import { formatMoney, formatRate } from '@dealflow/sdk';

type Reward = { type: 'credit' | 'discount'; value: number };

type ReferralSettings = {
  referrerReward: Reward;
  referredReward: Reward;
  currency: string;
  giftAfter: number;
  giftItem: string;
  perLeadCash: number;
};

export default definePlugin<ReferralSettings>({
  id: 'referral-reward',
  version: '1.1.0',
  apiVersion: API_VERSION,
  kind: 'reward',
  name: 'Referral reward',
  description:
    'Double-sided customer referrals: a credit or discount for the referrer and for the referred customer, and a gift every N conversions.',
  settingsSchema: {
    type: 'object',
    properties: {
      referrerReward: rewardSchema('Referrer reward', 'What the customer who referred gets.', { type: 'credit', value: 5000 }),
      referredReward: rewardSchema('Referred customer reward', 'What the new customer gets.', { type: 'discount', value: 1000 }),
      currency: {
        type: 'string',
        title: 'Credit currency',
        description: 'ISO 4217 currency of credits and cash.',
        default: 'USD',
      },
      giftAfter: {
        type: 'integer',
        title: 'Gift every N referrals',
        description: "A gift each time the referrer's converted referrals reach a multiple of N; 0 turns gifts off.",
        minimum: 0,
        maximum: 1000,
        default: 3,
      },
      giftItem: {
        type: 'string',
        title: 'Gift',
        description: 'What the gift is.',
        default: 'Dealflow swag box',
      },
      perLeadCash: {
        type: 'integer',
        title: 'Cash per converted lead',
        description: 'Minor units of cash paid to the partner who brought a lead that converts; 0 pays nothing.',
        minimum: 0,
        default: 0,
      },
    },
    required: ['referrerReward', 'referredReward', 'currency', 'giftAfter', 'giftItem', 'perLeadCash'],
    additionalProperties: false,
  },
  hooks: {
    'referral.converted': (input) => {
      const { referrer, referred } = input.event.payload;
      const { settings } = input;
      const referrals = input.ledger.convertedReferrals + 1;
      const rewards = [
        reward(referrer, settings.referrerReward, settings.currency, 'referrer', `for referring ${clip(referred.name)}`),
        reward(referred, settings.referredReward, settings.currency, 'referred', `for joining on ${clip(referrer.name)}'s referral`),
        settings.giftAfter > 0 && referrals % settings.giftAfter === 0 ? gift(referrer, referrals, settings) : null,
      ];
      return rewards.filter((op) => op !== null);
    },
    'lead.converted': (input) => {
      const { partner, settings } = input;
      if (!partner || settings.perLeadCash <= 0) return [];
      return [
        {
          op: 'reward',
          recipient: { partnerId: partner.id },
          type: 'cash',
          value: settings.perLeadCash,
          currency: settings.currency,
          reasonCode: 'lead-converted',
          explanation: `${formatMoney(settings.perLeadCash, settings.currency)} to ${clip(partner.name)} for bringing ${clip(input.event.payload.customer.name)}, who became a customer`,
        },
      ];
    },
  },
});

function rewardSchema(title: string, description: string, example: Reward): JsonSchema {
  return {
    type: 'object',
    title,
    description: `${description} A credit is in minor units of the credit currency; a discount in basis points (1000 = 10 %).`,
    properties: {
      type: {
        type: 'string',
        title: 'Reward',
        oneOf: [
          { const: 'credit', title: 'A credit (value in minor units of the currency)' },
          { const: 'discount', title: 'A discount (value in basis points)' },
        ],
      },
      value: { type: 'integer', title: 'Value', minimum: 0 },
    },
    required: ['type', 'value'],
    additionalProperties: false,
    default: example,
  };
}

/** One side's reward; nothing when it is worth nothing. */
function reward(
  customer: Customer,
  { type, value }: Reward,
  currency: string,
  side: 'referrer' | 'referred',
  reason: string,
): RewardOperation | null {
  if (value <= 0) return null;
  const fields = { recipient: { contactId: customer.contactId }, value, reasonCode: `${side}-${type}` };
  // A credit is money and carries its currency; a discount (basis points) has none.
  return type === 'credit'
    ? { op: 'reward', type, currency, ...fields, explanation: `A ${formatMoney(value, currency)} credit for ${clip(customer.name)} ${reason}` }
    : { op: 'reward', type, ...fields, explanation: `A ${formatRate(value)} discount for ${clip(customer.name)} ${reason}` };
}

function gift(referrer: Customer, referrals: number, settings: ReferralSettings): RewardOperation {
  return {
    op: 'reward',
    recipient: { contactId: referrer.contactId },
    type: 'gift',
    value: 1,
    item: settings.giftItem,
    reasonCode: `gift-after-${referrals}`,
    explanation: `${clip(settings.giftItem)} for ${clip(referrer.name)}: ${referrals} converted referrals, one gift every ${settings.giftAfter}`,
  };
}

/** A name as explanations show it: cut when long, explanations are capped at 500 characters. */
function clip(name: string): string {
  return name.length > 80 ? `${name.slice(0, 79)}…` : name;
}
