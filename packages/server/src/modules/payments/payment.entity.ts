import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, MinorUnitsColumn, TextColumn, TimestampColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';

export enum PaymentKind {
  INVOICE_PAID = 'INVOICE_PAID',
  REFUND = 'REFUND',
  /** The customer's subscription ended: recurring commissions stop. */
  CHURN = 'CHURN',
}
registerEnumType(PaymentKind, { name: 'PaymentKind' });

export enum PaymentSource {
  MANUAL = 'MANUAL',
  /** Sent by a billing system with an API key. */
  API = 'API',
}
registerEnumType(PaymentSource, { name: 'PaymentSource' });

/**
 * Money that moved (or stopped moving) on a won deal, as the billing system saw it. These are
 * the events recurring commissions and clawbacks are computed from. `externalId` is the billing
 * system's id: sending the same one twice records it once.
 */
@ObjectType({ simpleResolvers: true, description: 'An invoice paid or refunded, or a churned subscription, on a won deal.' })
@Entity()
@Index(['tenantId', 'dealId', 'occurredAt'])
@Index(['tenantId', 'externalId'], { unique: true })
export class Payment extends TenantEntity {
  @IdColumn()
  dealId: string;

  @Field(() => PaymentKind)
  @EnumColumn()
  kind: PaymentKind;

  @Field(() => String, { description: 'The billing system\'s id of the invoice, refund or cancellation.' })
  @TextColumn(100)
  externalId: string;

  @Field(() => Int, { nullable: true, description: '1 for the first invoice of the subscription, 2 for the second, ...' })
  @Column({ type: 'int', nullable: true })
  invoiceNumber: number | null;

  /** For a refund: the invoice payment it refunds. */
  @IdColumn({ nullable: true })
  refundOfId: string | null;

  /** Positive for invoices and refunds (a refund takes money back); 0 for churn. */
  @MinorUnitsColumn()
  amountMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Field(() => Date)
  @TimestampColumn()
  occurredAt: Date;

  @Field(() => PaymentSource)
  @EnumColumn()
  source: PaymentSource;

  /** The person or API key that recorded it. */
  @IdColumn()
  recordedById: string;
}
