import type { DealSnapshot, HookInput, HookName, HookPayloads, LedgerTotals, PartnerSnapshot, PriorEntry, Settings } from '@dealflow/sdk';
import { In, Not } from 'typeorm';
import type { OutboxEvent } from '../../events/outbox-event.entity';
import { NotFoundError } from '../../graphql/errors';
import { lineTotalMinor } from '../../money/money';
import type { RequestContext } from '../../tenancy/request-context';
import { LedgerEntry, LedgerEntryKind, LedgerEntryStatus } from '../commissions/ledger-entry.entity';
import { reversibleOf } from '../commissions/ledger-writer';
import { Contact } from '../contacts/contact.entity';
import { Deal } from '../deals/deal.entity';
import { DealLineItem } from '../deals/line-item.entity';
import { Lead } from '../leads/lead.entity';
import { Partner } from '../partners/partner.entity';
import { DealRegistration } from '../partners/deal-registration.entity';
import { Referral, ReferralStatus } from '../partners/referral.entity';
import { Payment, PaymentKind } from '../payments/payment.entity';
import { Product } from '../products/product.entity';
import { partnerIdOfEvent } from './event-partner';

const DAY_MS = 86_400_000;
const TRAILING_DAYS = 90;

/** The records an event is about, read once: the input is made from them, and the host's checks too. */
export interface EventSubject {
  event: OutboxEvent;
  deal: Deal | null;
  partner: Partner | null;
  /** Emails of the customer the money comes from (the deal's contact, the referred person). */
  customerEmails: string[];
  /** For referrals: the referrer's email, to catch people referring themselves. */
  referrerEmail: string | null;
}

/**
 * Builds a hook's input from the records as they are when the run first happens (events are
 * run within moments of being committed). The result is stored with the run, so a retry or a
 * replay sees exactly the same input.
 */
export class PluginInputBuilder {
  async subject(ctx: RequestContext, event: OutboxEvent): Promise<EventSubject> {
    const payload = JSON.parse(event.payload) as Record<string, unknown>;
    const referral = typeof payload.referralId === 'string' ? await ctx.data.repo(Referral).findById(payload.referralId) : null;
    const registration = event.type.startsWith('DealRegistration') ? await ctx.data.repo(DealRegistration).findById(event.subjectId) : null;
    const deal = event.dealId ? await ctx.loader(Deal).load(event.dealId) : null;
    const partnerId = await partnerIdOfEvent(ctx, event);
    const partner = partnerId ? await ctx.data.repo(Partner).findById(partnerId) : null;
    const contactIds = [deal?.contactId, referral?.referredContactId, referral?.referrerContactId].filter((id): id is string => !!id);
    const contacts = contactIds.length > 0 ? await ctx.data.repo(Contact).findByIds(contactIds) : [];
    const emailOf = (id: string | null | undefined) => contacts.find((contact) => contact.id === id)?.email ?? null;
    return {
      event,
      deal,
      partner,
      customerEmails: [emailOf(deal?.contactId), emailOf(referral?.referredContactId), registration?.contactEmail ?? null].filter((e): e is string => !!e),
      referrerEmail: emailOf(referral?.referrerContactId),
    };
  }

  /** The input for one installation: the ledger it sees is its own payee's and its own entries. */
  async input(ctx: RequestContext, hook: HookName, subject: EventSubject, installation: { id: string; settings: Settings }): Promise<HookInput> {
    const { event, deal, partner } = subject;
    const occurredAt = event.occurredAt;
    const currency = deal?.currency ?? (await ctx.tenant()).baseCurrency;
    const payload = await this.payload(ctx, hook, event);
    return {
      hook,
      event: { id: event.id, occurredAt: occurredAt.toISOString(), payload },
      deal: deal ? await this.dealSnapshot(ctx, deal) : null,
      partner: partner ? partnerSnapshot(partner) : null,
      ledger: await this.ledgerTotals(ctx, { partnerId: partner?.id ?? null, dealId: deal?.id ?? null, installationId: installation.id, currency, occurredAt, payload }),
      settings: installation.settings,
    } as HookInput;
  }

