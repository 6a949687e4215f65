import { DealEventType, PipelineEventType, recordDealEvent, recordPipelineEvent } from '../../events/domain-events';
import { In, Not } from 'typeorm';
import { ConflictError, UserInputError } from '../../graphql/errors';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { recordStageChange } from '../deals/deal-history';
import { Deal } from '../deals/deal.entity';
import { Pipeline } from './pipeline.entity';
import { paginate, SortDirection, type Connection, type PageArgs, type SortKey } from '../../graphql/connection';
import { contains, containsPattern } from '../../graphql/search';
import {
  PipelineOrderField,
  type PipelineFilter,
  type PipelineOrderBy,
  type CreatePipelineInput,
  type CreateStageInput,
  type DeleteStageInput,
  type ReorderStagesInput,
  type UpdatePipelineInput,
  type UpdateStageInput,
} from './pipeline.inputs';
import { DEFAULT_STAGES, Stage, StageKind } from './stage.entity';

const SORT: Record<PipelineOrderField, SortKey<Pipeline>> = {
  [PipelineOrderField.NAME]: { property: 'name', type: 'string' },
  [PipelineOrderField.CREATED_AT]: { property: 'id', type: 'string' },
  [PipelineOrderField.UPDATED_AT]: { property: 'updatedAt', type: 'date' },
};

/** Pipelines and their stages: structure is an admin's business, reading it everyone's. */
export class PipelineService {
  list(ctx: RequestContext, page: PageArgs, filter: PipelineFilter = {}, orderBy?: PipelineOrderBy): Promise<Connection<Pipeline>> {
    const query = ctx.data.repo(Pipeline).select('p');
    if (filter.search?.trim()) query.andWhere(contains(['p.name'], 'search'), { search: containsPattern(filter.search) });
    if (filter.isDefault != null) query.andWhere('p.isDefault = :isDefault', { isDefault: filter.isDefault });
    const field = orderBy?.field ?? PipelineOrderField.NAME;
    return paginate(query, 'p', page, SORT[field], orderBy?.direction ?? SortDirection.ASC);
  }

  async createDefault(ctx: RequestContext): Promise<Pipeline> {
    return this.insertWithStages(ctx, 'Sales pipeline', DEFAULT_STAGES, true);
  }

  async create(ctx: RequestContext, input: CreatePipelineInput): Promise<Pipeline> {
    ctx.requireRole(Role.ADMIN, 'change pipelines');
    await this.assertNameFree(ctx, input.name.trim());
    const stages = input.stages
      ? [
          ...input.stages.map((stage) => ({ name: stage.name.trim(), probability: stage.probability, kind: StageKind.OPEN })),
          ...DEFAULT_STAGES.filter((stage) => stage.kind !== StageKind.OPEN),
        ]
      : DEFAULT_STAGES;
    assertUniqueNames(stages.map((stage) => stage.name));
    const pipeline = await this.insertWithStages(ctx, input.name.trim(), stages, false);
    if (input.isDefault) await this.makeDefault(ctx, pipeline);
    await recordPipelineEvent(ctx, PipelineEventType.CREATED, pipeline.id);
    return pipeline;
  }

  async update(ctx: RequestContext, input: UpdatePipelineInput): Promise<Pipeline> {
    ctx.requireRole(Role.ADMIN, 'change pipelines');
    const pipeline = await ctx.data.repo(Pipeline).getById(input.id, 'Pipeline', 'id');
    if (input.isDefault === false) {
      throw new UserInputError('isDefault', 'Choose another pipeline as default instead of unsetting this one');
    }
    if (input.name != null) {
      const name = input.name.trim();
      if (!name) throw new UserInputError('name', 'Name cannot be blank');
      await this.assertNameFree(ctx, name, pipeline.id);
      await ctx.data.repo(Pipeline).update(pipeline, { name });
    }
    if (input.isDefault) await this.makeDefault(ctx, pipeline);
    await recordPipelineEvent(ctx, PipelineEventType.UPDATED, pipeline.id);
    return pipeline;
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    ctx.requireRole(Role.ADMIN, 'change pipelines');
    const pipeline = await ctx.data.repo(Pipeline).getById(id, 'Pipeline', 'id');
    if (pipeline.isDefault) throw new ConflictError('The default pipeline cannot be deleted; make another one the default first');
    const deals = await ctx.data.unrestricted().repo(Deal).count({ pipelineId: id });
    if (deals > 0) throw new ConflictError(`This pipeline still has ${deals} deal(s); move or delete them first`);
    await ctx.data.repo(Stage).delete({ pipelineId: id });
    await ctx.data.repo(Pipeline).delete({ id });
    await recordPipelineEvent(ctx, PipelineEventType.DELETED, id);
    return id;
  }

