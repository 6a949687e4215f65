import type { RequestContext } from '../../tenancy/request-context';
import { DealStageChange } from './deal-stage-change.entity';
import type { Deal } from './deal.entity';

/**
 * Records that `deal` has just entered its current stage, coming from `fromStageId` (null on
 * creation). Every command that changes a deal's stage calls this: it feeds cycle length and
 * stage conversion.
 */
export async function recordStageChange(ctx: RequestContext, deal: Deal, fromStageId: string | null): Promise<void> {
  await ctx.data.repo(DealStageChange).insert({
    dealId: deal.id,
    fromStageId,
    toStageId: deal.stageId,
    changedAt: new Date(),
    changedById: ctx.userId,
  });
}
