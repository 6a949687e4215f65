import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../tenancy/request-context';
import { NOTIFICATION_TYPES, PipelineEventType } from './domain-events';
import type { OutboxEvent } from './outbox-event.entity';

/**
 * Which events a user may receive, live or on catch-up: exactly what a query of theirs could
 * read. The tenant is settled before this (feeds are per tenant, reads go through TenantScope);
 * this file holds the rule within the tenant, once in memory and once as SQL, kept side by side.
 *
 * - A notification is for the person it is filed under, nobody else.
 * - A REP limited to their own records sees events about records they own, or owned until this
 *   event (so their board learns a deal was given to someone else), and a pipeline's structure
 *   changes, which concern every viewer.
 * - Everyone else sees every event of the tenant.
 */
export interface Viewer {
  userId: string;
  ownRecordsOnly: boolean;
}

const SHARED_TYPES: readonly string[] = Object.values(PipelineEventType);

export function viewerOf(ctx: RequestContext): Viewer {
  return { userId: ctx.userId, ownRecordsOnly: ctx.ownRecordsOnly };
}

export function canSee(viewer: Viewer, event: OutboxEvent): boolean {
  if (NOTIFICATION_TYPES.includes(event.type)) return event.ownerId === viewer.userId;
  if (!viewer.ownRecordsOnly) return true;
  return event.ownerId === viewer.userId || event.formerOwnerId === viewer.userId || SHARED_TYPES.includes(event.type);
}

/** `canSee` as conditions on a query of events aliased `e`. */
export function whereVisible(query: SelectQueryBuilder<OutboxEvent>, viewer: Viewer): SelectQueryBuilder<OutboxEvent> {
  query.andWhere('(e.type NOT IN (:...visibilityNotifications) OR e.ownerId = :visibilityViewer)', {
    visibilityNotifications: NOTIFICATION_TYPES,
    visibilityViewer: viewer.userId,
  });
  if (viewer.ownRecordsOnly) {
    query.andWhere('(e.ownerId = :visibilityViewer OR e.formerOwnerId = :visibilityViewer OR e.type IN (:...visibilityShared))', {
      visibilityShared: SHARED_TYPES,
    });
  }
  return query;
}
