import { ConflictError, NotFoundError, UserInputError } from '../../graphql/errors';
import { PaymentEventType, recordBusinessEvent } from '../../events/domain-events';
import { assertAmount } from '../../money/money';
import type { RequestContext } from '../../tenancy/request-context';
import { Deal } from '../deals/deal.entity';
import { Stage, StageKind } from '../pipelines/stage.entity';
import { Payment, PaymentKind, PaymentSource } from './payment.entity';
import type { RecordChurnInput, RecordInvoicePaidInput, RecordRefundInput } from './payment.inputs';

/**
 * Payments on won deals, recorded by hand or by a billing system through an API key. Each is
 * an outbox event the commission plugins run on: invoices pay recurring commissions, refunds
 * and churn take them back. A billing system may send the same payment twice (it retries):
 * the external id makes the second one a no-op, unless it disagrees with the first.
 */
export class PaymentService {
  async recordInvoicePaid(ctx: RequestContext, input: RecordInvoicePaidInput): Promise<Payment> {
    const deal = await this.wonDeal(ctx, input.dealId);
    if (input.currency !== deal.currency) {
      throw new UserInputError('currency', `The deal is in ${deal.currency}; record its invoices in ${deal.currency}, not ${input.currency}`);
    }
    const amountMinor = positive('amountMinor', input.amountMinor);
    const invoiceNumber = input.invoiceNumber ?? (await this.invoiceCount(ctx, deal.id)) + 1;
    if (invoiceNumber < 1) throw new UserInputError('invoiceNumber', 'The invoice number starts at 1');
    return this.record(ctx, deal, PaymentEventType.INVOICE_PAID, {
      kind: PaymentKind.INVOICE_PAID,
      externalId: input.externalId,
      invoiceNumber,
      refundOfId: null,
      amountMinor,
      occurredAt: input.paidAt ?? new Date(),
    });
  }

  async recordRefund(ctx: RequestContext, input: RecordRefundInput): Promise<Payment> {
    const invoice = await ctx.data.repo(Payment).findOne({ id: input.invoiceId, kind: PaymentKind.INVOICE_PAID });
    if (!invoice) throw new NotFoundError('Invoice payment', 'invoiceId');
    const deal = await ctx.data.repo(Deal).getById(invoice.dealId, 'Deal');
    const amountMinor = positive('amountMinor', input.amountMinor);
    // A refund sent again is checked against itself, not against what is left after it.
    const repeated = await this.byExternalId(ctx, input.externalId);
    if (repeated) return sameOrConflict(repeated, { kind: PaymentKind.REFUND, dealId: deal.id, amountMinor });
    const left = invoice.amountMinor - (await this.refundedOf(ctx, invoice.id));
    if (amountMinor > left) {
      throw new UserInputError('amountMinor', `Only ${left} minor units of this invoice are left to refund`);
    }
    return this.insert(ctx, deal, PaymentEventType.REFUND_RECORDED, {
      kind: PaymentKind.REFUND,
      externalId: input.externalId,
      invoiceNumber: invoice.invoiceNumber,
      refundOfId: invoice.id,
      amountMinor,
      occurredAt: input.refundedAt ?? new Date(),
    });
  }

  async recordChurn(ctx: RequestContext, input: RecordChurnInput): Promise<Payment> {
    const deal = await this.wonDeal(ctx, input.dealId);
    return this.record(ctx, deal, PaymentEventType.SUBSCRIPTION_CHURNED, {
      kind: PaymentKind.CHURN,
      externalId: input.externalId,
      invoiceNumber: null,
      refundOfId: null,
      amountMinor: 0,
      occurredAt: input.churnedAt ?? new Date(),
    });
  }

  /** A deal's payments, oldest first. */
  forDeal(ctx: RequestContext, dealId: string): Promise<Payment[]> {
    return ctx.data.repo(Payment).find({ where: { dealId }, order: { occurredAt: 'ASC', id: 'ASC' } });
  }

  private async record(
    ctx: RequestContext,
    deal: Deal,
    event: PaymentEventType,
    payment: Pick<Payment, 'kind' | 'externalId' | 'invoiceNumber' | 'refundOfId' | 'amountMinor' | 'occurredAt'>,
  ): Promise<Payment> {
    const existing = await this.byExternalId(ctx, payment.externalId);
    if (existing) return sameOrConflict(existing, { ...payment, dealId: deal.id });
    return this.insert(ctx, deal, event, payment);
  }

  private async insert(
    ctx: RequestContext,
    deal: Deal,
    event: PaymentEventType,
    payment: Pick<Payment, 'kind' | 'externalId' | 'invoiceNumber' | 'refundOfId' | 'amountMinor' | 'occurredAt'>,
  ): Promise<Payment> {
    const recorded = await ctx.data.repo(Payment).insert({
      ...payment,
      dealId: deal.id,
      currency: deal.currency,
      source: ctx.viaApiKey ? PaymentSource.API : PaymentSource.MANUAL,
      recordedById: ctx.userId,
    });
    await recordBusinessEvent(ctx, event, { id: recorded.id, ownerId: deal.ownerId, dealId: deal.id }, { paymentId: recorded.id });
    return recorded;
  }

  private async wonDeal(ctx: RequestContext, dealId: string): Promise<Deal> {
    const deal = await ctx.data.repo(Deal).getById(dealId, 'Deal', 'dealId');
    const stage = await ctx.loader(Stage).load(deal.stageId);
    if (stage?.kind !== StageKind.WON) throw new ConflictError('Payments are recorded on won deals; this deal is not won');
    return deal;
  }

  private async invoiceCount(ctx: RequestContext, dealId: string): Promise<number> {
    return ctx.data.repo(Payment).count({ dealId, kind: PaymentKind.INVOICE_PAID });
  }

  private async refundedOf(ctx: RequestContext, invoiceId: string): Promise<number> {
    const refunds = await ctx.data.repo(Payment).find({ where: { refundOfId: invoiceId, kind: PaymentKind.REFUND } });
    return refunds.reduce((sum, refund) => sum + refund.amountMinor, 0);
  }

  private byExternalId(ctx: RequestContext, externalId: string): Promise<Payment | null> {
    return ctx.data.repo(Payment).findOne({ externalId });
  }
}

function positive(field: string, amountMinor: number): number {
  assertAmount(field, amountMinor);
  if (amountMinor <= 0) throw new UserInputError(field, 'The amount must be more than zero');
  return amountMinor;
}

/** A repeated external id is the same payment sent again, or a mistake worth saying so. */
function sameOrConflict(existing: Payment, sent: Pick<Payment, 'kind' | 'dealId' | 'amountMinor'>): Payment {
  if (existing.kind === sent.kind && existing.dealId === sent.dealId && existing.amountMinor === sent.amountMinor) return existing;
  throw new ConflictError(`A different payment was already recorded with the external id ${existing.externalId}`);
}
