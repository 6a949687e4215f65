import { Arg, Args, Authorized, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Command } from '../../graphql/command';
import { ConnectionType, PageArgs, type Connection } from '../../graphql/connection';
import { Session } from '../../graphql/session';
import { Money } from '../../money/money.graphql';
import type { RequestContext } from '../../tenancy/request-context';
import { Contact } from '../contacts/contact.entity';
import { Organization } from '../organizations/organization.entity';
import { Pipeline } from '../pipelines/pipeline.entity';
import { Stage } from '../pipelines/stage.entity';
import { User } from '../users/user.entity';
import { DealMovementService } from './deal-movement.service';
import { DealStageChange } from './deal-stage-change.entity';
import { Deal } from './deal.entity';
import {
  CreateDealInput,
  DealFilter,
  DealOrderBy,
  DealStatus,
  DeleteDealInput,
  LoseDealInput,
  MoveDealInput,
  ReopenDealInput,
  TransferDealInput,
  UpdateDealInput,
  WinDealInput,
} from './deal.inputs';
import { DealService } from './deal.service';

@ObjectType({ simpleResolvers: true })
export class DealConnection extends ConnectionType(Deal) {}

@Resolver(() => Deal)
export class DealResolver {
  constructor(
    private readonly service: DealService,
    private readonly movement: DealMovementService,
  ) {}

  @Authorized()
  @Query(() => DealConnection, { description: 'Deals; newest first unless ordered otherwise.' })
  deals(
    @Session() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => DealFilter, { nullable: true }) filter?: DealFilter,
    @Arg('orderBy', () => DealOrderBy, { nullable: true }) orderBy?: DealOrderBy,
  ): Promise<Connection<Deal>> {
    return this.service.list(ctx, page, filter ?? {}, orderBy);
  }

  @Authorized()
  @Query(() => Deal, { nullable: true })
  deal(@Session() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Deal | null> {
    return ctx.loader(Deal).load(id);
  }

  @FieldResolver(() => Money)
  amount(@Root() deal: Deal): Money {
    return Money.of(deal.amountMinor, deal.currency);
  }

  @FieldResolver(() => DealStatus)
  async status(@Session() ctx: RequestContext, @Root() deal: Deal): Promise<string | undefined> {
    return (await ctx.loader(Stage).load(deal.stageId))?.kind;
  }

  @FieldResolver(() => Stage, { nullable: true })
  stage(@Session() ctx: RequestContext, @Root() deal: Deal): Promise<Stage | null> {
    return ctx.loader(Stage).load(deal.stageId);
  }

  @FieldResolver(() => Pipeline, { nullable: true })
  pipeline(@Session() ctx: RequestContext, @Root() deal: Deal): Promise<Pipeline | null> {
    return ctx.loader(Pipeline).load(deal.pipelineId);
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Session() ctx: RequestContext, @Root() deal: Deal): Promise<User | null> {
    return ctx.loader(User).load(deal.ownerId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Session() ctx: RequestContext, @Root() deal: Deal): Promise<Organization | null> {
    return deal.organizationId ? ctx.loader(Organization).load(deal.organizationId) : Promise.resolve(null);
  }

  @FieldResolver(() => Contact, { nullable: true })
  contact(@Session() ctx: RequestContext, @Root() deal: Deal): Promise<Contact | null> {
    return deal.contactId ? ctx.loader(Contact).load(deal.contactId) : Promise.resolve(null);
  }

  @FieldResolver(() => [DealStageChange], { description: 'Every stage change, oldest first.' })
  stageHistory(@Session() ctx: RequestContext, @Root() deal: Deal): Promise<DealStageChange[]> {
    return this.movement.history(ctx, deal.id);
  }

  @FieldResolver(() => Int, { description: 'Order within its stage on the board (smaller is higher).' })
  position(@Root() deal: Deal): number {
    return deal.position;
  }

  @Authorized()
  @Command(() => Deal)
  createDeal(@Session() ctx: RequestContext, @Arg('input') input: CreateDealInput): Promise<Deal> {
    return this.service.create(ctx, input);
  }

  @Authorized()
  @Command(() => Deal)
  updateDeal(@Session() ctx: RequestContext, @Arg('input') input: UpdateDealInput): Promise<Deal> {
    return this.service.update(ctx, input);
  }

  @Authorized()
  @Command(() => ID, { description: 'Deletes the deal with its line items and history; returns its id.' })
  deleteDeal(@Session() ctx: RequestContext, @Arg('input') input: DeleteDealInput): Promise<string> {
    return this.service.delete(ctx, input.id);
  }

  @Authorized()
  @Command(() => Deal, { description: 'Moves a deal to an open stage of its pipeline, at a place in the column.' })
  moveDeal(@Session() ctx: RequestContext, @Arg('input') input: MoveDealInput): Promise<Deal> {
    return this.movement.move(ctx, input);
  }

  @Authorized()
  @Command(() => Deal, { description: 'Moves an open deal into another pipeline; moveDeal stays within one.' })
  transferDeal(@Session() ctx: RequestContext, @Arg('input') input: TransferDealInput): Promise<Deal> {
    return this.movement.transfer(ctx, input);
  }

  @Authorized()
  @Command(() => Deal)
  winDeal(@Session() ctx: RequestContext, @Arg('input') input: WinDealInput): Promise<Deal> {
    return this.movement.win(ctx, input);
  }

  @Authorized()
  @Command(() => Deal)
  loseDeal(@Session() ctx: RequestContext, @Arg('input') input: LoseDealInput): Promise<Deal> {
    return this.movement.lose(ctx, input);
  }

  @Authorized()
  @Command(() => Deal)
  reopenDeal(@Session() ctx: RequestContext, @Arg('input') input: ReopenDealInput): Promise<Deal> {
    return this.movement.reopen(ctx, input);
  }
}

@Resolver(() => DealStageChange)
export class DealStageChangeResolver {
  @FieldResolver(() => Stage, { nullable: true })
  fromStage(@Session() ctx: RequestContext, @Root() change: DealStageChange): Promise<Stage | null> {
    return change.fromStageId ? ctx.loader(Stage).load(change.fromStageId) : Promise.resolve(null);
  }

  @FieldResolver(() => Stage, { nullable: true, description: 'Null if the stage was deleted since.' })
  toStage(@Session() ctx: RequestContext, @Root() change: DealStageChange): Promise<Stage | null> {
    return ctx.loader(Stage).load(change.toStageId);
  }

  @FieldResolver(() => User, { nullable: true })
  changedBy(@Session() ctx: RequestContext, @Root() change: DealStageChange): Promise<User | null> {
    return ctx.loader(User).load(change.changedById);
  }
}
