import { Arg, Authorized, ID, Int, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { GraphqlContext } from '../graphql/context';
import { UnauthenticatedError, UserInputError } from '../graphql/errors';
import { Session } from '../graphql/session';
import { Deal } from '../modules/deals/deal.entity';
import { Pipeline } from '../modules/pipelines/pipeline.entity';
import type { RequestContext } from '../tenancy/request-context';
import type { Topic } from './event-feed';
import { viewerOf } from './event-visibility';
import { OutboxEvent } from './outbox-event.entity';

type Args = { pipelineId?: string; id?: string; after?: number | null };
type Data = SubscribeResolverData<unknown, Args, GraphqlContext>;

const AFTER = {
  nullable: true,
  description: 'Reconnecting: the last cursor seen. Missed events come first, then live ones, none twice; '
    + 'a ReloadRequired event means reload the view instead.',
} as const;

/**
 * Live views over graphql-ws. Each subscription is checked like the query it mirrors (the
 * pipeline or deal must be readable by the caller) and then fed by the live hub, which applies
 * the same visibility rule to every event (event-visibility.ts).
 */
@Resolver()
export class LiveResolver {
  @Authorized()
  @Subscription(() => OutboxEvent, {
    description: 'Everything that happens on a pipeline\'s board: deals created, moved, won, lost, ...; stages changed.',
    subscribe: (data: Data) => follow(data, async (ctx) => {
      const pipeline = await ctx.data.repo(Pipeline).getById(data.args.pipelineId ?? '', 'Pipeline', 'pipelineId');
      return { kind: 'pipeline', pipelineId: pipeline.id };
    }),
  })
  pipelineEvents(
    @Root() event: OutboxEvent,
    @Session() ctx: RequestContext,
    @Arg('pipelineId', () => ID) _pipelineId: string,
    @Arg('after', () => Int, AFTER) _after: number | null,
  ): OutboxEvent {
    return fresh(ctx, event);
  }

  @Authorized()
  @Subscription(() => OutboxEvent, {
    description: 'Everything that happens to one deal.',
    subscribe: (data: Data) => follow(data, async (ctx) => {
      const deal = await ctx.data.repo(Deal).getById(data.args.id ?? '', 'Deal', 'id');
      return { kind: 'deal', dealId: deal.id };
    }),
  })
  dealEvents(
    @Root() event: OutboxEvent,
    @Session() ctx: RequestContext,
    @Arg('id', () => ID) _id: string,
    @Arg('after', () => Int, AFTER) _after: number | null,
  ): OutboxEvent {
    return fresh(ctx, event);
  }

  @Authorized()
  @Subscription(() => OutboxEvent, {
    description: 'The caller\'s notifications: a deal or lead assigned to them by someone else, a task of theirs due.',
    subscribe: (data: Data) => follow(data, (ctx) => Promise.resolve({ kind: 'notifications', userId: ctx.userId })),
  })
  myNotifications(
    @Root() event: OutboxEvent,
    @Session() ctx: RequestContext,
    @Arg('after', () => Int, AFTER) _after: number | null,
  ): OutboxEvent {
    return fresh(ctx, event);
  }
}

async function follow(data: Data, topicOf: (ctx: RequestContext) => Promise<Topic>): Promise<AsyncIterableIterator<OutboxEvent>> {
  const ctx = data.context.session;
  if (!ctx) throw data.context.authError ?? new UnauthenticatedError();
  const after = data.args.after ?? null;
  if (after !== null && (!Number.isInteger(after) || after < 0)) {
    throw new UserInputError('after', 'after must be a cursor: a whole number from 0');
  }
  const topic = await topicOf(ctx);
  return data.context.live.subscribe(ctx.tenantId, viewerOf(ctx), topic, after);
}

/** A subscription's context lives as long as it does: each event starts with empty loaders. */
function fresh(ctx: RequestContext, event: OutboxEvent): OutboxEvent {
  ctx.clearLoaders();
  return event;
}
