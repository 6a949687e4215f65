import { Arg, Args, Authorized, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Command } from '../../graphql/command';
import { ConnectionType, PageArgs, type Connection } from '../../graphql/connection';
import { Session } from '../../graphql/session';
import { Money } from '../../money/money.graphql';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { Partner } from '../partners/partner.entity';
import { User } from '../users/user.entity';
import { LedgerEntry } from './ledger-entry.entity';
import { Payout } from './payout.entity';
import { IssuePayoutsInput, MarkPayoutPaidInput, PayoutFilter } from './payout.inputs';
import { PayoutService } from './payout.service';

@ObjectType({ simpleResolvers: true })
export class PayoutConnection extends ConnectionType(Payout) {}

@Resolver(() => Payout)
export class PayoutResolver {
  constructor(private readonly service: PayoutService) {}

  @Authorized(Role.PARTNER)
  @Query(() => PayoutConnection, { description: 'Payout statements, newest first. Partners see their own.' })
  payouts(
    @Session() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => PayoutFilter, { nullable: true }) filter?: PayoutFilter,
  ): Promise<Connection<Payout>> {
    return this.service.list(ctx, page, filter ?? {});
  }

  @Authorized(Role.PARTNER)
  @Query(() => Payout, { nullable: true, description: 'One statement. Partners can read only their own.' })
  payout(@Session() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Payout | null> {
    return ctx.loader(Payout).load(id);
  }

  @FieldResolver(() => Money, { description: 'Earnings less reversals.' })
  total(@Root() payout: Payout): Money {
    return Money.of(payout.totalMinor, payout.currency);
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Session() ctx: RequestContext, @Root() payout: Payout): Promise<Partner | null> | null {
    return payout.partnerId ? ctx.loader(Partner).load(payout.partnerId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  payeeUser(@Session() ctx: RequestContext, @Root() payout: Payout): Promise<User | null> | null {
    return payout.payeeUserId ? ctx.loader(User).load(payout.payeeUserId) : null;
  }

  @FieldResolver(() => [LedgerEntry])
  entries(@Session() ctx: RequestContext, @Root() payout: Payout): Promise<LedgerEntry[]> {
    return this.service.entries(ctx, payout);
  }

  @FieldResolver(() => String, { description: 'The statement as CSV (RFC 4180), one line per entry and a total.' })
  csv(@Session() ctx: RequestContext, @Root() payout: Payout): Promise<string> {
    return this.service.csv(ctx, payout);
  }

  @Authorized(Role.MANAGER)
  @Command(() => [Payout], { description: 'One statement per payee and currency with a positive net; their entries become PAID.' })
  issuePayouts(@Session() ctx: RequestContext, @Arg('input') input: IssuePayoutsInput): Promise<Payout[]> {
    return this.service.issue(ctx, input);
  }

  @Authorized(Role.MANAGER)
  @Command(() => Payout)
  markPayoutPaid(@Session() ctx: RequestContext, @Arg('input') input: MarkPayoutPaidInput): Promise<Payout> {
    return this.service.markPaid(ctx, input.id, input.reference);
  }
}
