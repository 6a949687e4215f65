import type { RequestContext } from '../../tenancy/request-context';
import { Contact } from '../contacts/contact.entity';
import type { ContactService } from '../contacts/contact.service';
import type { DealService } from '../deals/deal.service';
import { Organization } from '../organizations/organization.entity';
import { normalizeDomain, type OrganizationService } from '../organizations/organization.service';
import { creditOf } from '../partners/attribution';
import type { ReferralService } from '../partners/referral.service';
import { StaleVersionError } from '../../graphql/errors';
import type { Lead } from './lead.entity';
import type { LeadService } from './lead.service';
import type { ConvertLeadInput, ConvertLeadPayload } from './lead-conversion.types';

/** Mail providers whose domain says nothing about the lead's company. */
const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'me.com',
  'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.de', 'web.de', 'mail.ru', 'yandex.ru', 'bk.ru',
  'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'walla.co.il', 'walla.com',
]);

/**
 * Turns a qualified lead into a contact, an organization and a deal, in the command's single
 * transaction. An existing contact with the same email and an existing organization with the
 * same domain (or, failing that, name) are reused rather than duplicated. The deal keeps the
 * lead's partner credit, and the lead's referral converts with it.
 */
export class LeadConversionService {
  constructor(
    private readonly leads: LeadService,
    private readonly organizations: OrganizationService,
    private readonly contacts: ContactService,
    private readonly deals: DealService,
    private readonly referrals: ReferralService,
  ) {}

  async convert(ctx: RequestContext, input: ConvertLeadInput): Promise<ConvertLeadPayload> {
    const lead = await this.leads.get(ctx, input.id);
    if (input.version != null && input.version !== lead.version) throw new StaleVersionError('lead', lead.version, input.version);
    const ownerId = input.ownerId ?? lead.ownerId;
    const [organization, organizationReused] = await this.organizationFor(ctx, lead, ownerId);
    const [contact, contactReused] = await this.contactFor(ctx, lead, organization, ownerId);
    const deal = input.createDeal
      ? await this.deals.create(
          ctx,
          {
            title: input.dealTitle?.trim() || `${lead.companyName ?? lead.fullName} — new deal`,
            amountMinor: input.amountMinor,
            currency: input.currency,
            pipelineId: input.pipelineId,
            ownerId,
            organizationId: organization?.id,
            contactId: contact.id,
            type: input.dealType,
            expectedCloseDate: input.expectedCloseDate,
          },
          { leadId: lead.id, credit: creditOf(lead) },
        )
      : null;
    const converted = await this.leads.markConverted(ctx, lead, {
      contactId: contact.id,
      organizationId: organization?.id ?? null,
      dealId: deal?.id ?? null,
    });
    await this.referrals.leadConverted(ctx, converted);
    return { lead: converted, contact, contactReused, organization, organizationReused, deal };
  }

  private async organizationFor(ctx: RequestContext, lead: Lead, ownerId: string): Promise<[Organization | null, boolean]> {
    const domain = companyDomain(lead);
    const everyone = ctx.data.unrestricted().repo(Organization);
    const byDomain = domain ? await everyone.findOne({ domain }) : null;
    if (byDomain) return [byDomain, true];
    if (!lead.companyName) return [null, false];
    const byName = (await everyone.find({ where: { name: lead.companyName }, take: 2 }))
      .filter((organization) => !organization.archivedAt);
    if (byName.length === 1) return [byName[0]!, true];
    const created = await this.organizations.create(ctx, {
      name: lead.companyName,
      domain,
      employeeCount: lead.companyEmployeeCount,
      ownerId,
    });
    return [created, false];
  }

  private async contactFor(ctx: RequestContext, lead: Lead, organization: Organization | null, ownerId: string): Promise<[Contact, boolean]> {
    const existing = lead.email ? await ctx.data.unrestricted().repo(Contact).findOne({ email: lead.email }) : null;
    if (existing) return [existing, true];
    const created = await this.contacts.create(ctx, {
      firstName: lead.firstName,
      lastName: lead.lastName,
      email: lead.email,
      phone: lead.phone,
      jobTitle: lead.jobTitle,
      organizationId: organization?.id,
      ownerId,
    });
    return [created, false];
  }
}

/** The company's web domain: from its website, or from a work email address. */
function companyDomain(lead: Lead): string | null {
  const fromWebsite = safeDomain(lead.companyWebsite);
  if (fromWebsite) return fromWebsite;
  const emailDomain = lead.email?.split('@')[1]?.toLowerCase();
  return emailDomain && !FREE_MAIL.has(emailDomain) ? safeDomain(emailDomain) : null;
}

function safeDomain(value: string | null): string | null {
  try {
    return normalizeDomain(value) ?? null;
  } catch {
    return null;
  }
}
