import { LessThanOrEqual, type SelectQueryBuilder } from 'typeorm';
import { definedOnly, optionalText } from '../../common/text';
import {
  SortDirection,
  paginate,
  type Connection,
  type PageArgs,
  type SortKey,
} from '../../graphql/connection';
import { ActivityEventType, recordEvent, recordTaskDue } from '../../events/domain-events';
import { childConnection, type ChildList } from '../../graphql/child-connection';
import { ConflictError, UserInputError } from '../../graphql/errors';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import type { TenantEntity } from '../../tenancy/tenant-entity';
import { Contact } from '../contacts/contact.entity';
import { Deal } from '../deals/deal.entity';
import { Lead } from '../leads/lead.entity';
import { Organization } from '../organizations/organization.entity';
import type { UserService } from '../users/user.service';
import { AGENDA_TYPES, Activity, ActivityType } from './activity.entity';
import {
  ActivityOrderField,
  type ActivityFilter,
  type ActivityOrderBy,
  type CompleteActivityInput,
  type CreateActivityInput,
  type ForwardPageArgs,
  type UpdateActivityInput,
} from './activity.inputs';

const SORT: Record<ActivityOrderField, SortKey<Activity>> = {
  [ActivityOrderField.CREATED_AT]: { property: 'id', type: 'string' },
  [ActivityOrderField.DUE_AT]: { property: 'sortAt', type: 'date' },
  [ActivityOrderField.UPDATED_AT]: { property: 'updatedAt', type: 'date' },
};

/** Client clocks drift: a done time this far ahead of ours still counts as now. */
const CLOCK_SKEW_MS = 5 * 60_000;

export type LinkField = 'dealId' | 'contactId' | 'leadId' | 'organizationId';
type Links = Partial<Record<LinkField, string | null>>;

const LINKED: Record<LinkField, { entity: new () => TenantEntity; label: string }> = {
  dealId: { entity: Deal, label: 'Deal' },
  contactId: { entity: Contact, label: 'Contact' },
  leadId: { entity: Lead, label: 'Lead' },
  organizationId: { entity: Organization, label: 'Organization' },
};

/** Calls, emails, meetings, tasks and notes, and the agenda they make. */
export class ActivityService {
  constructor(private readonly users: UserService) {}

  list(ctx: RequestContext, page: PageArgs, filter: ActivityFilter = {}, orderBy?: ActivityOrderBy): Promise<Connection<Activity>> {
    const query = ctx.data.repo(Activity).select('a');
    applyFilter(query, filter, new Date());
    const sort = SORT[orderBy?.field ?? ActivityOrderField.DUE_AT];
    return paginate(query, 'a', page, sort, orderBy?.direction ?? SortDirection.ASC);
  }

  /** The activities about one deal, contact, lead or organization (batched per request). */
  about(ctx: RequestContext, link: LinkField, recordId: string, page: PageArgs, orderBy?: ActivityOrderBy): Promise<Connection<Activity>> {
    const list: ChildList<Activity> = {
      name: `activitiesAbout:${link}`,
      entity: Activity,
      link,
      sort: SORT[orderBy?.field ?? ActivityOrderField.DUE_AT],
      direction: orderBy?.direction ?? SortDirection.ASC,
    };
    return childConnection(ctx, list, recordId, page);
  }

  /** The caller's open tasks, calls and meetings, earliest due first, so overdue ones lead. */
  myTasks(ctx: RequestContext, page: ForwardPageArgs): Promise<Connection<Activity>> {
    const query = ctx.data.repo(Activity).select('a')
      .andWhere('a.ownerId = :me', { me: ctx.userId })
      .andWhere('a.doneAt IS NULL')
      .andWhere('a.type IN (:...agendaTypes)', { agendaTypes: AGENDA_TYPES });
    return paginate(query, 'a', { first: page.first, after: page.after }, SORT[ActivityOrderField.DUE_AT], SortDirection.ASC);
  }

  get(ctx: RequestContext, id: string): Promise<Activity> {
    return ctx.data.repo(Activity).getById(id, 'Activity', 'id');
  }

