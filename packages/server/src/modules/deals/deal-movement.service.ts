import { DealEventType, recordDealEvent } from '../../events/domain-events';
import { In } from 'typeorm';
import { assertDate, todayIn } from '../../common/dates';
import { optionalText } from '../../common/text';
import { ConflictError, StaleVersionError, UserInputError } from '../../graphql/errors';
import type { RequestContext } from '../../tenancy/request-context';
import { Contact } from '../contacts/contact.entity';
import { Stage, StageKind } from '../pipelines/stage.entity';
import type { PipelineService } from '../pipelines/pipeline.service';
import { recordStageChange } from './deal-history';
import { positionBetween, spreadPositions } from './deal-position';
import { DealStageChange } from './deal-stage-change.entity';
import { Deal } from './deal.entity';
import type { LoseDealInput, MoveDealInput, ReopenDealInput, TransferDealInput, WinDealInput } from './deal.inputs';

/**
 * Everything that moves a deal between stages: drag on the board, win, lose, reopen.
 * Each checks the deal's version (a stale one is CONFLICT with the current version) and
 * records the step in the stage history.
 */
export class DealMovementService {
  constructor(private readonly pipelines: PipelineService) {}

  async move(ctx: RequestContext, input: MoveDealInput): Promise<Deal> {
    const deal = await ctx.data.repo(Deal).getById(input.id, 'Deal', 'id');
    const target = await ctx.data.repo(Stage).getById(input.stageId, 'Stage', 'stageId');
    if (target.pipelineId !== deal.pipelineId) {
      throw new UserInputError('stageId', 'That stage belongs to another pipeline; a deal moves within its own pipeline');
    }
    if (target.kind !== StageKind.OPEN) {
      throw new UserInputError('stageId', `Use ${target.kind === StageKind.WON ? 'winDeal' : 'loseDeal'} to close a deal; it asks for the date or reason`);
    }
    const current = await this.stage(ctx, deal.stageId);
    if (current.kind !== StageKind.OPEN) {
      throw new ConflictError(`This deal is ${current.kind.toLowerCase()}; reopen it before moving it`, { currentVersion: deal.version });
    }
    const position = await this.placeAmong(ctx, deal, target.id, input.afterDealId ?? null, input.beforeDealId ?? null);
    const moved = await ctx.data.repo(Deal).update(deal, { stageId: target.id, position }, input.version);
    if (current.id !== target.id) await recordStageChange(ctx, moved, current.id);
    await recordDealEvent(ctx, DealEventType.MOVED, moved, { fromStageId: current.id });
    return moved;
  }

  /** Moves an open deal into another pipeline (Sales → Renewals, say), on top of the given stage. */
  async transfer(ctx: RequestContext, input: TransferDealInput): Promise<Deal> {
    const deal = await this.openDeal(ctx, input.id, input.version);
    const target = await ctx.data.repo(Stage).getById(input.stageId, 'Stage', 'stageId');
    if (target.pipelineId === deal.pipelineId) {
      throw new UserInputError('stageId', 'That stage is in the deal\'s own pipeline; use moveDeal');
    }
    if (target.kind !== StageKind.OPEN) throw new UserInputError('stageId', 'Transfer the deal into an open stage');
    const from = { pipelineId: deal.pipelineId, stageId: deal.stageId };
    const patch = { pipelineId: target.pipelineId, stageId: target.id, position: await this.topOf(ctx, target.id) };
    const transferred = await ctx.data.repo(Deal).update(deal, patch, input.version);
    await recordStageChange(ctx, transferred, from.stageId);
    await recordDealEvent(ctx, DealEventType.TRANSFERRED_OUT, { ...transferred, ...from }, { toPipelineId: target.pipelineId });
    await recordDealEvent(ctx, DealEventType.TRANSFERRED_IN, transferred, { fromPipelineId: from.pipelineId });
    return transferred;
  }