  private async payload(ctx: RequestContext, hook: HookName, event: OutboxEvent): Promise<HookPayloads[HookName]> {
    const details = JSON.parse(event.payload) as Record<string, string | undefined>;
    switch (hook) {
      case 'invoice.paid':
        return { invoice: invoiceOf(await this.payment(ctx, details.paymentId)) };
      case 'invoice.refunded': {
        const refund = await this.payment(ctx, details.paymentId);
        const invoice = await this.payment(ctx, refund.refundOfId ?? undefined);
        return { invoice: invoiceOf(invoice), refund: { invoiceId: invoice.id, amountMinor: refund.amountMinor, currency: refund.currency } };
      }
      case 'subscription.churned':
        return { lastInvoice: await this.lastInvoice(ctx, event.dealId) };
      case 'lead.converted':
        return this.leadConverted(ctx, event);
      case 'referral.converted':
        return this.referralConverted(ctx, details.referralId);
      case 'deal.registered':
        return this.registered(ctx, event.subjectId);
      case 'period.closed':
        return { periodStart: details.periodStart ?? '', periodEnd: details.periodEnd ?? '' };
      default:
        return {};
    }
  }

  private async payment(ctx: RequestContext, id: string | undefined): Promise<Payment> {
    const payment = id ? await ctx.data.repo(Payment).findById(id) : null;
    if (!payment) throw new NotFoundError('Payment');
    return payment;
  }

  private async lastInvoice(ctx: RequestContext, dealId: string | null) {
    if (!dealId) return null;
    const [last] = await ctx.data.repo(Payment).find({ where: { dealId, kind: PaymentKind.INVOICE_PAID }, order: { occurredAt: 'DESC' }, take: 1 });
    return last ? invoiceOf(last) : null;
  }

  private async leadConverted(ctx: RequestContext, event: OutboxEvent): Promise<HookPayloads['lead.converted']> {
    const lead = await ctx.data.repo(Lead).getById(event.subjectId, 'Lead');
    const contact = lead.convertedContactId ? await ctx.data.repo(Contact).findById(lead.convertedContactId) : null;
    return { leadId: lead.id, customer: customerOf(contact, lead.fullName, lead.email) };
  }

  private async referralConverted(ctx: RequestContext, referralId: string | undefined): Promise<HookPayloads['referral.converted']> {
    const referral = await ctx.data.repo(Referral).getById(referralId ?? '', 'Referral');
    const [referrer, referred] = await Promise.all([
      referral.referrerContactId ? ctx.data.repo(Contact).findById(referral.referrerContactId) : null,
      referral.referredContactId ? ctx.data.repo(Contact).findById(referral.referredContactId) : null,
    ]);
    return { referralId: referral.id, referrer: customerOf(referrer), referred: customerOf(referred) };
  }

  private async registered(ctx: RequestContext, registrationId: string): Promise<HookPayloads['deal.registered']> {
    const registration = await ctx.data.repo(DealRegistration).getById(registrationId, 'Deal registration');
    const conflicts = JSON.parse(registration.conflicts) as Array<{ description?: string }>;
    return {
      registrationId: registration.id,
      organizationName: registration.organizationName,
      conflicts: conflicts.map((conflict) => conflict.description ?? 'conflict'),
    };
  }

  private async dealSnapshot(ctx: RequestContext, deal: Deal): Promise<DealSnapshot> {
    const lines = await ctx.data.repo(DealLineItem).find({ where: { dealId: deal.id }, order: { position: 'ASC' } });
    const productIds = lines.map((line) => line.productId).filter((id): id is string => !!id);
    const products = productIds.length > 0 ? await ctx.data.repo(Product).findByIds(productIds) : [];
    return {
      id: deal.id,
      title: deal.title,
      type: deal.type,
      amountMinor: deal.amountMinor,
      currency: deal.currency,
      closedOn: deal.closedOn,
      lineItems: lines.map((line) => ({
        productId: line.productId,
        sku: products.find((product) => product.id === line.productId)?.sku ?? null,
        name: line.name,
        quantity: line.quantity,
        unitPriceMinor: line.unitPriceMinor,
        discountBasisPoints: line.discountBasisPoints,
        totalMinor: lineTotalMinor(line.unitPriceMinor, line.quantity, line.discountBasisPoints),
      })),
    };
  }

