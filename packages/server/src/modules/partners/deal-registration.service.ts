import { LessThanOrEqual } from 'typeorm';
import { assertDate } from '../../common/dates';
import { optionalEmail } from '../../common/person';
import { optionalText } from '../../common/text';
import { PartnerEventType, recordBusinessEvent } from '../../events/domain-events';
import { SortDirection, paginate, type Connection, type PageArgs } from '../../graphql/connection';
import { ConflictError, NotFoundError, UserInputError } from '../../graphql/errors';
import { assertAmount, assertCurrency } from '../../money/money';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { Contact } from '../contacts/contact.entity';
import type { ContactService } from '../contacts/contact.service';
import type { DealService } from '../deals/deal.service';
import { Organization } from '../organizations/organization.entity';
import { normalizeDomain, type OrganizationService } from '../organizations/organization.service';
import { User } from '../users/user.entity';
import { AttributionSource, assertCreditable } from './attribution';
import { DealRegistration, RegistrationStatus } from './deal-registration.entity';
import type {
  ApproveDealRegistrationInput,
  DealRegistrationFilter,
  RejectDealRegistrationInput,
  SubmitDealRegistrationInput,
} from './deal-registration.inputs';
import { Partner, PartnerStatus } from './partner.entity';
import { findConflicts } from './registration-conflicts';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Deal registration: a partner claims an opportunity, a channel manager approves it (which opens
 * a deal credited to the partner) or rejects it, and an undecided one expires after the tenant's
 * window. A pending registration past its expiry is treated as expired at once; the expiry job
 * (jobs/registration-expiry.ts) only writes down what is already so.
 */
export class DealRegistrationService {
  constructor(
    private readonly deals: DealService,
    private readonly organizations: OrganizationService,
    private readonly contacts: ContactService,
  ) {}

  /** Newest first; a partner's users get their partner's only (the tenancy layer sees to it). */
  list(ctx: RequestContext, page: PageArgs, filter: DealRegistrationFilter = {}): Promise<Connection<DealRegistration>> {
    const query = ctx.data.repo(DealRegistration).select('r');
    if (filter.partnerId) query.andWhere('r.partnerId = :partnerId', { partnerId: filter.partnerId });
    if (filter.status?.length) {
      query.andWhere('(CASE WHEN r.status = :pendingStatus AND r.expiresAt <= :now THEN :expiredStatus ELSE r.status END) IN (:...statuses)', {
        pendingStatus: RegistrationStatus.PENDING,
        expiredStatus: RegistrationStatus.EXPIRED,
        now: new Date(),
        statuses: filter.status,
      });
    }
    return paginate(query, 'r', page, { property: 'id', type: 'string' }, SortDirection.DESC);
  }

  async submit(ctx: RequestContext, input: SubmitDealRegistrationInput): Promise<DealRegistration> {
    const partner = await this.registeringPartner(ctx, input.partnerId);
    const organizationName = input.organizationName.trim();
    const organizationDomain = registeredDomain(input.organizationDomain) ?? null;
    const now = new Date();
    const conflicts = await findConflicts(ctx, { partnerId: partner.id, organizationName, organizationDomain }, now);
    const expected = optionalText(input.expectedCloseDate);
    const registration = await ctx.data.repo(DealRegistration).insert({
      partnerId: partner.id,
      title: input.title.trim(),
      organizationName,
      organizationDomain,
      contactName: optionalText(input.contactName) ?? null,
      contactEmail: optionalEmail(input.contactEmail, 'contactEmail') ?? null,
      amountMinor: assertAmount('amountMinor', input.amountMinor),
      currency: assertCurrency('currency', input.currency.trim().toUpperCase()),
      expectedCloseDate: expected ? assertDate('expectedCloseDate', expected) : null,
      notes: optionalText(input.notes) ?? null,
      status: RegistrationStatus.PENDING,
      conflicts: JSON.stringify(conflicts),
      expiresAt: new Date(now.getTime() + (await ctx.tenant()).registrationExpiryDays * DAY_MS),
      submittedById: ctx.userId,
      decidedById: null,
      decidedAt: null,
      rejectionReason: null,
      dealId: null,
    });
    await recordBusinessEvent(ctx, PartnerEventType.REGISTRATION_SUBMITTED, {
      id: registration.id,
      ownerId: await this.channelManagerOf(ctx, partner),
      dealId: null,
    }, { registrationId: registration.id, partnerId: partner.id });
    return registration;
  }

