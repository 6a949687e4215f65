import { DealEventType, NotificationType, recordAssignment, recordDealEvent } from '../../events/domain-events';
import { assertDate } from '../../common/dates';
import { definedOnly, optionalText } from '../../common/text';
import { paginate, SortDirection, type Connection, type PageArgs, type SortKey } from '../../graphql/connection';
import { UserInputError } from '../../graphql/errors';
import { assertAmount, assertCurrency } from '../../money/money';
import type { RequestContext } from '../../tenancy/request-context';
import { Activity } from '../activities/activity.entity';
import { Contact } from '../contacts/contact.entity';
import { Organization } from '../organizations/organization.entity';
import type { PartnerCredit } from '../partners/attribution';
import type { PipelineService } from '../pipelines/pipeline.service';
import { Stage, StageKind } from '../pipelines/stage.entity';
import type { UserService } from '../users/user.service';
import { applyDealFilter } from './deal-filter';
import { recordStageChange } from './deal-history';
import type { DealMovementService } from './deal-movement.service';
import { Deal, DealType } from './deal.entity';
import { DealOrderField, type CreateDealInput, type DealFilter, type DealOrderBy, type UpdateDealInput } from './deal.inputs';
import { DealLineItem } from './line-item.entity';
import { DealStageChange } from './deal-stage-change.entity';

const SORT: Record<DealOrderField, SortKey<Deal>> = {
  [DealOrderField.CREATED_AT]: { property: 'id', type: 'string' },
  [DealOrderField.UPDATED_AT]: { property: 'updatedAt', type: 'date' },
  [DealOrderField.TITLE]: { property: 'title', type: 'string' },
  [DealOrderField.AMOUNT]: { property: 'amountMinor', type: 'number' },
};

/** Creating, editing, listing and deleting deals. Stage changes live in DealMovementService. */
export class DealService {
  constructor(
    private readonly users: UserService,
    private readonly pipelines: PipelineService,
    private readonly movement: DealMovementService,
  ) {}

  list(ctx: RequestContext, page: PageArgs, filter: DealFilter = {}, orderBy?: DealOrderBy): Promise<Connection<Deal>> {
    const query = ctx.data.repo(Deal).select('d');
    applyDealFilter(ctx, query, 'd', filter);
    const field = orderBy?.field ?? DealOrderField.CREATED_AT;
    const direction = orderBy?.direction ?? (field === DealOrderField.CREATED_AT ? SortDirection.DESC : SortDirection.ASC);
    return paginate(query, 'd', page, SORT[field], direction);
  }

  /**
   * @param origin where the deal came from, when not typed in (a converted lead, an approved
   * registration), and the partner it is credited to for that.
   */
  async create(ctx: RequestContext, input: CreateDealInput, origin: { leadId?: string; credit?: PartnerCredit | null } = {}): Promise<Deal> {
    const stage = await this.openingStage(ctx, input.pipelineId ?? null, input.stageId ?? null);
    const owner = await this.users.assertAssignable(ctx, input.ownerId ?? ctx.userId);
    const contact = input.contactId ? await this.contact(ctx, input.contactId) : null;
    const organizationId = input.organizationId
      ? (await this.organization(ctx, input.organizationId)).id
      : (contact?.organizationId ?? null);
    const currency = input.currency
      ? assertCurrency('currency', input.currency.toUpperCase())
      : (await ctx.tenant()).baseCurrency;
    const deal = await ctx.data.repo(Deal).insert({
      title: input.title.trim(),
      amountMinor: assertAmount('amountMinor', input.amountMinor ?? 0),
      currency,
      pipelineId: stage.pipelineId,
      stageId: stage.id,
      position: await this.movement.topOf(ctx, stage.id),
      ownerId: owner.id,
      organizationId,
      contactId: contact?.id ?? null,
      type: input.type ?? DealType.NEW,
      expectedCloseDate: input.expectedCloseDate ? assertDate('expectedCloseDate', input.expectedCloseDate) : null,
      closedOn: null,
      lostReason: null,
      lostNote: null,
      leadId: origin.leadId ?? null,
      ...origin.credit,
    });
    await recordStageChange(ctx, deal, null);
    await recordDealEvent(ctx, DealEventType.CREATED, deal);
    await recordAssignment(ctx, NotificationType.DEAL_ASSIGNED, deal, null);
    return deal;
  }

