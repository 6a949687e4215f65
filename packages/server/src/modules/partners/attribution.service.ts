import { DealEventType, recordDealEvent } from '../../events/domain-events';
import { SortDirection, paginate, type Connection, type PageArgs } from '../../graphql/connection';
import type { RequestContext } from '../../tenancy/request-context';
import { Deal } from '../deals/deal.entity';
import { Lead } from '../leads/lead.entity';
import { AttributionSource, NO_CREDIT, assertCreditable, type Credited } from './attribution';
import type { SetDealAttributionInput, SetLeadAttributionInput } from './attribution.inputs';
import { Partner } from './partner.entity';

/** Crediting a deal or lead to a partner by hand (registrations and referral codes do it themselves). */
export class AttributionService {
  /** Deals credited to a partner, newest first: for a partner's user, their own (the tenancy layer's limit). */
  creditedDeals(ctx: RequestContext, page: PageArgs): Promise<Connection<Deal>> {
    const query = ctx.data.repo(Deal).select('d').andWhere('d.partnerId IS NOT NULL');
    return paginate(query, 'd', page, { property: 'id', type: 'string' }, SortDirection.DESC);
  }

  async setForDeal(ctx: RequestContext, input: SetDealAttributionInput): Promise<Deal> {
    const deal = await ctx.data.repo(Deal).getById(input.dealId, 'Deal', 'dealId');
    const credit = await this.manualCredit(ctx, input.partnerId);
    const updated = await ctx.data.repo(Deal).update(deal, credit, input.version ?? undefined);
    // Boards hold the deal's version: without the event their next move of it would be refused.
    await recordDealEvent(ctx, DealEventType.UPDATED, updated, { changed: ['attribution'] });
    return updated;
  }

  async setForLead(ctx: RequestContext, input: SetLeadAttributionInput): Promise<Lead> {
    const lead = await ctx.data.repo(Lead).getById(input.leadId, 'Lead', 'leadId');
    return ctx.data.repo(Lead).update(lead, await this.manualCredit(ctx, input.partnerId), input.version ?? undefined);
  }

  /** Credit to the caller's choice of partner, signed by them; or, without a partner, none. */
  private async manualCredit(ctx: RequestContext, partnerId: string | null | undefined): Promise<Credited> {
    if (!partnerId) return NO_CREDIT;
    const partner = await ctx.data.repo(Partner).getById(partnerId, 'Partner', 'partnerId');
    assertCreditable(partner, 'partnerId');
    return { partnerId: partner.id, attributionSource: AttributionSource.MANUAL, attributedById: ctx.userId, attributedAt: new Date() };
  }
}
