import { Field, Int, ObjectType } from 'type-graphql';
import { UserInputError } from '../graphql/errors';
import type { RequestContext } from '../tenancy/request-context';
import { PipelineEventType } from './domain-events';
import { OutboxEvent } from './outbox-event.entity';

export const MAX_EVENTS_PER_PAGE = 500;

@ObjectType({ simpleResolvers: true, description: 'Events after a cursor, oldest first.' })
export class EventPage {
  @Field(() => [OutboxEvent])
  events: OutboxEvent[];

  @Field(() => Boolean, { description: 'More events follow; ask again after `cursor`.' })
  hasMore: boolean;

  @Field(() => Int, { description: 'Where the next call should start: the last event returned, or `after`.' })
  cursor: number;
}

/**
 * A pipeline's events after a cursor: how a board that lost its connection catches up without
 * reloading. A REP limited to their own records gets the events about their own deals and the
 * pipeline's structure changes, which concern every viewer.
 */
export async function pipelineEventsAfter(ctx: RequestContext, pipelineId: string, after: number, first: number): Promise<EventPage> {
  if (!Number.isInteger(after) || after < 0) throw new UserInputError('after', 'after must be a cursor: a whole number from 0');
  if (first < 1 || first > MAX_EVENTS_PER_PAGE) throw new UserInputError('first', `first must be between 1 and ${MAX_EVENTS_PER_PAGE}`);
  const query = ctx.data.unrestricted().repo(OutboxEvent).select('e')
    .andWhere('e.pipelineId = :pipelineId AND e.sequence > :after', { pipelineId, after })
    .orderBy('e.sequence', 'ASC')
    .limit(first + 1);
  if (ctx.ownRecordsOnly) {
    query.andWhere('(e.ownerId = :viewer OR e.type IN (:...sharedTypes))', { viewer: ctx.userId, sharedTypes: Object.values(PipelineEventType) });
  }
  const rows = await query.getMany();
  const events = rows.slice(0, first);
  return { events, hasMore: rows.length > first, cursor: events.at(-1)?.sequence ?? after };
}