  async win(ctx: RequestContext, input: WinDealInput): Promise<Deal> {
    const deal = await this.openDeal(ctx, input.id, input.version);
    const closedOn = await this.closingDate(ctx, input.closedOn);
    const won = await this.closeAs(ctx, deal, StageKind.WON, { closedOn, lostReason: null, lostNote: null }, input.version);
    await this.markCustomer(ctx, won);
    await recordDealEvent(ctx, DealEventType.WON, won, { closedOn });
    return won;
  }

  async lose(ctx: RequestContext, input: LoseDealInput): Promise<Deal> {
    const deal = await this.openDeal(ctx, input.id, input.version);
    const closedOn = await this.closingDate(ctx, input.closedOn);
    const patch = { closedOn, lostReason: input.reason, lostNote: optionalText(input.note) ?? null };
    const lost = await this.closeAs(ctx, deal, StageKind.LOST, patch, input.version);
    await recordDealEvent(ctx, DealEventType.LOST, lost, { closedOn, reason: input.reason });
    return lost;
  }

  async reopen(ctx: RequestContext, input: ReopenDealInput): Promise<Deal> {
    const deal = await ctx.data.repo(Deal).getById(input.id, 'Deal', 'id');
    const current = await this.stage(ctx, deal.stageId);
    if (current.kind === StageKind.OPEN) {
      throw new ConflictError('This deal is already open', { currentVersion: deal.version });
    }
    const target = input.stageId
      ? await ctx.data.repo(Stage).getById(input.stageId, 'Stage', 'stageId')
      : await this.stageBeforeClosing(ctx, deal);
    if (target.pipelineId !== deal.pipelineId || target.kind !== StageKind.OPEN) {
      throw new UserInputError('stageId', 'Reopen into an open stage of the deal\'s own pipeline');
    }
    const patch = { stageId: target.id, position: await this.topOf(ctx, target.id), closedOn: null, lostReason: null, lostNote: null };
    const reopened = await ctx.data.repo(Deal).update(deal, patch, input.version);
    await recordStageChange(ctx, reopened, current.id);
    await recordDealEvent(ctx, DealEventType.REOPENED, reopened, { fromStageId: current.id });
    return reopened;
  }

  /** Stage history of a deal, oldest first (batched per request). */
  history(ctx: RequestContext, dealId: string): Promise<DealStageChange[]> {
    return ctx
      .batch('dealStageHistory', async (dealIds) => {
        const changes = await ctx.data.repo(DealStageChange).find({
          where: { dealId: In([...dealIds]) },
          order: { changedAt: 'ASC', id: 'ASC' },
        });
        return dealIds.map((id) => changes.filter((change) => change.dealId === id));
      })
      .load(dealId);
  }

  /** A position above every card of the stage (new and reopened deals go on top). */
  async topOf(ctx: RequestContext, stageId: string): Promise<number> {
    const [first] = await this.column(ctx, stageId, 1);
    return positionBetween(null, first?.position ?? null)!;
  }

  private async closeAs(
    ctx: RequestContext,
    deal: Deal,
    kind: StageKind.WON | StageKind.LOST,
    patch: Pick<Deal, 'closedOn' | 'lostReason' | 'lostNote'>,
    version: number,
  ): Promise<Deal> {
    const stages = await this.pipelines.stagesOf(ctx, deal.pipelineId);
    const target = stages.find((stage) => stage.kind === kind)!;
    const fromStageId = deal.stageId;
    const closed = await ctx.data.repo(Deal).update(deal, { ...patch, stageId: target.id, position: await this.topOf(ctx, target.id) }, version);
    await recordStageChange(ctx, closed, fromStageId);
    return closed;
  }

  private async openDeal(ctx: RequestContext, id: string, version: number): Promise<Deal> {
    const deal = await ctx.data.repo(Deal).getById(id, 'Deal', 'id');
    const stage = await this.stage(ctx, deal.stageId);
    if (stage.kind !== StageKind.OPEN) {
      throw new ConflictError(`This deal is already ${stage.kind.toLowerCase()}; reopen it first`, { currentVersion: deal.version });
    }
    if (deal.version !== version) throw new StaleVersionError('deal', deal.version, version);
    return deal;
  }

