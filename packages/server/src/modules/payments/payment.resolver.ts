import { Arg, Authorized, FieldResolver, Resolver, Root } from 'type-graphql';
import { Command } from '../../graphql/command';
import { Session } from '../../graphql/session';
import { Money } from '../../money/money.graphql';
import { Role } from '../../tenancy/roles';
import type { RequestContext } from '../../tenancy/request-context';
import { Deal } from '../deals/deal.entity';
import { Payment } from './payment.entity';
import { RecordChurnInput, RecordInvoicePaidInput, RecordRefundInput } from './payment.inputs';
import { PaymentService } from './payment.service';

/** Billing events on won deals: managers record them by hand, billing systems with an API key. */
@Resolver(() => Payment)
export class PaymentResolver {
  constructor(private readonly service: PaymentService) {}

  @FieldResolver(() => Money)
  amount(@Root() payment: Payment): Money {
    return Money.of(payment.amountMinor, payment.currency);
  }

  @FieldResolver(() => Deal, { nullable: true })
  deal(@Session() ctx: RequestContext, @Root() payment: Payment): Promise<Deal | null> {
    return ctx.loader(Deal).load(payment.dealId);
  }

  @Authorized(Role.MANAGER)
  @Command(() => Payment, { description: 'An invoice of a won deal was paid. Idempotent on externalId.' })
  recordInvoicePaid(@Session() ctx: RequestContext, @Arg('input') input: RecordInvoicePaidInput): Promise<Payment> {
    return this.service.recordInvoicePaid(ctx, input);
  }

  @Authorized(Role.MANAGER)
  @Command(() => Payment, { description: 'Money of a paid invoice was given back. Idempotent on externalId.' })
  recordRefund(@Session() ctx: RequestContext, @Arg('input') input: RecordRefundInput): Promise<Payment> {
    return this.service.recordRefund(ctx, input);
  }

  @Authorized(Role.MANAGER)
  @Command(() => Payment, { description: 'The customer\'s subscription ended. Idempotent on externalId.' })
  recordChurn(@Session() ctx: RequestContext, @Arg('input') input: RecordChurnInput): Promise<Payment> {
    return this.service.recordChurn(ctx, input);
  }
}

@Resolver(() => Deal)
export class DealPaymentsResolver {
  constructor(private readonly service: PaymentService) {}

  @FieldResolver(() => [Payment], { description: 'Invoices, refunds and churn recorded on the deal, oldest first.' })
  payments(@Session() ctx: RequestContext, @Root() deal: Deal): Promise<Payment[]> {
    return this.service.forDeal(ctx, deal.id);
  }
}
