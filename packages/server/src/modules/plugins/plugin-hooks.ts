import type { HookName } from '@dealflow/sdk';
import { DealEventType, LeadEventType, PartnerEventType, PaymentEventType } from '../../events/domain-events';

/** Which outbox events plugins run on, and under which hook (ARCHITECTURE.md §7). */
const HOOK_OF_EVENT: Readonly<Record<string, HookName>> = {
  [DealEventType.WON]: 'deal.won',
  [DealEventType.REOPENED]: 'deal.reopened',
  [PaymentEventType.INVOICE_PAID]: 'invoice.paid',
  [PaymentEventType.REFUND_RECORDED]: 'invoice.refunded',
  [PaymentEventType.SUBSCRIPTION_CHURNED]: 'subscription.churned',
  [LeadEventType.CONVERTED]: 'lead.converted',
  [PartnerEventType.REFERRAL_CONVERTED]: 'referral.converted',
  [PartnerEventType.REGISTRATION_SUBMITTED]: 'deal.registered',
  [PartnerEventType.PERIOD_CLOSED]: 'period.closed',
};

export function hookOf(eventType: string): HookName | undefined {
  return HOOK_OF_EVENT[eventType];
}

export const PLUGIN_EVENT_TYPES: readonly string[] = Object.keys(HOOK_OF_EVENT);