  stagesOf(ctx: RequestContext, pipelineId: string): Promise<Stage[]> {
    return ctx
      .batch('stagesByPipeline', async (pipelineIds) => {
        const stages = await ctx.data.repo(Stage).find({ where: { pipelineId: In([...pipelineIds]) }, order: { position: 'ASC' } });
        return pipelineIds.map((id) => stages.filter((stage) => stage.pipelineId === id));
      })
      .load(pipelineId);
  }

  async createStage(ctx: RequestContext, input: CreateStageInput): Promise<Stage> {
    ctx.requireRole(Role.ADMIN, 'change pipelines');
    const pipeline = await ctx.data.repo(Pipeline).getById(input.pipelineId, 'Pipeline', 'pipelineId');
    const stages = await this.stagesOf(ctx, pipeline.id);
    const name = input.name.trim();
    if (stages.some((stage) => sameName(stage.name, name))) {
      throw new UserInputError('name', `This pipeline already has a stage called "${name}"`);
    }
    const open = stages.filter((stage) => stage.kind === StageKind.OPEN);
    const at = Math.min(input.position ?? open.length, open.length);
    const stage = await ctx.data.repo(Stage).insert({
      pipelineId: pipeline.id,
      name,
      probability: input.probability,
      kind: StageKind.OPEN,
      position: at,
    });
    const others = stages.filter((existing) => existing.id !== stage.id);
    await this.renumber(ctx, [...others.slice(0, at), stage, ...others.slice(at)]);
    await recordPipelineEvent(ctx, PipelineEventType.STAGES_CHANGED, pipeline.id);
    return stage;
  }

  async updateStage(ctx: RequestContext, input: UpdateStageInput): Promise<Stage> {
    ctx.requireRole(Role.ADMIN, 'change pipelines');
    const stage = await ctx.data.repo(Stage).getById(input.id, 'Stage', 'id');
    const patch: Partial<Stage> = {};
    if (input.name != null) {
      const name = input.name.trim();
      if (!name) throw new UserInputError('name', 'Name cannot be blank');
      const siblings = await this.stagesOf(ctx, stage.pipelineId);
      if (siblings.some((other) => other.id !== stage.id && sameName(other.name, name))) {
        throw new UserInputError('name', `This pipeline already has a stage called "${name}"`);
      }
      patch.name = name;
    }
    if (input.probability != null) {
      if (stage.kind !== StageKind.OPEN) {
        throw new UserInputError('probability', 'Won and lost stages keep 100 % and 0 %');
      }
      patch.probability = input.probability;
    }
    const updated = await ctx.data.repo(Stage).update(stage, patch);
    await recordPipelineEvent(ctx, PipelineEventType.STAGES_CHANGED, stage.pipelineId);
    return updated;
  }

  async reorderStages(ctx: RequestContext, input: ReorderStagesInput): Promise<Stage[]> {
    ctx.requireRole(Role.ADMIN, 'change pipelines');
    const pipeline = await ctx.data.repo(Pipeline).getById(input.pipelineId, 'Pipeline', 'pipelineId');
    const stages = await this.stagesOf(ctx, pipeline.id);
    const open = stages.filter((stage) => stage.kind === StageKind.OPEN);
    const given = new Set(input.stageIds);
    if (given.size !== input.stageIds.length || given.size !== open.length || !open.every((stage) => given.has(stage.id))) {
      throw new UserInputError('stageIds', 'List every open stage of this pipeline exactly once');
    }
    const byId = new Map(stages.map((stage) => [stage.id, stage]));
    const closed = stages.filter((stage) => stage.kind !== StageKind.OPEN);
    const ordered = [...input.stageIds.map((id) => byId.get(id)!), ...closed];
    await this.renumber(ctx, ordered);
    await recordPipelineEvent(ctx, PipelineEventType.STAGES_CHANGED, pipeline.id);
    return ordered;
  }

