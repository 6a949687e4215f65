import { Arg, Authorized, Field, InputType, Query, Resolver } from 'type-graphql';
import { Command } from '../../graphql/command';
import { Session } from '../../graphql/session';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { CommissionPeriod } from './commission-period.entity';
import { CommissionPeriodService } from './commission-period.service';

@InputType()
export class CommissionPeriodInput {
  @Field(() => String, { description: 'First day of the period (YYYY-MM-DD).' })
  periodStart: string;

  @Field(() => String, { description: 'Last day of the period (YYYY-MM-DD).' })
  periodEnd: string;
}

@Resolver(() => CommissionPeriod)
export class CommissionPeriodResolver {
  constructor(private readonly service: CommissionPeriodService) {}

  @Authorized(Role.MANAGER)
  @Query(() => [CommissionPeriod], { description: 'Closed commission periods, latest first.' })
  commissionPeriods(@Session() ctx: RequestContext): Promise<CommissionPeriod[]> {
    return this.service.list(ctx);
  }

  @Authorized(Role.MANAGER)
  @Command(() => CommissionPeriod, { description: 'Closes a period: every active partner\'s plugins run their period.closed true-ups, once.' })
  closeCommissionPeriod(@Session() ctx: RequestContext, @Arg('input') input: CommissionPeriodInput): Promise<CommissionPeriod> {
    return this.service.close(ctx, input.periodStart, input.periodEnd);
  }
}
