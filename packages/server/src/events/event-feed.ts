import { Field, Int, ObjectType } from 'type-graphql';
import { UserInputError } from '../graphql/errors';
import type { TenantScope } from '../tenancy/tenant-scope';
import { NOTIFICATION_TYPES } from './domain-events';
import { whereVisible, type Viewer } from './event-visibility';
import { OutboxEvent } from './outbox-event.entity';

export const MAX_EVENTS_PER_PAGE = 500;

/**
 * What a live view follows: a pipeline's board, one deal, or the caller's notifications. An
 * event is published under every topic it belongs to (see `topicKeysOf`), so a subscriber only
 * looks at the events of its own topic.
 */
export type Topic =
  | { kind: 'pipeline'; pipelineId: string }
  | { kind: 'deal'; dealId: string }
  | { kind: 'notifications'; userId: string };

export function topicKey(topic: Topic): string {
  switch (topic.kind) {
    case 'pipeline': return `pipeline:${topic.pipelineId}`;
    case 'deal': return `deal:${topic.dealId}`;
    case 'notifications': return `notifications:${topic.userId}`;
  }
}

export function topicKeysOf(event: OutboxEvent): string[] {
  const keys: string[] = [];
  if (event.dealId) keys.push(`deal:${event.dealId}`);
  if (event.pipelineId) keys.push(`pipeline:${event.pipelineId}`);
  if (NOTIFICATION_TYPES.includes(event.type)) keys.push(`notifications:${event.ownerId}`);
  return keys;
}

@ObjectType({ simpleResolvers: true, description: 'Events after a cursor, oldest first.' })
export class EventPage {
  @Field(() => [OutboxEvent])
  events: OutboxEvent[];

  @Field(() => Boolean, { description: 'More events follow; ask again after `cursor`.' })
  hasMore: boolean;

  @Field(() => Int, { description: 'Where the next call should start: the last event returned, or `after`.' })
  cursor: number;

  @Field(() => Boolean, {
    description: 'The cursor is older than the events kept: reload the view (e.g. pipelineBoard) and go on from its eventCursor.',
  })
  reloadRequired: boolean;
}

/**
 * A topic's events after a cursor: how a board that lost its connection catches up without
 * reloading, or learns that it must reload because events that old are no longer kept.
 */
export async function eventsAfter(scope: TenantScope, topic: Topic, viewer: Viewer, after: number, first: number): Promise<EventPage> {
  if (!Number.isInteger(after) || after < 0) throw new UserInputError('after', 'after must be a cursor: a whole number from 0');
  if (first < 1 || first > MAX_EVENTS_PER_PAGE) throw new UserInputError('first', `first must be between 1 and ${MAX_EVENTS_PER_PAGE}`);
  if (after < (await retainedFloor(scope))) {
    return { events: [], hasMore: false, cursor: (await scope.tenant()).eventSequence, reloadRequired: true };
  }
  const rows = await readTopic(scope, topic, viewer, after, first + 1);
  const events = rows.slice(0, first);
  return { events, hasMore: rows.length > first, cursor: events.at(-1)?.sequence ?? after, reloadRequired: false };
}

/** Up to `limit` events of the topic after the cursor that the viewer may see, oldest first. */
export function readTopic(scope: TenantScope, topic: Topic, viewer: Viewer, after: number, limit: number): Promise<OutboxEvent[]> {
  return topicQuery(scope, topic, viewer)
    .andWhere('e.sequence > :after', { after })
    .orderBy('e.sequence', 'ASC')
    .limit(limit)
    .getMany();
}

/** How many of the topic's events after the cursor the viewer may see (a person's unread notifications). */
export function countTopic(scope: TenantScope, topic: Topic, viewer: Viewer, after: number): Promise<number> {
  return topicQuery(scope, topic, viewer).andWhere('e.sequence > :after', { after }).getCount();
}

/**
 * The cursor just before the viewer's `count` latest events of the topic at or before `upTo`:
 * reading after it gives those and everything newer (recent notifications, read and unread).
 * Never below what is kept, so the read cannot ask for a reload.
 */
export async function cursorBefore(scope: TenantScope, topic: Topic, viewer: Viewer, upTo: number, count: number): Promise<number> {
  const nth = await topicQuery(scope, topic, viewer)
    .andWhere('e.sequence <= :upTo', { upTo })
    .orderBy('e.sequence', 'DESC')
    .offset(count - 1)
    .limit(1)
    .getOne();
  return Math.max(nth ? nth.sequence - 1 : 0, await retainedFloor(scope));
}

/** The topic's events the viewer may see, as a query of events aliased `e`. */
function topicQuery(scope: TenantScope, topic: Topic, viewer: Viewer) {
  // Visibility is applied by whereVisible, so the REP limit of the scope is lifted here.
  const query = scope.unrestricted().repo(OutboxEvent).select('e');
  switch (topic.kind) {
    case 'pipeline': query.andWhere('e.pipelineId = :pipelineId', { pipelineId: topic.pipelineId }); break;
    case 'deal': query.andWhere('e.dealId = :dealId', { dealId: topic.dealId }); break;
    case 'notifications': query.andWhere('e.ownerId = :recipient AND e.type IN (:...notificationTypes)', {
      recipient: topic.userId,
      notificationTypes: NOTIFICATION_TYPES,
    }); break;
  }
  return whereVisible(query, viewer);
}

/** Every event of the tenant after the cursor, up to `limit`, oldest first (for live feeds). */
export function readAll(scope: TenantScope, after: number, limit: number): Promise<OutboxEvent[]> {
  return scope.unrestricted().repo(OutboxEvent).select('e')
    .andWhere('e.sequence > :after', { after })
    .orderBy('e.sequence', 'ASC')
    .limit(limit)
    .getMany();
}

/**
 * The cursor below which events may have been pruned (see event-retention.ts): a reader behind
 * it cannot be sure it has everything and must reload.
 */
export async function retainedFloor(scope: TenantScope): Promise<number> {
  const oldest = await scope.unrestricted().repo(OutboxEvent).select('e')
    .orderBy('e.sequence', 'ASC')
    .limit(1)
    .getOne();
  return oldest ? oldest.sequence - 1 : (await scope.tenant()).eventSequence;
}
