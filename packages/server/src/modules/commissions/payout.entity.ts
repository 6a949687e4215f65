import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { DateColumn, EnumColumn, IdColumn, MinorUnitsColumn, TextColumn, TimestampColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';
import { VisibleToPartners } from '../../tenancy/partner-view';

export enum PayoutStatus {
  /** Statement made; its entries are locked. */
  ISSUED = 'ISSUED',
  /** The money was sent (reference recorded). */
  PAID = 'PAID',
}
registerEnumType(PayoutStatus, { name: 'PayoutStatus' });

/**
 * A statement: the approved entries of one payee in one currency up to the end of a period,
 * netted (reversals of earlier payouts included). Issuing it marks those entries PAID.
 */
@ObjectType({ simpleResolvers: true, description: 'A payout statement grouping approved entries of one payee and currency.' })
@Entity()
@Index(['tenantId', 'partnerId', 'periodEnd'])
@Index(['tenantId', 'payeeUserId', 'periodEnd'])
@VisibleToPartners('partnerId')
export class Payout extends TenantEntity {
  @IdColumn({ nullable: true })
  partnerId: string | null;

  @IdColumn({ nullable: true })
  payeeUserId: string | null;

  @Field(() => String)
  @DateColumn()
  periodStart: string;

  @Field(() => String)
  @DateColumn()
  periodEnd: string;

  @MinorUnitsColumn()
  totalMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  entryCount: number;

  @Field(() => PayoutStatus)
  @EnumColumn()
  status: PayoutStatus;

  @Field(() => String, { nullable: true, description: 'The bank or payment reference once paid.' })
  @TextColumn(120, { nullable: true })
  reference: string | null;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  paidAt: Date | null;

  @IdColumn()
  issuedById: string;
}
