import { Arg, Authorized, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import { Session } from '../graphql/session';
import { Pipeline } from '../modules/pipelines/pipeline.entity';
import { User } from '../modules/users/user.entity';
import type { RequestContext } from '../tenancy/request-context';
import { EventPage, pipelineEventsAfter } from './event-feed';
import { OutboxEvent } from './outbox-event.entity';

@Resolver(() => OutboxEvent)
export class EventResolver {
  @Authorized()
  @Query(() => EventPage, { description: 'A pipeline\'s events after a cursor (from pipelineBoard.eventCursor or the last event seen).' })
  async pipelineEvents(
    @Session() ctx: RequestContext,
    @Arg('pipelineId', () => ID) pipelineId: string,
    @Arg('after', () => Int) after: number,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100 }) first: number,
  ): Promise<EventPage> {
    await ctx.data.repo(Pipeline).getById(pipelineId, 'Pipeline', 'pipelineId');
    return pipelineEventsAfter(ctx, pipelineId, after, first);
  }

  @FieldResolver(() => JSONResolver, { description: 'Details per type: the deal\'s version, stage and position after the change, ...' })
  payload(@Root() event: OutboxEvent): unknown {
    return JSON.parse(event.payload);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made the change.' })
  actor(@Session() ctx: RequestContext, @Root() event: OutboxEvent): Promise<User | null> {
    return ctx.loader(User).load(event.actorId);
  }
}
