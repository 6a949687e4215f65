import { Arg, Args, Authorized, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Command } from '../../graphql/command';
import { PageArgs, type Connection } from '../../graphql/connection';
import { Session } from '../../graphql/session';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { Deal } from '../deals/deal.entity';
import { DealConnection } from '../deals/deal.resolver';
import { Lead } from '../leads/lead.entity';
import { User } from '../users/user.entity';
import { Attribution } from './attribution';
import { SetDealAttributionInput, SetLeadAttributionInput } from './attribution.inputs';
import { AttributionService } from './attribution.service';
import { Partner } from './partner.entity';

@Resolver(() => Attribution)
export class AttributionResolver {
  @FieldResolver(() => Partner, { nullable: true })
  partner(@Session() ctx: RequestContext, @Root() attribution: Attribution): Promise<Partner | null> {
    return ctx.loader(Partner).load(attribution.partnerId);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who credited it: the person for MANUAL, the approver for REGISTRATION; null for REFERRAL_CODE (the code did).',
  })
  attributedBy(@Session() ctx: RequestContext, @Root() attribution: Attribution): Promise<User | null> {
    return attribution.attributedById ? ctx.loader(User).load(attribution.attributedById) : Promise.resolve(null);
  }
}

/** Adds `Deal.attribution` and the portal's deals; they live here so the deals module need not know partners. */
@Resolver(() => Deal)
export class DealAttributionResolver {
  constructor(private readonly service: AttributionService) {}

  @Authorized(Role.PARTNER)
  @Query(() => DealConnection, { description: 'Deals credited to partners, newest first; a partner\'s users see their partner\'s only.' })
  partnerDeals(@Session() ctx: RequestContext, @Args() page: PageArgs): Promise<Connection<Deal>> {
    return this.service.creditedDeals(ctx, page);
  }

  @FieldResolver(() => Attribution, { nullable: true, description: 'The partner this deal is credited to; null for none.' })
  attribution(@Root() deal: Deal): Attribution | null {
    return Attribution.of(deal);
  }

  @Authorized(Role.MANAGER)
  @Command(() => Deal, { description: 'Credits the deal to a partner (source MANUAL), or clears the credit.' })
  setDealAttribution(@Session() ctx: RequestContext, @Arg('input') input: SetDealAttributionInput): Promise<Deal> {
    return this.service.setForDeal(ctx, input);
  }
}

/** Adds `Lead.attribution`; it lives here so the leads module need not know partners. */
@Resolver(() => Lead)
export class LeadAttributionResolver {
  constructor(private readonly service: AttributionService) {}

  @FieldResolver(() => Attribution, { nullable: true, description: 'The partner this lead is credited to; null for none.' })
  attribution(@Root() lead: Lead): Attribution | null {
    return Attribution.of(lead);
  }

  @Authorized(Role.MANAGER)
  @Command(() => Lead, { description: 'Credits the lead to a partner (source MANUAL), or clears the credit.' })
  setLeadAttribution(@Session() ctx: RequestContext, @Arg('input') input: SetLeadAttributionInput): Promise<Lead> {
    return this.service.setForLead(ctx, input);
  }
}
