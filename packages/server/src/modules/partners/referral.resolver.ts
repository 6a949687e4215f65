import { Arg, Args, Authorized, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Command } from '../../graphql/command';
import { ConnectionType, PageArgs, type Connection } from '../../graphql/connection';
import { Session } from '../../graphql/session';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { Contact } from '../contacts/contact.entity';
import { Lead } from '../leads/lead.entity';
import { Partner } from './partner.entity';
import { Referral } from './referral.entity';
import { IssueReferralCodeInput, ReferralFilter } from './referral.inputs';
import { ReferralService } from './referral.service';

@ObjectType({ simpleResolvers: true })
export class ReferralConnection extends ConnectionType(Referral) {}

@Resolver(() => Referral)
export class ReferralResolver {
  constructor(private readonly service: ReferralService) {}

  @Authorized(Role.PARTNER)
  @Query(() => ReferralConnection, { description: 'Referrals, newest first; a partner\'s users see their partner\'s only.' })
  referrals(
    @Session() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ReferralFilter, { nullable: true }) filter?: ReferralFilter,
  ): Promise<Connection<Referral>> {
    return this.service.list(ctx, page, filter ?? {});
  }

  @Authorized()
  @Command(() => Contact, { description: 'Gives a customer a referral code; returns the one they have if they have one.' })
  issueReferralCode(@Session() ctx: RequestContext, @Arg('input') input: IssueReferralCodeInput): Promise<Contact> {
    return this.service.issueCode(ctx, input.contactId);
  }

  // Contacts are the team's: a partner's referrals name no customer, and the portal reads none.
  @Authorized()
  @FieldResolver(() => Contact, { nullable: true, description: 'The customer who referred, for a customer\'s code.' })
  referrer(@Session() ctx: RequestContext, @Root() referral: Referral): Promise<Contact | null> {
    return referral.referrerContactId ? ctx.loader(Contact).load(referral.referrerContactId) : Promise.resolve(null);
  }

  @Authorized()
  @FieldResolver(() => Contact, { nullable: true, description: 'The contact the referred lead became, once converted.' })
  referred(@Session() ctx: RequestContext, @Root() referral: Referral): Promise<Contact | null> {
    return referral.referredContactId ? ctx.loader(Contact).load(referral.referredContactId) : Promise.resolve(null);
  }

  @FieldResolver(() => Lead, { nullable: true, description: 'The lead that arrived with the code.' })
  lead(@Session() ctx: RequestContext, @Root() referral: Referral): Promise<Lead | null> {
    return ctx.loader(Lead).load(referral.leadId);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The partner who referred, for a partner\'s code.' })
  partner(@Session() ctx: RequestContext, @Root() referral: Referral): Promise<Partner | null> {
    return referral.partnerId ? ctx.loader(Partner).load(referral.partnerId) : Promise.resolve(null);
  }
}

/** Adds `Contact.referrals`; it lives here so the contacts module need not know referrals. */
@Resolver(() => Contact)
export class ContactReferralsResolver {
  constructor(private readonly service: ReferralService) {}

  @FieldResolver(() => ReferralConnection, { description: 'The leads this customer referred, newest first.' })
  referrals(@Session() ctx: RequestContext, @Root() contact: Contact, @Args() page: PageArgs): Promise<Connection<Referral>> {
    return this.service.ofContact(ctx, contact.id, page);
  }
}
