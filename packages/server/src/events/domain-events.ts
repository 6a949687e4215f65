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

/** Partner programme events: what commission and reward plugins run on (see plugins/hooks.ts). */
export enum PartnerEventType {
  REGISTRATION_SUBMITTED = 'DealRegistrationSubmitted',
  REGISTRATION_APPROVED = 'DealRegistrationApproved',
  REGISTRATION_REJECTED = 'DealRegistrationRejected',
  REFERRAL_CONVERTED = 'ReferralConverted',
  /** A commission period was closed: one per active partner, for period-end true-ups. */
  PERIOD_CLOSED = 'CommissionPeriodClosed',
}

/** Money moving on a won deal, as a billing system reports it (payments/payment.service.ts). */
export enum PaymentEventType {
  INVOICE_PAID = 'InvoicePaid',
  REFUND_RECORDED = 'RefundRecorded',
  SUBSCRIPTION_CHURNED = 'SubscriptionChurned',
}

/** Told to one person: the owner the event is filed under (see notifications in live-hub.ts). */
export enum NotificationType {
  /** A deal became theirs, assigned by someone else. */
  DEAL_ASSIGNED = 'DealAssigned',
  LEAD_ASSIGNED = 'LeadAssigned',
  /** An open task, call or meeting of theirs reached its due time. */
  TASK_DUE = 'TaskDue',
}

export const NOTIFICATION_TYPES: readonly string[] = Object.values(NotificationType);

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
  formerOwnerId: string | null = null,
): Promise<void> {
  return record(ctx, {
    type,
    subjectId: deal.id,
    pipelineId: deal.pipelineId,
    dealId: deal.id,
    ownerId: deal.ownerId,
    formerOwnerId: formerOwnerId === deal.ownerId ? null : formerOwnerId,
    payload: { version: deal.version, stageId: deal.stageId, position: deal.position, ...details },
  });
}

/**
 * Tells the owner of a deal or lead that someone else gave it to them (on creation or a
 * reassignment). Nobody is told about what they assigned to themselves.
 */
export async function recordAssignment(
  ctx: RequestContext,
  type: NotificationType.DEAL_ASSIGNED | NotificationType.LEAD_ASSIGNED,
  subject: { id: string; ownerId: string; version: number; title: string },
  formerOwnerId: string | null,
): Promise<void> {
  if (subject.ownerId === ctx.userId || subject.ownerId === formerOwnerId) return;
  await record(ctx, {
    type,
    subjectId: subject.id,
    pipelineId: null,
    dealId: type === NotificationType.DEAL_ASSIGNED ? subject.id : null,
    ownerId: subject.ownerId,
    formerOwnerId,
    payload: { version: subject.version, title: subject.title },
  });
}

/** Tells a task's owner it is due. Recorded by a job, so nobody is its actor. */
export function recordTaskDue(
  ctx: RequestContext,
  task: { id: string; ownerId: string; version: number; subject: string; dueAt: Date; dealId: string | null },
): Promise<void> {
  return record(ctx, {
    type: NotificationType.TASK_DUE,
    subjectId: task.id,
    pipelineId: null,
    dealId: task.dealId,
    ownerId: task.ownerId,
    payload: { version: task.version, title: task.subject, dueAt: task.dueAt.toISOString() },
  }, null);
}

/**
 * Records an event about a lead, an activity or another owned record that no board shows;
 * it reaches its owner's notifications once those are delivered.
 */
export function recordEvent(
  ctx: RequestContext,
  type: LeadEventType | ActivityEventType,
  subject: { id: string; ownerId: string; version: number; dealId: string | null },
  details: Record<string, unknown> = {},
): Promise<void> {
  return record(ctx, {
    type,
    subjectId: subject.id,
    pipelineId: null,
    dealId: subject.dealId,
    ownerId: subject.ownerId,
    payload: { version: subject.version, dealId: subject.dealId, ...details },
  });
}

/**
 * Records a partner or payment event. `ownerId` is who looks after it (the deal's owner, the
 * partner's channel manager); the plugin runner reads the details from the records it names.
 */
export function recordBusinessEvent(
  ctx: RequestContext,
  type: PartnerEventType | PaymentEventType,
  subject: { id: string; ownerId: string; dealId: string | null },
  details: Record<string, unknown> = {},
): Promise<void> {
  return record(ctx, {
    type,
    subjectId: subject.id,
    pipelineId: null,
    dealId: subject.dealId,
    ownerId: subject.ownerId,
    payload: details,
  });
}

/** Records a change to a pipeline's structure; everyone watching the pipeline receives it. */
export function recordPipelineEvent(ctx: RequestContext, type: PipelineEventType, pipelineId: string): Promise<void> {
  return record(ctx, { type, subjectId: pipelineId, pipelineId, dealId: null, ownerId: ctx.userId, payload: {} });
}

interface NewEvent {
  type: string;
  subjectId: string;
  pipelineId: string | null;
  dealId: string | null;
  ownerId: string;
  formerOwnerId?: string | null;
  payload: Record<string, unknown>;
}

async function record(ctx: RequestContext, event: NewEvent, actorId: string | null = ctx.userId): Promise<void> {
  // The outbox is bookkeeping, not the caller's records: a partner's user, whose row limit
  // closes this table to them, records events too (a deal registration's).
  await ctx.data.unrestricted().repo(OutboxEvent).insert({
    ...event,
    formerOwnerId: event.formerOwnerId ?? null,
    sequence: await ctx.data.nextEventSequence(),
    actorId,
    occurredAt: new Date(),
    payload: JSON.stringify(event.payload),
    dispatchedAt: null,
  });
}