  /**
   * Opens the deal the registration describes, credited to its partner: in the default (or given)
   * pipeline's first stage, with the organization found by domain or name (or created) and the
   * contact found by email (or created).
   */
  async approve(ctx: RequestContext, input: ApproveDealRegistrationInput): Promise<DealRegistration> {
    const registration = await this.decidable(ctx, input.id);
    const partner = await ctx.data.repo(Partner).getById(registration.partnerId, 'Partner');
    assertCreditable(partner, 'id');
    const ownerId = input.ownerId ?? ctx.userId;
    const organization = await this.organizationFor(ctx, registration, ownerId);
    const contact = await this.contactFor(ctx, registration, organization, ownerId);
    const decidedAt = new Date();
    const deal = await this.deals.create(ctx, {
      title: registration.title,
      amountMinor: registration.amountMinor,
      currency: registration.currency,
      pipelineId: input.pipelineId,
      ownerId,
      organizationId: organization.id,
      contactId: contact?.id,
      expectedCloseDate: registration.expectedCloseDate,
    }, {
      credit: { partnerId: partner.id, attributionSource: AttributionSource.REGISTRATION, attributedById: ctx.userId, attributedAt: decidedAt },
    });
    const approved = await ctx.data.repo(DealRegistration).update(registration, {
      status: RegistrationStatus.APPROVED,
      dealId: deal.id,
      decidedById: ctx.userId,
      decidedAt,
    });
    // Filed under the deal's owner: from now on the deal is what there is to look after.
    await recordBusinessEvent(ctx, PartnerEventType.REGISTRATION_APPROVED, { id: approved.id, ownerId: deal.ownerId, dealId: deal.id }, {
      registrationId: approved.id,
      partnerId: partner.id,
      dealId: deal.id,
    });
    return approved;
  }

  async reject(ctx: RequestContext, input: RejectDealRegistrationInput): Promise<DealRegistration> {
    const registration = await this.decidable(ctx, input.id);
    const rejected = await ctx.data.repo(DealRegistration).update(registration, {
      status: RegistrationStatus.REJECTED,
      rejectionReason: input.reason.trim(),
      decidedById: ctx.userId,
      decidedAt: new Date(),
    });
    const partner = await ctx.data.repo(Partner).getById(registration.partnerId, 'Partner');
    await recordBusinessEvent(ctx, PartnerEventType.REGISTRATION_REJECTED, {
      id: rejected.id,
      ownerId: await this.channelManagerOf(ctx, partner),
      dealId: null,
    }, { registrationId: rejected.id, partnerId: partner.id });
    return rejected;
  }

  /** Marks the tenant's pending registrations past their expiry as EXPIRED; returns how many. */
  expireDue(ctx: RequestContext, now = new Date()): Promise<number> {
    return ctx.data.repo(DealRegistration).updateWhere(
      { status: RegistrationStatus.PENDING, expiresAt: LessThanOrEqual(now) },
      { status: RegistrationStatus.EXPIRED },
    );
  }

