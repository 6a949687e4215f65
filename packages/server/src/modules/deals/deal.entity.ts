import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BigIntColumn, DateColumn, EnumColumn, IdColumn, MinorUnitsColumn, TextColumn, TimestampColumn } from '../../database/columns';
import type { AttributionSource } from '../partners/attribution';
import { TenantEntity, type OwnedRecord } from '../../tenancy/tenant-entity';
import { VisibleToPartners } from '../../tenancy/partner-view';

export enum DealType {
  NEW = 'NEW',
  UPSELL = 'UPSELL',
  CROSS_SELL = 'CROSS_SELL',
  RENEWAL = 'RENEWAL',
}
registerEnumType(DealType, {
  name: 'DealType',
  description: 'NEW business; UPSELL a more advanced version; CROSS_SELL a complementary product; RENEWAL.',
});

/** Why a deal was lost: the objections of DOMAIN.md §2 that won. */
export enum LostReason {
  BUDGET = 'BUDGET',
  PRIORITY = 'PRIORITY',
  TIMING = 'TIMING',
  COMPETITOR = 'COMPETITOR',
  NO_DECISION = 'NO_DECISION',
  NO_RESPONSE = 'NO_RESPONSE',
  OTHER = 'OTHER',
}
registerEnumType(LostReason, { name: 'LostReason' });

/**
 * An opportunity with a real chance of turning a prospect into a customer. Its status follows
 * from its stage's kind (OPEN, WON, LOST). `position` orders cards within a stage with wide
 * gaps between neighbours, so a move writes one row instead of renumbering the column
 * (see deal-position.ts).
 */
@ObjectType({ simpleResolvers: true, description: 'An opportunity moving through a pipeline.' })
@Entity()
@Index(['tenantId', 'stageId', 'position'])
// Covers the board's per-column figures, so they are read from the index alone.
@Index(['tenantId', 'pipelineId', 'stageId', 'currency', 'amountMinor'])
@Index(['tenantId', 'ownerId', 'updatedAt'])
@Index(['tenantId', 'organizationId'])
@Index(['tenantId', 'contactId'])
@Index(['tenantId', 'partnerId', 'updatedAt'])
@VisibleToPartners('partnerId')
export class Deal extends TenantEntity implements OwnedRecord {
  @Field(() => String)
  @TextColumn(200)
  title: string;

  @MinorUnitsColumn()
  amountMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @IdColumn()
  pipelineId: string;

  @IdColumn()
  stageId: string;

  @BigIntColumn()
  position: number;

  @IdColumn()
  ownerId: string;

  @IdColumn({ nullable: true })
  organizationId: string | null;

  @IdColumn({ nullable: true })
  contactId: string | null;

  @Field(() => DealType)
  @EnumColumn()
  type: DealType;

  @Field(() => String, { nullable: true, description: 'Expected close date, YYYY-MM-DD.' })
  @DateColumn({ nullable: true })
  expectedCloseDate: string | null;

  @Field(() => String, { nullable: true, description: 'The day it was won or lost, YYYY-MM-DD.' })
  @DateColumn({ nullable: true })
  closedOn: string | null;

  @Field(() => LostReason, { nullable: true })
  @EnumColumn({ nullable: true })
  lostReason: LostReason | null;

  @Field(() => String, { nullable: true })
  @TextColumn(1000, { nullable: true })
  lostNote: string | null;

  @IdColumn({ nullable: true, comment: 'The lead this deal was converted from' })
  leadId: string | null;

  /** The partner it is credited to (at most one); see partners/attribution.ts. */
  @IdColumn({ nullable: true })
  partnerId: string | null;

  @EnumColumn({ nullable: true })
  attributionSource: AttributionSource | null;

  @IdColumn({ nullable: true })
  attributedById: string | null;

  @TimestampColumn({ nullable: true })
  attributedAt: Date | null;
}
