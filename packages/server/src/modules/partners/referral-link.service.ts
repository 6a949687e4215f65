import { MoreThan } from 'typeorm';
import { NotFoundError, RateLimitedError } from '../../graphql/errors';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { Contact } from '../contacts/contact.entity';
import { Lead, LeadSource } from '../leads/lead.entity';
import type { LeadService } from '../leads/lead.service';
import { User } from '../users/user.entity';
import { Partner, PartnerStatus } from './partner.entity';
import { normalizeReferralCode } from './referral-code';
import { Referral } from './referral.entity';
import type { ReferralInvitation, SubmitReferralInput } from './referral-link.inputs';

/** A link is for people, not scripts: this many new leads per code per hour, then RATE_LIMITED. */
const LEADS_PER_CODE_PER_HOUR = 20;
const HOUR_MS = 3_600_000;

type Referrer = { kind: 'partner'; partner: Partner } | { kind: 'customer'; contact: Contact };

/**
 * Referral links (`/refer/<workspace>/<code>`): the public page a partner or a customer shares.
 * Whoever answers it becomes a lead credited to the referrer, exactly as if a person had typed
 * the code into a new lead, and is filed under the person who looks after the referrer. The page
 * learns nothing but who invites; a code or workspace that does not exist is NOT_FOUND.
 */
export class ReferralLinkService {
  constructor(private readonly leads: LeadService) {}

  async invitation(ctx: RequestContext | null, code: string): Promise<ReferralInvitation> {
    const referrer = ctx ? await this.referrer(ctx, code) : null;
    if (!ctx || !referrer) throw new NotFoundError('Referral link');
    const referrerName = referrer.kind === 'partner' ? referrer.partner.name : referrer.contact.firstName;
    return { workspaceName: (await ctx.tenant()).name, referrerName };
  }

  async submit(ctx: RequestContext | null, input: SubmitReferralInput): Promise<boolean> {
    const referrer = ctx ? await this.referrer(ctx, input.referralCode) : null;
    if (!ctx || !referrer) throw new NotFoundError('Referral link');
    const code = normalizeReferralCode(input.referralCode);
    await this.assertNotFlooded(ctx, code);
    // Answering twice is one lead: the second answer changes nothing and says nothing.
    if (await ctx.data.repo(Lead).exists({ email: input.email.trim().toLowerCase() })) return true;
    await this.leads.create(ctx, {
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      phone: input.phone,
      companyName: input.companyName,
      source: LeadSource.INBOUND,
      referralCode: code,
      ownerId: await this.caretaker(ctx, referrer),
    });
    return true;
  }

  private async referrer(ctx: RequestContext, typed: string): Promise<Referrer | null> {
    const code = normalizeReferralCode(typed);
    const partner = await ctx.data.repo(Partner).findOne({ referralCode: code });
    if (partner) return partner.status === PartnerStatus.ACTIVE ? { kind: 'partner', partner } : null;
    const contact = await ctx.data.repo(Contact).findOne({ referralCode: code });
    return contact && !contact.archivedAt ? { kind: 'customer', contact } : null;
  }

  private async assertNotFlooded(ctx: RequestContext, code: string): Promise<void> {
    const recent = await ctx.data.repo(Referral).count({ code, createdAt: MoreThan(new Date(Date.now() - HOUR_MS)) });
    if (recent >= LEADS_PER_CODE_PER_HOUR) {
      throw new RateLimitedError('This referral link has had many answers in the last hour; please try again later', HOUR_MS / 1000);
    }
  }

  /** Who gets the lead: the partner's channel manager, the customer's owner, else the workspace owner. */
  private async caretaker(ctx: RequestContext, referrer: Referrer): Promise<string> {
    const chosen = referrer.kind === 'partner' ? referrer.partner.managerId : referrer.contact.ownerId;
    if (chosen && (await ctx.data.repo(User).exists({ id: chosen, active: true }))) return chosen;
    const [owner] = await ctx.data.repo(User).find({ where: { role: Role.OWNER, active: true }, order: { createdAt: 'ASC' }, take: 1 });
    return owner!.id;
  }
}
