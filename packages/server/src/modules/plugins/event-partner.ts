import type { OutboxEvent } from '../../events/outbox-event.entity';
import type { RequestContext } from '../../tenancy/request-context';
import { Deal } from '../deals/deal.entity';
import { Lead } from '../leads/lead.entity';
import { DealRegistration } from '../partners/deal-registration.entity';
import { Partner } from '../partners/partner.entity';
import { Referral } from '../partners/referral.entity';

/**
 * The partner an event is credited to: the deal's, else the one it names (a period closed for
 * a partner), the referral's, the registration's or the lead's. Read through the request's loaders, so a batch of events costs a query per kind.
 */
export async function partnerIdOfEvent(ctx: RequestContext, event: OutboxEvent): Promise<string | null> {
  if (event.dealId) {
    const partnerId = (await ctx.loader(Deal).load(event.dealId))?.partnerId;
    if (partnerId) return partnerId;
  }
  const { referralId, partnerId } = JSON.parse(event.payload) as { referralId?: string; partnerId?: string };
  if (partnerId) return (await ctx.loader(Partner).load(partnerId))?.id ?? null;
  if (referralId) return (await ctx.loader(Referral).load(referralId))?.partnerId ?? null;
  if (event.type.startsWith('DealRegistration')) return (await ctx.loader(DealRegistration).load(event.subjectId))?.partnerId ?? null;
  if (event.type.startsWith('Lead')) return (await ctx.loader(Lead).load(event.subjectId))?.partnerId ?? null;
  return null;
}