  private async closingDate(ctx: RequestContext, given: string | null | undefined): Promise<string> {
    return given ? assertDate('closedOn', given) : todayIn((await ctx.tenant()).timeZone);
  }

  /** A contact becomes a customer when a deal of theirs is won (DOMAIN.md §1). */
  private async markCustomer(ctx: RequestContext, deal: Deal): Promise<void> {
    if (!deal.contactId) return;
    const contacts = ctx.data.unrestricted().repo(Contact);
    const contact = await contacts.findById(deal.contactId);
    if (contact && !contact.customerSince) await contacts.update(contact, { customerSince: new Date() });
  }

  /** The open stage the deal was in when it was closed, or the pipeline's first. */
  private async stageBeforeClosing(ctx: RequestContext, deal: Deal): Promise<Stage> {
    const steps = await this.history(ctx, deal.id);
    const stages = await this.pipelines.stagesOf(ctx, deal.pipelineId);
    const open = (id: string | null) => stages.find((stage) => stage.id === id && stage.kind === StageKind.OPEN);
    for (const step of [...steps].reverse()) {
      const stage = open(step.fromStageId);
      if (stage) return stage;
    }
    return stages.find((stage) => stage.kind === StageKind.OPEN)!;
  }

  /**
   * The position for `deal` right below `afterId` or right above `beforeId` in `stageId`;
   * spreads the column out first when the two neighbours have no room between them.
   */
  private async placeAmong(ctx: RequestContext, deal: Deal, stageId: string, afterId: string | null, beforeId: string | null): Promise<number> {
    if (afterId && beforeId) throw new UserInputError('beforeDealId', 'Give either afterDealId or beforeDealId, not both');
    const anchorId = afterId ?? beforeId;
    if (!anchorId) return this.topOf(ctx, stageId);
    const field = afterId ? 'afterDealId' : 'beforeDealId';
    if (anchorId === deal.id) throw new UserInputError(field, 'A deal cannot be placed next to itself');
    for (let attempt = 0; attempt < 2; attempt++) {
      const column = (await this.column(ctx, stageId)).filter((card) => card.id !== deal.id);
      const index = column.findIndex((card) => card.id === anchorId);
      if (index < 0) throw new UserInputError(field, 'That deal is not in the target stage');
      const [above, below] = afterId ? [column[index], column[index + 1]] : [column[index - 1], column[index]];
      const position = positionBetween(above?.position ?? null, below?.position ?? null);
      if (position !== null) return position;
      await this.spread(ctx, column);
    }
    throw new ConflictError('The column changed while the deal was being placed; try again');
  }

  /** The stage's cards in board order, as (id, position); across owners, since order is shared. */
  private column(ctx: RequestContext, stageId: string, limit?: number): Promise<Array<Pick<Deal, 'id' | 'position'>>> {
    const query = ctx.data.unrestricted().repo(Deal).select('c')
      .select(['c.id', 'c.position'])
      .andWhere('c.stageId = :stageId', { stageId })
      .orderBy('c.position', 'ASC')
      .addOrderBy('c.id', 'ASC');
    if (limit) query.limit(limit);
    return query.getMany();
  }

  private async spread(ctx: RequestContext, column: Array<Pick<Deal, 'id' | 'position'>>): Promise<void> {
    const deals = ctx.data.unrestricted().repo(Deal);
    const positions = spreadPositions(column.length);
    for (const [index, card] of column.entries()) {
      await deals.updateWhere({ id: card.id }, { position: positions[index]! });
    }
  }

  private async stage(ctx: RequestContext, id: string): Promise<Stage> {
    const stage = await ctx.loader(Stage).load(id);
    if (!stage) throw new ConflictError('This deal\'s stage no longer exists; reload the board');
    return stage;
  }
}
