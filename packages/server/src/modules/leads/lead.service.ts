import { LeadEventType, NotificationType, recordAssignment, recordEvent } from '../../events/domain-events';
import { fullNameOf, optionalEmail } from '../../common/person';
import { In } from 'typeorm';
import { definedOnly, optionalText } from '../../common/text';
import { SortDirection, paginate, type Connection, type PageArgs, type SortKey } from '../../graphql/connection';
import { ConflictError, UserInputError } from '../../graphql/errors';
import { contains, containsPattern } from '../../graphql/search';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { Activity } from '../activities/activity.entity';
import { normalizeDomain } from '../organizations/organization.service';
import type { ReferralService } from '../partners/referral.service';
import type { UserService } from '../users/user.service';
import { FUNNEL_STATUSES, Lead, LeadStatus } from './lead.entity';
import { LeadStatusChange } from './lead-status-change.entity';
import {
  LeadOrderField,
  type ChangeLeadStatusInput,
  type CreateLeadInput,
  type LeadFilter,
  type LeadOrderBy,
  type UpdateLeadInput,
} from './lead.inputs';

const SORT: Record<LeadOrderField, SortKey<Lead>> = {
  [LeadOrderField.CREATED_AT]: { property: 'id', type: 'string' },
  [LeadOrderField.UPDATED_AT]: { property: 'updatedAt', type: 'date' },
  [LeadOrderField.SCORE]: { property: 'score', type: 'number' },
  [LeadOrderField.NAME]: { property: 'fullName', type: 'string' },
};

/** The records a conversion created or matched; see `LeadService.markConverted`. */
export interface ConversionLinks {
  contactId: string | null;
  organizationId: string | null;
  dealId: string | null;
}

/** Leads and their funnel lifecycle (DOMAIN.md §3). */
export class LeadService {
  constructor(
    private readonly users: UserService,
    private readonly referrals: ReferralService,
  ) {}

  list(ctx: RequestContext, page: PageArgs, filter: LeadFilter = {}, orderBy?: LeadOrderBy): Promise<Connection<Lead>> {
    const query = ctx.data.repo(Lead).select('l');
    if (filter.search?.trim()) {
      query.andWhere(contains(['l.fullName', 'l.email', 'l.companyName'], 'search'), { search: containsPattern(filter.search) });
    }
    if (filter.status?.length) query.andWhere('l.status IN (:...statuses)', { statuses: filter.status });
    if (filter.source?.length) query.andWhere('l.source IN (:...sources)', { sources: filter.source });
    if (filter.ownerId) query.andWhere('l.ownerId = :ownerId', { ownerId: filter.ownerId });
    if (filter.partnerId) query.andWhere('l.partnerId = :partnerId', { partnerId: filter.partnerId });
    if (filter.minScore != null) query.andWhere('l.score >= :minScore', { minScore: filter.minScore });
    if (filter.createdAfter) query.andWhere('l.createdAt >= :createdAfter', { createdAfter: filter.createdAfter });
    if (filter.createdBefore) query.andWhere('l.createdAt < :createdBefore', { createdBefore: filter.createdBefore });
    // Without an explicit order the newest leads come first: the inbox view.
    const sort = SORT[orderBy?.field ?? LeadOrderField.CREATED_AT];
    return paginate(query, 'l', page, sort, orderBy ? orderBy.direction : SortDirection.DESC);
  }

  get(ctx: RequestContext, id: string): Promise<Lead> {
    return ctx.data.repo(Lead).getById(id, 'Lead', 'id');
  }

