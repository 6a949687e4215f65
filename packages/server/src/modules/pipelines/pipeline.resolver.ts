import { Arg, Args, Authorized, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Command } from '../../graphql/command';
import { ConnectionType, PageArgs, type Connection } from '../../graphql/connection';
import { IdInput } from '../../graphql/id-input';
import { Session } from '../../graphql/session';
import type { RequestContext } from '../../tenancy/request-context';
import { Pipeline } from './pipeline.entity';
import {
  CreatePipelineInput,
  CreateStageInput,
  DeleteStageInput,
  PipelineFilter,
  PipelineOrderBy,
  ReorderStagesInput,
  UpdatePipelineInput,
  UpdateStageInput,
} from './pipeline.inputs';
import { PipelineService } from './pipeline.service';
import { Stage } from './stage.entity';

@ObjectType({ simpleResolvers: true })
export class PipelineConnection extends ConnectionType(Pipeline) {}

@Resolver(() => Pipeline)
export class PipelineResolver {
  constructor(private readonly service: PipelineService) {}

  @Authorized()
  @Query(() => PipelineConnection, { description: 'Pipelines, by name unless ordered otherwise.' })
  pipelines(
    @Session() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => PipelineFilter, { nullable: true }) filter?: PipelineFilter,
    @Arg('orderBy', () => PipelineOrderBy, { nullable: true }) orderBy?: PipelineOrderBy,
  ): Promise<Connection<Pipeline>> {
    return this.service.list(ctx, page, filter ?? {}, orderBy);
  }

  @Authorized()
  @Query(() => Pipeline, { nullable: true })
  pipeline(@Session() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Pipeline | null> {
    return ctx.data.repo(Pipeline).findById(id);
  }

  @FieldResolver(() => [Stage], { description: 'Stages in order; WON and LOST last.' })
  stages(@Session() ctx: RequestContext, @Root() pipeline: Pipeline): Promise<Stage[]> {
    return this.service.stagesOf(ctx, pipeline.id);
  }

  @Authorized()
  @Command(() => Pipeline)
  createPipeline(@Session() ctx: RequestContext, @Arg('input') input: CreatePipelineInput): Promise<Pipeline> {
    return this.service.create(ctx, input);
  }

  @Authorized()
  @Command(() => Pipeline)
  updatePipeline(@Session() ctx: RequestContext, @Arg('input') input: UpdatePipelineInput): Promise<Pipeline> {
    return this.service.update(ctx, input);
  }

  @Authorized()
  @Command(() => ID, { description: 'Deletes a pipeline that has no deals; returns its id.' })
  deletePipeline(@Session() ctx: RequestContext, @Arg('input') input: IdInput): Promise<string> {
    return this.service.delete(ctx, input.id);
  }

  @Authorized()
  @Command(() => Stage)
  createStage(@Session() ctx: RequestContext, @Arg('input') input: CreateStageInput): Promise<Stage> {
    return this.service.createStage(ctx, input);
  }

  @Authorized()
  @Command(() => Stage)
  updateStage(@Session() ctx: RequestContext, @Arg('input') input: UpdateStageInput): Promise<Stage> {
    return this.service.updateStage(ctx, input);
  }

  @Authorized()
  @Command(() => [Stage], { description: 'Reorders the open stages; returns all stages in order.' })
  reorderStages(@Session() ctx: RequestContext, @Arg('input') input: ReorderStagesInput): Promise<Stage[]> {
    return this.service.reorderStages(ctx, input);
  }

  @Authorized()
  @Command(() => ID, { description: 'Deletes an open stage, moving its deals to another; returns its id.' })
  deleteStage(@Session() ctx: RequestContext, @Arg('input') input: DeleteStageInput): Promise<string> {
    return this.service.deleteStage(ctx, input);
  }
}