  async create(ctx: RequestContext, input: CreateActivityInput): Promise<Activity> {
    const owner = await this.users.assertAssignable(ctx, input.ownerId ?? ctx.userId);
    const now = new Date();
    const doneAt = initialDoneAt(input, now);
    if (input.outcome && !doneAt) throw new UserInputError('outcome', 'An outcome needs doneAt: say when it happened');
    await assertLinksExist(ctx, input);
    const dueAt = input.dueAt ?? null;
    const activity = await ctx.data.repo(Activity).insert({
      createdAt: now,
      type: input.type,
      subject: input.subject.trim(),
      note: optionalText(input.note) ?? null,
      dueAt,
      doneAt,
      sortAt: sortAtOf(dueAt, doneAt, now),
      dueNoticeAt: dueNoticeOf(dueAt, doneAt),
      outcome: input.outcome ?? null,
      durationMinutes: input.durationMinutes ?? null,
      ownerId: owner.id,
      dealId: input.dealId ?? null,
      contactId: input.contactId ?? null,
      leadId: input.leadId ?? null,
      organizationId: input.organizationId ?? null,
    });
    await recordEvent(ctx, ActivityEventType.CREATED, activity, { type: activity.type, dueAt: activity.dueAt });
    return activity;
  }

  async update(ctx: RequestContext, input: UpdateActivityInput): Promise<Activity> {
    const activity = await this.get(ctx, input.id);
    const subject = optionalText(input.subject);
    if (subject === null) throw new UserInputError('subject', 'Subject cannot be blank');
    if (input.type === null) throw new UserInputError('type', 'Say what kind of activity this is');
    if (input.outcome && !activity.doneAt) {
      throw new UserInputError('outcome', 'Only a done activity has an outcome; complete it to record one');
    }
    if (input.ownerId) await this.users.assertAssignable(ctx, input.ownerId);
    await assertLinksExist(ctx, input);
    const dueAt = input.dueAt === undefined ? activity.dueAt : input.dueAt;
    return ctx.data.repo(Activity).update(activity, definedOnly({
      type: input.type,
      subject,
      note: optionalText(input.note),
      dueAt: input.dueAt,
      sortAt: sortAtOf(dueAt, activity.doneAt, activity.createdAt),
      // A new due time is a new reminder; an unchanged one keeps whether it was already sent.
      dueNoticeAt: sameInstant(dueAt, activity.dueAt) ? undefined : dueNoticeOf(dueAt, activity.doneAt),
      outcome: input.outcome,
      durationMinutes: input.durationMinutes,
      ownerId: input.ownerId ?? undefined,
      dealId: input.dealId,
      contactId: input.contactId,
      leadId: input.leadId,
      organizationId: input.organizationId,
    }), input.version ?? undefined);
  }

  async complete(ctx: RequestContext, input: CompleteActivityInput): Promise<Activity> {
    const activity = await this.get(ctx, input.id);
    if (activity.doneAt) {
      throw new ConflictError(`This activity was already done at ${activity.doneAt.toISOString()}; reopen it to complete it again`);
    }
    const now = new Date();
    const doneAt = input.doneAt ?? now;
    assertNotInFuture(doneAt, now);
    const completed = await ctx.data.repo(Activity).update(activity, definedOnly({
      doneAt,
      sortAt: sortAtOf(activity.dueAt, doneAt, activity.createdAt),
      dueNoticeAt: null,
      outcome: input.outcome ?? null,
      note: optionalText(input.note),
    }));
    await recordEvent(ctx, ActivityEventType.COMPLETED, completed, { outcome: completed.outcome });
    return completed;
  }

  /** Makes a done activity open again, dropping its outcome; an open one is returned as is. */
  async reopen(ctx: RequestContext, id: string): Promise<Activity> {
    const activity = await this.get(ctx, id);
    if (!activity.doneAt) return activity;
    return ctx.data.repo(Activity).update(activity, {
      doneAt: null,
      outcome: null,
      sortAt: sortAtOf(activity.dueAt, null, activity.createdAt),
      // Reopened with its due time still ahead: remind again then. One already past stays quiet.
      dueNoticeAt: activity.dueAt && activity.dueAt > new Date() ? activity.dueAt : null,
    });
  }

