import { assertDate } from '../../common/dates';
import { PartnerEventType, recordBusinessEvent } from '../../events/domain-events';
import { ConflictError, UserInputError } from '../../graphql/errors';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { Partner, PartnerStatus } from '../partners/partner.entity';
import { CommissionPeriod } from './commission-period.entity';

/**
 * Closing a commission period: one `period.closed` event per active partner, on which plugins
 * pay their period-end true-ups (a volume tier reached late in the quarter, say). A period is
 * closed once; closing it again is a CONFLICT rather than a second round of true-ups.
 */
export class CommissionPeriodService {
  async close(ctx: RequestContext, periodStart: string, periodEnd: string): Promise<CommissionPeriod> {
    ctx.requireRole(Role.MANAGER, 'close commission periods');
    assertDate('periodStart', periodStart);
    assertDate('periodEnd', periodEnd);
    if (periodEnd < periodStart) throw new UserInputError('periodEnd', 'The period ends before it starts');
    if (await ctx.data.repo(CommissionPeriod).exists({ periodStart, periodEnd })) {
      throw new ConflictError(`The period ${periodStart} to ${periodEnd} is already closed`);
    }
    const period = await ctx.data.repo(CommissionPeriod).insert({ periodStart, periodEnd, closedById: ctx.userId, closedAt: new Date() });
    for (const partner of await ctx.data.repo(Partner).find({ where: { status: PartnerStatus.ACTIVE } })) {
      await recordBusinessEvent(ctx, PartnerEventType.PERIOD_CLOSED, { id: period.id, ownerId: partner.managerId ?? ctx.userId, dealId: null }, {
        partnerId: partner.id,
        periodStart,
        periodEnd,
      });
    }
    return period;
  }

  list(ctx: RequestContext): Promise<CommissionPeriod[]> {
    return ctx.data.repo(CommissionPeriod).find({ order: { periodEnd: 'DESC' } });
  }
}