  async deleteStage(ctx: RequestContext, input: DeleteStageInput): Promise<string> {
    ctx.requireRole(Role.ADMIN, 'change pipelines');
    const stage = await ctx.data.repo(Stage).getById(input.id, 'Stage', 'id');
    if (stage.kind !== StageKind.OPEN) throw new UserInputError('id', 'The won and lost stages cannot be deleted');
    const stages = await this.stagesOf(ctx, stage.pipelineId);
    if (stages.filter((other) => other.kind === StageKind.OPEN).length === 1) {
      throw new UserInputError('id', 'A pipeline needs at least one open stage');
    }
    const deals = ctx.data.unrestricted().repo(Deal);
    if (await deals.exists({ stageId: stage.id })) {
      if (!input.moveDealsToStageId) {
        throw new UserInputError('moveDealsToStageId', 'This stage has deals: choose the stage they move to');
      }
      const target = stages.find((other) => other.id === input.moveDealsToStageId && other.id !== stage.id);
      if (!target || target.kind !== StageKind.OPEN) {
        throw new UserInputError('moveDealsToStageId', 'Choose another open stage of the same pipeline');
      }
      for (const deal of await deals.find({ where: { stageId: stage.id } })) {
        await deals.update(deal, { stageId: target.id });
        await recordStageChange(ctx, deal, stage.id);
        await recordDealEvent(ctx, DealEventType.MOVED, deal, { fromStageId: stage.id });
      }
    }
    await ctx.data.repo(Stage).delete({ id: stage.id });
    await this.renumber(ctx, stages.filter((other) => other.id !== stage.id));
    await recordPipelineEvent(ctx, PipelineEventType.STAGES_CHANGED, stage.pipelineId);
    return stage.id;
  }

  getById(ctx: RequestContext, id: string, field = 'id'): Promise<Pipeline> {
    return ctx.data.repo(Pipeline).getById(id, 'Pipeline', field);
  }

  /** The tenant's default pipeline (every tenant has exactly one). */
  async getDefault(ctx: RequestContext): Promise<Pipeline> {
    const pipeline = await ctx.data.repo(Pipeline).findOne({ isDefault: true });
    if (!pipeline) throw new ConflictError('This workspace has no default pipeline; create one in Settings');
    return pipeline;
  }

  private async insertWithStages(
    ctx: RequestContext,
    name: string,
    stages: ReadonlyArray<{ name: string; probability: number; kind: StageKind }>,
    isDefault: boolean,
  ): Promise<Pipeline> {
    const pipeline = await ctx.data.repo(Pipeline).insert({ name, isDefault });
    await ctx.data.repo(Stage).insertMany(
      stages.map((stage, position) => ({ ...stage, pipelineId: pipeline.id, position })),
    );
    return pipeline;
  }

  private async makeDefault(ctx: RequestContext, pipeline: Pipeline): Promise<void> {
    await ctx.data.repo(Pipeline).updateWhere({ isDefault: true, id: Not(pipeline.id) }, { isDefault: false });
    await ctx.data.repo(Pipeline).update(pipeline, { isDefault: true });
  }

  private async renumber(ctx: RequestContext, ordered: Stage[]): Promise<void> {
    const repo = ctx.data.repo(Stage);
    for (const [position, stage] of ordered.entries()) {
      if (stage.position !== position) await repo.update(stage, { position });
    }
  }

  private async assertNameFree(ctx: RequestContext, name: string, exceptId?: string): Promise<void> {
    const pipelines = await ctx.data.repo(Pipeline).find();
    if (pipelines.some((pipeline) => pipeline.id !== exceptId && sameName(pipeline.name, name))) {
      throw new UserInputError('name', `A pipeline called "${name}" already exists`);
    }
  }
}

/** Names that differ only in case or accents are the same name, as MySQL's collation sees them. */
function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
}

function assertUniqueNames(names: string[]): void {
  const seen: string[] = [];
  for (const name of names) {
    if (seen.some((other) => sameName(other, name))) {
      throw new UserInputError('stages', `Two stages are called "${name}"; stage names must differ`);
    }
    seen.push(name);
  }
}