  /** What the plugin may base tiers, caps and reversals on: the ledger before this event. */
  private async ledgerTotals(
    ctx: RequestContext,
    scope: { partnerId: string | null; dealId: string | null; installationId: string; currency: string; occurredAt: Date; payload: object },
  ): Promise<LedgerTotals> {
    const totals = scope.partnerId ? await this.partnerTotals(ctx, scope.partnerId, scope.currency, scope.occurredAt) : null;
    return {
      currency: scope.currency,
      trailing90DaysBasisMinor: totals?.trailingBasis ?? 0,
      trailing90DaysAmountMinor: totals?.trailingAmount ?? 0,
      lifetimeAmountMinor: totals?.lifetimeAmount ?? 0,
      dealEntries: scope.dealId ? await this.dealEntries(ctx, scope.dealId, scope.installationId) : [],
      convertedReferrals: await this.convertedReferrals(ctx, scope.payload),
    };
  }

  /** A partner's earnings in one currency before `until`: one aggregate query however long their history. */
  private async partnerTotals(ctx: RequestContext, partnerId: string, currency: string, until: Date) {
    const since = new Date(until.getTime() - TRAILING_DAYS * DAY_MS);
    const row = (await ctx.data.repo(LedgerEntry).select('l')
      .select('SUM(CASE WHEN l.createdAt >= :since AND l.kind = :commission THEN l.basisMinor ELSE 0 END)', 'trailingBasis')
      .addSelect('SUM(CASE WHEN l.createdAt >= :since THEN l.amountMinor ELSE 0 END)', 'trailingAmount')
      .addSelect('SUM(l.amountMinor)', 'lifetimeAmount')
      .andWhere('l.partnerId = :partnerId AND l.currency = :currency AND l.createdAt < :until', { partnerId, currency, until })
      .andWhere('l.status <> :voided AND l.kind <> :reward', { voided: LedgerEntryStatus.VOIDED, reward: LedgerEntryKind.REWARD })
      .setParameters({ since, commission: LedgerEntryKind.COMMISSION })
      .getRawOne()) as Record<string, string | number | null> | undefined;
    return {
      trailingBasis: Number(row?.trailingBasis ?? 0),
      trailingAmount: Number(row?.trailingAmount ?? 0),
      lifetimeAmount: Number(row?.lifetimeAmount ?? 0),
    };
  }

  /**
   * The deal's earnings from this installation, newest first, each with what is left to
   * reverse: a plugin takes back only what it paid, never another programme's entries.
   */
  private async dealEntries(ctx: RequestContext, dealId: string, installationId: string): Promise<PriorEntry[]> {
    const entries = await ctx.data.repo(LedgerEntry).find({ where: { dealId, installationId }, order: { createdAt: 'DESC', id: 'DESC' } });
    const reversed = new Map<string, number>();
    for (const entry of entries) {
      if (entry.reversesEntryId) reversed.set(entry.reversesEntryId, (reversed.get(entry.reversesEntryId) ?? 0) - entry.amountMinor);
    }
    return entries
      .filter((entry) => entry.kind === LedgerEntryKind.COMMISSION || (entry.kind === LedgerEntryKind.ADJUSTMENT && entry.amountMinor > 0))
      .map((entry) => ({
        id: entry.id,
        hook: entry.hook as HookName,
        amountMinor: entry.amountMinor,
        basisMinor: entry.basisMinor,
        currency: entry.currency,
        reversibleMinor: reversibleOf(entry, reversed.get(entry.id) ?? 0),
        invoiceNumber: entry.invoiceNumber,
        occurredAt: entry.createdAt.toISOString(),
      }));
  }

  private async convertedReferrals(ctx: RequestContext, payload: object): Promise<number> {
    const referrer = 'referrer' in payload ? (payload as HookPayloads['referral.converted']).referrer : null;
    if (!referrer?.contactId) return 0;
    const referralId = (payload as HookPayloads['referral.converted']).referralId;
    return ctx.data.repo(Referral).count({ referrerContactId: referrer.contactId, status: ReferralStatus.CONVERTED, id: Not(In([referralId])) });
  }
}

function partnerSnapshot(partner: Partner): PartnerSnapshot {
  return { id: partner.id, name: partner.name, type: partner.type, tier: partner.tier, groupId: partner.groupId };
}

function invoiceOf(payment: Payment) {
  return {
    id: payment.id,
    number: payment.invoiceNumber ?? 1,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
    paidAt: payment.occurredAt.toISOString(),
  };
}

function customerOf(contact: Contact | null, fallbackName = '', fallbackEmail: string | null = null) {
  return { contactId: contact?.id ?? '', name: contact?.fullName ?? fallbackName, email: contact?.email ?? fallbackEmail };
}

