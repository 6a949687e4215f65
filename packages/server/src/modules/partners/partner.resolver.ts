import { Arg, Args, Authorized, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Command } from '../../graphql/command';
import { ConnectionType, PageArgs, type Connection } from '../../graphql/connection';
import { IdInput } from '../../graphql/id-input';
import { Session } from '../../graphql/session';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { User } from '../users/user.entity';
import { InvitePayload } from '../users/user.inputs';
import { PartnerGroup } from './partner-group.entity';
import { Partner } from './partner.entity';
import { CreatePartnerInput, InvitePartnerUserInput, PartnerFilter, PartnerOrderBy, UpdatePartnerInput } from './partner.inputs';
import { PartnerService } from './partner.service';

@ObjectType({ simpleResolvers: true })
export class PartnerConnection extends ConnectionType(Partner) {}

/** Partners as the team manages them; `myPartner` is the portal's view of the caller's own. */
@Resolver(() => Partner)
export class PartnerResolver {
  constructor(private readonly service: PartnerService) {}

  @Authorized()
  @Query(() => PartnerConnection, { description: 'Partners; by name unless ordered otherwise.' })
  partners(
    @Session() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => PartnerFilter, { nullable: true }) filter?: PartnerFilter,
    @Arg('orderBy', () => PartnerOrderBy, { nullable: true }) orderBy?: PartnerOrderBy,
  ): Promise<Connection<Partner>> {
    return this.service.list(ctx, page, filter ?? {}, orderBy);
  }

  @Authorized()
  @Query(() => Partner, { nullable: true })
  partner(@Session() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Partner | null> {
    return ctx.loader(Partner).load(id);
  }

  @Authorized(Role.PARTNER)
  @Query(() => Partner, { nullable: true, description: 'The partner you act for (partner portal); null for the team.' })
  myPartner(@Session() ctx: RequestContext): Promise<Partner | null> {
    return ctx.partnerId ? ctx.loader(Partner).load(ctx.partnerId) : Promise.resolve(null);
  }

  // The team's side of a partner: its program, channel manager and users are not the portal's to read.
  @Authorized()
  @FieldResolver(() => PartnerGroup, { nullable: true })
  group(@Session() ctx: RequestContext, @Root() partner: Partner): Promise<PartnerGroup | null> {
    return partner.groupId ? ctx.loader(PartnerGroup).load(partner.groupId) : Promise.resolve(null);
  }

  @Authorized()
  @FieldResolver(() => User, { nullable: true, description: 'The channel manager who looks after this partner.' })
  manager(@Session() ctx: RequestContext, @Root() partner: Partner): Promise<User | null> {
    return partner.managerId ? ctx.loader(User).load(partner.managerId) : Promise.resolve(null);
  }

  @Authorized()
  @FieldResolver(() => [User], { description: 'The partner\'s people with access to the partner portal.' })
  users(@Session() ctx: RequestContext, @Root() partner: Partner): Promise<User[]> {
    return this.service.usersOf(ctx, partner.id);
  }

  @Authorized(Role.MANAGER)
  @Command(() => Partner, { description: 'Adds a partner with a new referral code.' })
  createPartner(@Session() ctx: RequestContext, @Arg('input') input: CreatePartnerInput): Promise<Partner> {
    return this.service.create(ctx, input);
  }

  @Authorized(Role.MANAGER)
  @Command(() => Partner, { description: 'Changes details or status; partners are suspended, not deleted.' })
  updatePartner(@Session() ctx: RequestContext, @Arg('input') input: UpdatePartnerInput): Promise<Partner> {
    return this.service.update(ctx, input);
  }

  @Authorized(Role.MANAGER)
  @Command(() => Partner, { description: 'Gives the partner a new referral code; the old one stops working.' })
  regeneratePartnerReferralCode(@Session() ctx: RequestContext, @Arg('input') input: IdInput): Promise<Partner> {
    return this.service.regenerateReferralCode(ctx, input.id);
  }

  @Authorized(Role.MANAGER)
  @Command(() => InvitePayload, { description: 'Invites a person to the partner portal as a user of this partner.' })
  invitePartnerUser(@Session() ctx: RequestContext, @Arg('input') input: InvitePartnerUserInput): Promise<InvitePayload> {
    return this.service.inviteUser(ctx, input);
  }
}