  async create(ctx: RequestContext, input: CreateLeadInput): Promise<Lead> {
    const owner = await this.users.assertAssignable(ctx, input.ownerId ?? ctx.userId);
    const status = initialStatus(input.status);
    const firstName = input.firstName.trim();
    const lastName = optionalText(input.lastName) ?? null;
    const referral = await this.referrals.forNewLead(ctx, input.referralCode);
    const lead = await ctx.data.repo(Lead).insert({
      firstName,
      lastName,
      fullName: fullNameOf(firstName, lastName),
      email: optionalEmail(input.email) ?? null,
      phone: optionalText(input.phone) ?? null,
      companyName: optionalText(input.companyName) ?? null,
      jobTitle: optionalText(input.jobTitle) ?? null,
      companyWebsite: normalizeWebsite(input.companyWebsite) ?? null,
      companyEmployeeCount: input.companyEmployeeCount ?? null,
      source: referral?.source ?? input.source,
      sourceDetail: optionalText(input.sourceDetail) ?? referral?.sourceDetail ?? null,
      status,
      score: input.score ?? 0,
      disqualifiedReason: null,
      ownerId: owner.id,
      convertedAt: null,
      convertedContactId: null,
      convertedOrganizationId: null,
      convertedDealId: null,
      ...referral?.credit,
    });
    if (referral) await this.referrals.record(ctx, lead, referral);
    await this.recordChange(ctx, lead, null, null);
    await recordAssignment(ctx, NotificationType.LEAD_ASSIGNED, { ...lead, title: lead.fullName }, null);
    return lead;
  }

  async update(ctx: RequestContext, input: UpdateLeadInput): Promise<Lead> {
    const lead = await this.get(ctx, input.id);
    assertNotConverted(lead);
    const firstName = optionalText(input.firstName);
    if (firstName === null) throw new UserInputError('firstName', 'First name cannot be blank');
    if (input.source === null) throw new UserInputError('source', 'Say where the lead came from');
    if (input.score === null) throw new UserInputError('score', 'Score cannot be empty; use 0 for a lead not scored yet');
    if (input.ownerId) await this.users.assertAssignable(ctx, input.ownerId);
    const lastName = optionalText(input.lastName);
    const fullName = fullNameOf(firstName ?? lead.firstName, lastName === undefined ? lead.lastName : lastName);
    const formerOwnerId = lead.ownerId;
    const updated = await ctx.data.repo(Lead).update(lead, definedOnly({
      firstName,
      lastName,
      fullName,
      email: optionalEmail(input.email),
      phone: optionalText(input.phone),
      companyName: optionalText(input.companyName),
      jobTitle: optionalText(input.jobTitle),
      companyWebsite: normalizeWebsite(input.companyWebsite),
      companyEmployeeCount: input.companyEmployeeCount,
      source: input.source,
      sourceDetail: optionalText(input.sourceDetail),
      score: input.score,
      ownerId: input.ownerId ?? undefined,
    }), input.version ?? undefined);
    await recordAssignment(ctx, NotificationType.LEAD_ASSIGNED, { ...updated, title: updated.fullName }, formerOwnerId);
    return updated;
  }

  /** Moves a lead along the funnel, out of it (disqualify) or back in (requalify); see `assertTransition`. */
  async changeStatus(ctx: RequestContext, input: ChangeLeadStatusInput): Promise<Lead> {
    const lead = await this.get(ctx, input.id);
    assertNotConverted(lead);
    const reason = optionalText(input.reason) ?? null;
    assertTransition(lead.status, input.status, reason);
    const from = lead.status;
    const disqualifiedReason = input.status === LeadStatus.DISQUALIFIED ? reason : null;
    await ctx.data.repo(Lead).update(lead, { status: input.status, disqualifiedReason }, input.version);
    await this.recordChange(ctx, lead, from, reason);
    await this.referrals.leadStatusChanged(ctx, lead, from);
    return lead;
  }

  /**
   * Marks `lead` as converted into the given records and writes its history row. Called by the
   * lead conversion command inside its transaction; refuses a lead that is already converted or
   * disqualified, and one changed by someone else since it was read (CONFLICT).
   */
  async markConverted(ctx: RequestContext, lead: Lead, links: ConversionLinks): Promise<Lead> {
    assertNotConverted(lead);
    if (lead.status === LeadStatus.DISQUALIFIED) {
      throw new ConflictError('This lead is disqualified; requalify it before converting it');
    }
    const from = lead.status;
    await ctx.data.repo(Lead).update(lead, {
      status: LeadStatus.CONVERTED,
      convertedAt: new Date(),
      convertedContactId: links.contactId,
      convertedOrganizationId: links.organizationId,
      convertedDealId: links.dealId,
    }, lead.version);
    await this.recordChange(ctx, lead, from, null);
    return lead;
  }

