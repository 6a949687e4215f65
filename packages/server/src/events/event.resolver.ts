import { Arg, Authorized, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import { Session } from '../graphql/session';
import { Deal } from '../modules/deals/deal.entity';
import { Pipeline } from '../modules/pipelines/pipeline.entity';
import { User } from '../modules/users/user.entity';
import type { RequestContext } from '../tenancy/request-context';
import { EventPage, eventsAfter } from './event-feed';
import { viewerOf } from './event-visibility';
import { OutboxEvent } from './outbox-event.entity';

const FIRST = { nullable: true, defaultValue: 100 } as const;

/**
 * A live event is one object shared by every subscriber on this instance, so its actor is
 * loaded once for all of them rather than once per subscriber (every member of a tenant may
 * read its users, and an event only reaches its own tenant).
 */
const actors = new WeakMap<OutboxEvent, Promise<User | null>>();

/** Catch-up: what a view missed while it was not subscribed (live.resolver.ts has the subscriptions). */
@Resolver(() => OutboxEvent)
export class EventResolver {
  @Authorized()
  @Query(() => EventPage, { description: 'A pipeline\'s events after a cursor (from pipelineBoard.eventCursor or the last event seen).' })
  async pipelineEvents(
    @Session() ctx: RequestContext,
    @Arg('pipelineId', () => ID) pipelineId: string,
    @Arg('after', () => Int) after: number,
    @Arg('first', () => Int, FIRST) first: number,
  ): Promise<EventPage> {
    await ctx.data.repo(Pipeline).getById(pipelineId, 'Pipeline', 'pipelineId');
    return eventsAfter(ctx.data, { kind: 'pipeline', pipelineId }, viewerOf(ctx), after, first);
  }

  @Authorized()
  @Query(() => EventPage, { description: 'One deal\'s events after a cursor.' })
  async dealEvents(
    @Session() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('after', () => Int) after: number,
    @Arg('first', () => Int, FIRST) first: number,
  ): Promise<EventPage> {
    await ctx.data.repo(Deal).getById(id, 'Deal', 'id');
    return eventsAfter(ctx.data, { kind: 'deal', dealId: id }, viewerOf(ctx), after, first);
  }

  @Authorized()
  @Query(() => EventPage, { description: 'The caller\'s notifications (DealAssigned, LeadAssigned, TaskDue) after a cursor.' })
  myNotifications(
    @Session() ctx: RequestContext,
    @Arg('after', () => Int) after: number,
    @Arg('first', () => Int, FIRST) first: number,
  ): Promise<EventPage> {
    return eventsAfter(ctx.data, { kind: 'notifications', userId: ctx.userId }, viewerOf(ctx), after, first);
  }

  @FieldResolver(() => JSONResolver, { description: 'Details per type: the deal\'s version, stage and position after the change, ...' })
  payload(@Root() event: OutboxEvent): unknown {
    return JSON.parse(event.payload);
  }

  @FieldResolver(() => Deal, {
    nullable: true,
    description: 'The deal the event concerns, as it is now (a card to draw); null when there is none, it was deleted, or you may not see it.',
  })
  deal(@Session() ctx: RequestContext, @Root() event: OutboxEvent): Promise<Deal | null> {
    return event.dealId ? ctx.loader(Deal).load(event.dealId) : Promise.resolve(null);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made the change; null for the system (a due reminder).' })
  actor(@Session() ctx: RequestContext, @Root() event: OutboxEvent): Promise<User | null> {
    if (!event.actorId) return Promise.resolve(null);
    let actor = actors.get(event);
    if (!actor) {
      actor = ctx.loader(User).load(event.actorId);
      actors.set(event, actor);
    }
    return actor;
  }
}