  /**
   * The partner a registration is for: a partner's user registers for their own (another
   * partner's id is not found for them), a manager for the one they name. Only an active
   * partner registers deals.
   */
  private async registeringPartner(ctx: RequestContext, partnerId: string | null | undefined): Promise<Partner> {
    if (!ctx.partnerId) ctx.requireRole(Role.MANAGER, 'register a deal on a partner\'s behalf');
    // Said outright: the row limit of a partner's own row would answer any id with their own.
    if (ctx.partnerId && partnerId && partnerId !== ctx.partnerId) throw new NotFoundError('Partner', 'partnerId');
    const id = partnerId ?? ctx.partnerId;
    if (!id) throw new UserInputError('partnerId', 'Say which partner the registration is for');
    const partner = await ctx.data.repo(Partner).getById(id, 'Partner', 'partnerId');
    if (partner.status !== PartnerStatus.ACTIVE) {
      throw new ConflictError(`${partner.name} is ${partner.status.toLowerCase()}: only an active partner can register deals`);
    }
    return partner;
  }

  /** A registration still waiting for a decision, or CONFLICT saying why it is not. */
  private async decidable(ctx: RequestContext, id: string): Promise<DealRegistration> {
    const registration = await ctx.data.repo(DealRegistration).getById(id, 'Deal registration', 'id');
    const status = effectiveStatus(registration);
    if (status === RegistrationStatus.EXPIRED) {
      const on = registration.expiresAt.toISOString().slice(0, 10);
      throw new ConflictError(`This registration expired on ${on} and can no longer be decided; the partner can submit it again`);
    }
    if (status !== RegistrationStatus.PENDING) throw new ConflictError(`This registration was already ${status.toLowerCase()}`);
    return registration;
  }

  /** Who looks after a partner's business: its channel manager, or else the workspace's first owner. */
  private async channelManagerOf(ctx: RequestContext, partner: Partner): Promise<string> {
    if (partner.managerId) return partner.managerId;
    const [owner] = await ctx.data.unrestricted().repo(User).find({
      where: { role: Role.OWNER, active: true },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: 1,
    });
    // A workspace always keeps an active owner (UserService.update refuses to lose the last one).
    return owner!.id;
  }

  private async organizationFor(ctx: RequestContext, registration: DealRegistration, ownerId: string): Promise<Organization> {
    const everyone = ctx.data.unrestricted().repo(Organization);
    const domain = registration.organizationDomain;
    const byDomain = domain ? await everyone.findOne({ domain }) : null;
    if (byDomain) return byDomain;
    const byName = await everyone.select('o')
      .andWhere('LOWER(o.name) = :name', { name: registration.organizationName.toLowerCase() })
      .andWhere('o.archivedAt IS NULL')
      .limit(2)
      .getMany();
    if (byName.length === 1) return byName[0]!;
    return this.organizations.create(ctx, { name: registration.organizationName, domain, ownerId });
  }

  private async contactFor(ctx: RequestContext, registration: DealRegistration, organization: Organization, ownerId: string): Promise<Contact | null> {
    const { contactName, contactEmail } = registration;
    const existing = contactEmail ? await ctx.data.unrestricted().repo(Contact).findOne({ email: contactEmail }) : null;
    if (existing || (!contactName && !contactEmail)) return existing;
    const [firstName, ...rest] = (contactName ?? contactEmail!.split('@')[0]!).split(/\s+/);
    return this.contacts.create(ctx, {
      firstName: firstName!.slice(0, 100),
      lastName: rest.join(' ').slice(0, 100) || null,
      email: contactEmail,
      organizationId: organization.id,
      ownerId,
    });
  }
}

/** The status as it stands now: a pending registration past its expiry is expired, marked or not. */
export function effectiveStatus(registration: DealRegistration, now = new Date()): RegistrationStatus {
  const lapsed = registration.status === RegistrationStatus.PENDING && registration.expiresAt <= now;
  return lapsed ? RegistrationStatus.EXPIRED : registration.status;
}

/** The organization's domain as conflicts are matched on; the error names this input's field. */
function registeredDomain(value: string | null | undefined): string | null | undefined {
  try {
    return normalizeDomain(value);
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    throw new UserInputError('organizationDomain', error.message);
  }
}
