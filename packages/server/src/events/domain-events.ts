import type { RequestContext } from '../tenancy/request-context';
import { OutboxEvent } from './outbox-event.entity';

/**
 * What the board and other live views need to know. Names are past tense: they describe
 * something that has happened, in the transaction that made it happen.
 */
export enum DealEventType {
  CREATED = 'DealCreated',
  UPDATED = 'DealUpdated',
  MOVED = 'DealMoved',
  WON = 'DealWon',
  LOST = 'DealLost',
  REOPENED = 'DealReopened',
  DELETED = 'DealDeleted',
  /** Left this pipeline for another (the event is filed under the pipeline it left). */
  TRANSFERRED_OUT = 'DealTransferredOut',
  /** Arrived from another pipeline (filed under the pipeline it joined). */
  TRANSFERRED_IN = 'DealTransferredIn',
}

export enum LeadEventType {
  CREATED = 'LeadCreated',
  STATUS_CHANGED = 'LeadStatusChanged',
  CONVERTED = 'LeadConverted',
}

export enum ActivityEventType {
  CREATED = 'ActivityCreated',
  COMPLETED = 'ActivityCompleted',
}

export enum PipelineEventType {
  CREATED = 'PipelineCreated',
  /** Renamed, or made the default. */
  UPDATED = 'PipelineUpdated',
  DELETED = 'PipelineDeleted',
  /** Stages were added, renamed, reordered, re-weighted or removed: reload the columns. */
  STAGES_CHANGED = 'StagesChanged',
}

/** The deal as a board card needs it after the change. */
interface DealSnapshot {
  id: string;
  version: number;
  pipelineId: string;
  stageId: string;
  position: number;
  ownerId: string;
}

/** Records a deal event in the command's transaction, under the deal's pipeline. */
export function recordDealEvent(
  ctx: RequestContext,
  type: DealEventType,
  deal: DealSnapshot,
  details: Record<string, unknown> = {},
): Promise<void> {
  return record(ctx, {
    type,
    subjectId: deal.id,
    pipelineId: deal.pipelineId,
    ownerId: deal.ownerId,
    payload: { version: deal.version, stageId: deal.stageId, position: deal.position, ...details },
  });
}

/**
 * Records an event about a lead, an activity or another owned record that no board shows;
 * it reaches its owner's notifications once those are delivered.
 */
export function recordEvent(
  ctx: RequestContext,
  type: LeadEventType | ActivityEventType,
  subject: { id: string; ownerId: string; version: number },
  details: Record<string, unknown> = {},
): Promise<void> {
  return record(ctx, { type, subjectId: subject.id, pipelineId: null, ownerId: subject.ownerId, payload: { version: subject.version, ...details } });
}

/** Records a change to a pipeline's structure; everyone watching the pipeline receives it. */
export function recordPipelineEvent(ctx: RequestContext, type: PipelineEventType, pipelineId: string): Promise<void> {
  return record(ctx, { type, subjectId: pipelineId, pipelineId, ownerId: ctx.userId, payload: {} });
}

async function record(
  ctx: RequestContext,
  event: { type: string; subjectId: string; pipelineId: string | null; ownerId: string; payload: Record<string, unknown> },
): Promise<void> {
  await ctx.data.repo(OutboxEvent).insert({
    ...event,
    sequence: await ctx.data.nextEventSequence(),
    actorId: ctx.userId,
    occurredAt: new Date(),
    payload: JSON.stringify(event.payload),
  });
}