  /**
   * Tells the owner that an open activity is due, once per due time. Returns false when there
   * is nothing to tell (done, rescheduled, or told already by another server instance).
   */
  async noticeDue(ctx: RequestContext, id: string, now: Date): Promise<boolean> {
    const activity = await ctx.data.repo(Activity).findById(id);
    if (!activity?.dueAt || !activity.dueNoticeAt || activity.dueNoticeAt > now || activity.doneAt) return false;
    // The conditional write is the claim: of two instances at once, one changes the row.
    const claimed = await ctx.data.repo(Activity).updateWhere({ id, dueNoticeAt: LessThanOrEqual(now) }, { dueNoticeAt: null }, { touch: false });
    if (claimed === 0) return false;
    await recordTaskDue(ctx, { ...activity, dueAt: activity.dueAt });
    return true;
  }

  /** Owners delete their own activities; someone else's needs a manager. */
  async delete(ctx: RequestContext, id: string): Promise<string> {
    const activity = await this.get(ctx, id);
    if (activity.ownerId !== ctx.userId) ctx.requireRole(Role.MANAGER, 'delete other people\'s activities');
    await ctx.data.repo(Activity).delete({ id: activity.id });
    return activity.id;
  }
}

/** Open with a due time that has passed. */
export function isOverdue(activity: Activity, now: Date = new Date()): boolean {
  return !activity.doneAt && activity.dueAt !== null && activity.dueAt < now;
}

function applyFilter(query: SelectQueryBuilder<Activity>, filter: ActivityFilter, now: Date): void {
  if (filter.type?.length) query.andWhere('a.type IN (:...types)', { types: filter.type });
  for (const field of ['ownerId', 'dealId', 'contactId', 'leadId', 'organizationId'] as const) {
    const id = filter[field];
    if (id) query.andWhere(`a.${field} = :${field}`, { [field]: id });
  }
  if (filter.done != null) query.andWhere(filter.done ? 'a.doneAt IS NOT NULL' : 'a.doneAt IS NULL');
  if (filter.overdue != null) {
    // Spelled out rather than NOT(...): a null dueAt would make the negation null, hiding the row.
    query.andWhere(
      filter.overdue ? '(a.doneAt IS NULL AND a.dueAt < :now)' : '(a.doneAt IS NOT NULL OR a.dueAt IS NULL OR a.dueAt >= :now)',
      { now },
    );
  }
  if (filter.dueAfter) query.andWhere('a.dueAt >= :dueAfter', { dueAfter: filter.dueAfter });
  if (filter.dueBefore) query.andWhere('a.dueAt < :dueBefore', { dueBefore: filter.dueBefore });
}

function initialDoneAt(input: CreateActivityInput, now: Date): Date | null {
  if (input.doneAt) {
    if (input.type === ActivityType.TASK) {
      throw new UserInputError('doneAt', 'A task starts open: create it, then complete it when it is done');
    }
    assertNotInFuture(input.doneAt, now);
    return input.doneAt;
  }
  // A note records something said or learnt: it is done when written.
  return input.type === ActivityType.NOTE ? now : null;
}

function assertNotInFuture(doneAt: Date, now: Date): void {
  if (doneAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new UserInputError('doneAt', 'An activity cannot be done in the future; use dueAt to plan it');
  }
}

/** Each linked record must be one the caller can see in their workspace; NOT_FOUND names the field. */
async function assertLinksExist(ctx: RequestContext, links: Links): Promise<void> {
  for (const field of Object.keys(LINKED) as LinkField[]) {
    const id = links[field];
    if (id == null) continue;
    const { entity, label } = LINKED[field];
    await ctx.data.repo(entity).getById(id, label, field);
  }
}

/** An open activity with a due time tells its owner when that time comes. */
export function dueNoticeOf(dueAt: Date | null, doneAt: Date | null): Date | null {
  return doneAt === null ? dueAt : null;
}

function sameInstant(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}

function sortAtOf(dueAt: Date | null, doneAt: Date | null, createdAt: Date): Date {
  return dueAt ?? doneAt ?? createdAt;
}
