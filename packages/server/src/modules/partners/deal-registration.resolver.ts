import { Arg, Args, Authorized, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Command } from '../../graphql/command';
import { ConnectionType, PageArgs, type Connection } from '../../graphql/connection';
import { Session } from '../../graphql/session';
import { Money } from '../../money/money.graphql';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { Deal } from '../deals/deal.entity';
import { User } from '../users/user.entity';
import { DealRegistration, RegistrationStatus } from './deal-registration.entity';
import {
  ApproveDealRegistrationInput,
  DealRegistrationFilter,
  RejectDealRegistrationInput,
  SubmitDealRegistrationInput,
} from './deal-registration.inputs';
import { DealRegistrationService, effectiveStatus } from './deal-registration.service';
import { Partner } from './partner.entity';
import { RegistrationConflict } from './registration-conflicts';

@ObjectType({ simpleResolvers: true })
export class DealRegistrationConnection extends ConnectionType(DealRegistration) {}

/** Partners' users list, read and submit their own registrations; managers decide them. */
@Resolver(() => DealRegistration)
export class DealRegistrationResolver {
  constructor(private readonly service: DealRegistrationService) {}

  @Authorized(Role.PARTNER)
  @Query(() => DealRegistrationConnection, { description: 'Deal registrations, newest first; a partner\'s users see their partner\'s only.' })
  dealRegistrations(
    @Session() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => DealRegistrationFilter, { nullable: true }) filter?: DealRegistrationFilter,
  ): Promise<Connection<DealRegistration>> {
    return this.service.list(ctx, page, filter ?? {});
  }

  @Authorized(Role.PARTNER)
  @Query(() => DealRegistration, { nullable: true })
  dealRegistration(@Session() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<DealRegistration | null> {
    return ctx.loader(DealRegistration).load(id);
  }

  @FieldResolver(() => RegistrationStatus, { description: 'A pending registration past expiresAt is EXPIRED.' })
  status(@Root() registration: DealRegistration): RegistrationStatus {
    return effectiveStatus(registration);
  }

  @FieldResolver(() => Money)
  amount(@Root() registration: DealRegistration): Money {
    return Money.of(registration.amountMinor, registration.currency);
  }

  @FieldResolver(() => [RegistrationConflict], { description: 'Found at submission; the partner sees them without the records\' ids.' })
  conflicts(@Session() ctx: RequestContext, @Root() registration: DealRegistration): RegistrationConflict[] {
    const conflicts = JSON.parse(registration.conflicts) as RegistrationConflict[];
    return ctx.partnerId ? conflicts.map((conflict) => ({ ...conflict, dealId: null, registrationId: null })) : conflicts;
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Session() ctx: RequestContext, @Root() registration: DealRegistration): Promise<Partner | null> {
    return ctx.loader(Partner).load(registration.partnerId);
  }

  @FieldResolver(() => User, { nullable: true })
  submittedBy(@Session() ctx: RequestContext, @Root() registration: DealRegistration): Promise<User | null> {
    return ctx.loader(User).load(registration.submittedById);
  }

  @FieldResolver(() => User, { nullable: true })
  decidedBy(@Session() ctx: RequestContext, @Root() registration: DealRegistration): Promise<User | null> {
    return registration.decidedById ? ctx.loader(User).load(registration.decidedById) : Promise.resolve(null);
  }

  @FieldResolver(() => Deal, { nullable: true, description: 'The deal opened on approval.' })
  deal(@Session() ctx: RequestContext, @Root() registration: DealRegistration): Promise<Deal | null> {
    return registration.dealId ? ctx.loader(Deal).load(registration.dealId) : Promise.resolve(null);
  }

  @Authorized(Role.PARTNER)
  @Command(() => DealRegistration, { description: 'Registers an opportunity for an active partner; conflicts are found now.' })
  submitDealRegistration(@Session() ctx: RequestContext, @Arg('input') input: SubmitDealRegistrationInput): Promise<DealRegistration> {
    return this.service.submit(ctx, input);
  }

  @Authorized(Role.MANAGER)
  @Command(() => DealRegistration, { description: 'Approves a pending registration: opens a deal credited to the partner.' })
  approveDealRegistration(@Session() ctx: RequestContext, @Arg('input') input: ApproveDealRegistrationInput): Promise<DealRegistration> {
    return this.service.approve(ctx, input);
  }

  @Authorized(Role.MANAGER)
  @Command(() => DealRegistration, { description: 'Rejects a pending registration with a reason the partner reads.' })
  rejectDealRegistration(@Session() ctx: RequestContext, @Arg('input') input: RejectDealRegistrationInput): Promise<DealRegistration> {
    return this.service.reject(ctx, input);
  }
}