  async update(ctx: RequestContext, input: UpdateDealInput): Promise<Deal> {
    const deal = await ctx.data.repo(Deal).getById(input.id, 'Deal', 'id');
    const title = optionalText(input.title);
    if (title === null) throw new UserInputError('title', 'Title cannot be blank');
    const hasLines = await ctx.data.repo(DealLineItem).exists({ dealId: deal.id });
    if (hasLines && input.amountMinor != null && input.amountMinor !== deal.amountMinor) {
      throw new UserInputError('amountMinor', 'This deal\'s amount follows its line items; change the line items instead');
    }
    const currency = input.currency ? assertCurrency('currency', input.currency.toUpperCase()) : undefined;
    if (hasLines && currency && currency !== deal.currency) {
      throw new UserInputError('currency', 'Remove the line items before changing the currency; they are priced in ' + deal.currency);
    }
    if (input.ownerId) await this.users.assertAssignable(ctx, input.ownerId);
    if (input.organizationId) await this.organization(ctx, input.organizationId);
    if (input.contactId) await this.contact(ctx, input.contactId);
    const expected = optionalText(input.expectedCloseDate);
    const patch = definedOnly({
      title,
      amountMinor: input.amountMinor != null ? assertAmount('amountMinor', input.amountMinor) : undefined,
      currency,
      ownerId: input.ownerId ?? undefined,
      organizationId: input.organizationId,
      contactId: input.contactId,
      expectedCloseDate: expected ? assertDate('expectedCloseDate', expected) : expected,
      type: input.type ?? undefined,
    });
    const formerOwnerId = deal.ownerId;
    const updated = await ctx.data.repo(Deal).update(deal, patch, input.version);
    await recordDealEvent(ctx, DealEventType.UPDATED, updated, { changed: Object.keys(patch) }, formerOwnerId);
    await recordAssignment(ctx, NotificationType.DEAL_ASSIGNED, updated, formerOwnerId);
    return updated;
  }

  /** Deletes a deal with its lines and history; its activities stay, unlinked, as work done. */
  async delete(ctx: RequestContext, id: string): Promise<string> {
    const deal = await ctx.data.repo(Deal).getById(id, 'Deal', 'id');
    await ctx.data.unrestricted().repo(Activity).updateWhere({ dealId: deal.id }, { dealId: null });
    await ctx.data.repo(DealLineItem).delete({ dealId: deal.id });
    await ctx.data.repo(DealStageChange).delete({ dealId: deal.id });
    await ctx.data.repo(Deal).delete({ id: deal.id });
    await recordDealEvent(ctx, DealEventType.DELETED, deal);
    return deal.id;
  }

  /** The stage a new deal starts in: the given open stage, or the pipeline's first. */
  private async openingStage(ctx: RequestContext, pipelineId: string | null, stageId: string | null): Promise<Stage> {
    if (stageId) {
      const stage = await ctx.data.repo(Stage).getById(stageId, 'Stage', 'stageId');
      if (pipelineId && stage.pipelineId !== pipelineId) {
        throw new UserInputError('stageId', 'That stage belongs to another pipeline');
      }
      if (stage.kind !== StageKind.OPEN) {
        throw new UserInputError('stageId', 'Create the deal in an open stage, then win or lose it');
      }
      return stage;
    }
    const pipeline = pipelineId
      ? await this.pipelines.getById(ctx, pipelineId, 'pipelineId')
      : await this.pipelines.getDefault(ctx);
    const stages = await this.pipelines.stagesOf(ctx, pipeline.id);
    return stages.find((stage) => stage.kind === StageKind.OPEN)!;
  }

  private organization(ctx: RequestContext, id: string): Promise<Organization> {
    return ctx.data.repo(Organization).getById(id, 'Organization', 'organizationId');
  }

  private contact(ctx: RequestContext, id: string): Promise<Contact> {
    return ctx.data.repo(Contact).getById(id, 'Contact', 'contactId');
  }
}