  /** Deletes a lead with its history; its activities stay, unlinked, because they count as work done. */
  async delete(ctx: RequestContext, id: string): Promise<string> {
    ctx.requireRole(Role.MANAGER, 'delete leads');
    const lead = await this.get(ctx, id);
    if (lead.status === LeadStatus.CONVERTED) {
      throw new ConflictError('A converted lead is kept for funnel reporting and cannot be deleted');
    }
    await ctx.data.repo(LeadStatusChange).delete({ leadId: lead.id });
    await ctx.data.repo(Activity).updateWhere({ leadId: lead.id }, { leadId: null });
    await ctx.data.repo(Lead).delete({ id: lead.id });
    return lead.id;
  }

  /** The lead's status history, oldest first, loaded for every lead of the request at once. */
  historyOf(ctx: RequestContext, leadId: string): Promise<LeadStatusChange[]> {
    return ctx
      .batch('leadHistory', async (leadIds) => {
        const changes = await ctx.data.repo(LeadStatusChange).find({
          where: { leadId: In([...leadIds]) },
          order: { changedAt: 'ASC', id: 'ASC' },
        });
        return leadIds.map((id) => changes.filter((change) => change.leadId === id));
      })
      .load(leadId);
  }

  private async recordChange(ctx: RequestContext, lead: Lead, from: LeadStatus | null, reason: string | null): Promise<void> {
    await ctx.data.repo(LeadStatusChange).insert({
      leadId: lead.id,
      fromStatus: from,
      toStatus: lead.status,
      changedAt: lead.updatedAt,
      changedById: ctx.userId,
      reason,
    });
    const type = from === null ? LeadEventType.CREATED : lead.status === LeadStatus.CONVERTED ? LeadEventType.CONVERTED : LeadEventType.STATUS_CHANGED;
    await recordEvent(ctx, type, { ...lead, dealId: lead.convertedDealId }, {
      status: lead.status,
      fromStatus: from,
    });
  }
}

function initialStatus(status: LeadStatus | null | undefined): LeadStatus {
  if (!status) return LeadStatus.LEAD;
  if (!FUNNEL_STATUSES.includes(status)) {
    throw new UserInputError('status', 'A new lead starts at LEAD, MQL, SAL or SQL; disqualify or convert it afterwards');
  }
  return status;
}

/**
 * The funnel rule: LEAD, MQL, SAL and SQL move freely forward and back; any of them may be
 * disqualified with a reason; a disqualified lead comes back only as LEAD; CONVERTED is reached
 * only by conversion.
 */
function assertTransition(from: LeadStatus, to: LeadStatus, reason: string | null): void {
  if (to === LeadStatus.CONVERTED) {
    throw new UserInputError('status', 'A lead becomes CONVERTED only by converting it into a contact and deal');
  }
  if (to === from) throw new UserInputError('status', `The lead is already ${from}`);
  if (from === LeadStatus.DISQUALIFIED && to !== LeadStatus.LEAD) {
    throw new UserInputError('status', `A disqualified lead must be requalified to LEAD before it can become ${to}`);
  }
  if (to === LeadStatus.DISQUALIFIED && !reason) {
    throw new UserInputError('reason', 'Say why the lead is disqualified');
  }
}

function assertNotConverted(lead: Lead): void {
  if (lead.status !== LeadStatus.CONVERTED) return;
  const on = lead.convertedAt ? ` on ${lead.convertedAt.toISOString().slice(0, 10)}` : '';
  throw new ConflictError(`This lead was converted${on} and can no longer change; edit its contact or deal instead`);
}

/** Kept as typed, but it must name a web domain, so conversion can match the organization by it. */
function normalizeWebsite(value: string | null | undefined): string | null | undefined {
  const website = optionalText(value);
  if (!website) return website;
  try {
    normalizeDomain(website);
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    throw new UserInputError('companyWebsite', `"${website}" is not a website address (for example acme.com)`);
  }
  return website;
}
