import { optionalText } from '../../common/text';
import { PartnerEventType, recordBusinessEvent } from '../../events/domain-events';
import { childConnection } from '../../graphql/child-connection';
import { SortDirection, paginate, type Connection, type PageArgs, type SortKey } from '../../graphql/connection';
import { UserInputError } from '../../graphql/errors';
import type { RequestContext } from '../../tenancy/request-context';
import { Contact } from '../contacts/contact.entity';
import { LeadSource, LeadStatus, type Lead } from '../leads/lead.entity';
import { AttributionSource, assertCreditable, type PartnerCredit } from './attribution';
import { Partner } from './partner.entity';
import { normalizeReferralCode, unusedReferralCode } from './referral-code';
import { Referral, ReferralStatus } from './referral.entity';
import type { ReferralFilter } from './referral.inputs';

/** Newest first. */
const SORT: SortKey<Referral> = { property: 'id', type: 'string' };

/** What a referral code typed with a new lead found, and what the lead takes from it. */
export interface LeadReferral {
  code: string;
  referrerContactId: string | null;
  partnerId: string | null;
  source: LeadSource;
  /** The referrer's name, for a lead that came without a source detail of its own. */
  sourceDetail: string;
  credit: PartnerCredit | null;
}

/**
 * Referral codes and the leads they bring (DOMAIN.md §4): a customer's code makes a REFERRAL
 * lead, a partner's a CHANNEL lead credited to the partner. Each such lead has one Referral,
 * which follows the lead: CONVERTED with it (the event rewards plugins run on), LOST while it is
 * disqualified. A customer referring themselves is recorded like anyone else: the Referral then
 * links the same contact twice, which is what the ledger's fraud check looks for.
 */
export class ReferralService {
  list(ctx: RequestContext, page: PageArgs, filter: ReferralFilter = {}): Promise<Connection<Referral>> {
    const query = ctx.data.repo(Referral).select('r');
    if (filter.status?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.status });
    if (filter.referrerContactId) query.andWhere('r.referrerContactId = :referrerContactId', { referrerContactId: filter.referrerContactId });
    if (filter.partnerId) query.andWhere('r.partnerId = :partnerId', { partnerId: filter.partnerId });
    return paginate(query, 'r', page, SORT, SortDirection.DESC);
  }

  /** A customer's referrals, newest first (batched per request). */
  ofContact(ctx: RequestContext, contactId: string, page: PageArgs): Promise<Connection<Referral>> {
    return childConnection(ctx, { name: 'contactReferrals', entity: Referral, link: 'referrerContactId', sort: SORT, direction: SortDirection.DESC }, contactId, page);
  }

  /** Gives a customer a referral code; one who has one keeps it. */
  async issueCode(ctx: RequestContext, contactId: string): Promise<Contact> {
    const contact = await ctx.data.repo(Contact).getById(contactId, 'Contact', 'contactId');
    if (contact.referralCode) return contact;
    if (!contact.customerSince) {
      throw new UserInputError('contactId', `${contact.fullName} has not bought yet; referral codes are for customers`);
    }
    return ctx.data.repo(Contact).update(contact, { referralCode: await unusedReferralCode(ctx) });
  }

  /**
   * The referrer of a code typed with a new lead, or null without a code. Looked up across the
   * tenant: whoever enters the lead, the code names the same customer or partner.
   */
  async forNewLead(ctx: RequestContext, typed: string | null | undefined): Promise<LeadReferral | null> {
    const given = optionalText(typed);
    if (!given) return null;
    const code = normalizeReferralCode(given);
    const everyone = ctx.data.unrestricted();
    const customer = await everyone.repo(Contact).findOne({ referralCode: code });
    if (customer) {
      return { code, referrerContactId: customer.id, partnerId: null, source: LeadSource.REFERRAL, sourceDetail: customer.fullName, credit: null };
    }
    const partner = await everyone.repo(Partner).findOne({ referralCode: code });
    if (!partner) throw new UserInputError('referralCode', `No customer or partner has the referral code ${code}`);
    assertCreditable(partner, 'referralCode');
    // Nobody decided this credit, the code did: attributedById stays null.
    const credit = { partnerId: partner.id, attributionSource: AttributionSource.REFERRAL_CODE, attributedById: null, attributedAt: new Date() };
    return { code, referrerContactId: null, partnerId: partner.id, source: LeadSource.CHANNEL, sourceDetail: partner.name, credit };
  }

  /** Files a new lead under the referrer its code named. */
  record(ctx: RequestContext, lead: Lead, referral: LeadReferral): Promise<Referral> {
    return ctx.data.repo(Referral).insert({
      code: referral.code,
      referrerContactId: referral.referrerContactId,
      partnerId: referral.partnerId,
      leadId: lead.id,
      status: ReferralStatus.OPEN,
      referredContactId: null,
      convertedAt: null,
    });
  }

  /** The referred lead converted: the referral is, too, in the same transaction as its event. */
  async leadConverted(ctx: RequestContext, lead: Lead): Promise<void> {
    const referral = await ctx.data.repo(Referral).findOne({ leadId: lead.id });
    if (!referral) return;
    await ctx.data.repo(Referral).update(referral, {
      status: ReferralStatus.CONVERTED,
      referredContactId: lead.convertedContactId,
      convertedAt: lead.convertedAt ?? new Date(),
    });
    // Filed under the lead's owner, who now works the customer the referrer brought.
    await recordBusinessEvent(ctx, PartnerEventType.REFERRAL_CONVERTED, { id: referral.id, ownerId: lead.ownerId, dealId: lead.convertedDealId }, {
      referralId: referral.id,
    });
  }

  /** Disqualifying the lead loses its referral; requalifying it opens the referral again. */
  async leadStatusChanged(ctx: RequestContext, lead: Lead, from: LeadStatus): Promise<void> {
    const change = lead.status === LeadStatus.DISQUALIFIED
      ? { from: ReferralStatus.OPEN, to: ReferralStatus.LOST }
      : from === LeadStatus.DISQUALIFIED ? { from: ReferralStatus.LOST, to: ReferralStatus.OPEN } : null;
    if (!change) return;
    const referral = await ctx.data.repo(Referral).findOne({ leadId: lead.id, status: change.from });
    if (referral) await ctx.data.repo(Referral).update(referral, { status: change.to });
  }
}
