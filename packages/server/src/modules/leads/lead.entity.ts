import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, TextColumn, TimestampColumn } from '../../database/columns';
import { TenantEntity, type OwnedRecord } from '../../tenancy/tenant-entity';
import type { AttributionSource } from '../partners/attribution';
import { VisibleToPartners } from '../../tenancy/partner-view';

/** Where a lead came from (DOMAIN.md §4). */
export enum LeadSource {
  INBOUND = 'INBOUND',
  OUTBOUND = 'OUTBOUND',
  CHANNEL = 'CHANNEL',
  REFERRAL = 'REFERRAL',
  EVENT = 'EVENT',
  OTHER = 'OTHER',
}
registerEnumType(LeadSource, {
  name: 'LeadSource',
  description: 'INBOUND: content, search, social; OUTBOUND: cold calls and email; CHANNEL: a partner; REFERRAL: a customer; EVENT; OTHER.',
});

/** The funnel steps of DOMAIN.md §3, plus the two ways out of it. */
export enum LeadStatus {
  LEAD = 'LEAD',
  MQL = 'MQL',
  SAL = 'SAL',
  SQL = 'SQL',
  CONVERTED = 'CONVERTED',
  DISQUALIFIED = 'DISQUALIFIED',
}
registerEnumType(LeadStatus, {
  name: 'LeadStatus',
  description:
    'LEAD → MQL (marketing-qualified) → SAL (sales-accepted) → SQL (sales-qualified); ' +
    'CONVERTED once turned into a contact and deal; DISQUALIFIED with a reason.',
});

/** The statuses a lead moves freely between, forward or back. */
export const FUNNEL_STATUSES: readonly LeadStatus[] = [LeadStatus.LEAD, LeadStatus.MQL, LeadStatus.SAL, LeadStatus.SQL];

@ObjectType({ simpleResolvers: true, description: 'A potential customer moving through the funnel towards becoming a deal.' })
@Entity()
@Index(['tenantId', 'ownerId'])
@Index(['tenantId', 'status'])
@Index(['tenantId', 'fullName'])
@Index(['tenantId', 'score'])
@Index(['tenantId', 'updatedAt'])
@Index(['tenantId', 'email'])
@Index(['tenantId', 'partnerId', 'updatedAt'])
@VisibleToPartners('partnerId')
export class Lead extends TenantEntity implements OwnedRecord {
  @Field(() => String)
  @TextColumn(100)
  firstName: string;

  @Field(() => String, { nullable: true })
  @TextColumn(100, { nullable: true })
  lastName: string | null;

  /** "First Last", kept by the service so NAME sorts on a non-null column. */
  @TextColumn(201)
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Lower case.' })
  @TextColumn(254, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(40, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(200, { nullable: true })
  companyName: string | null;

  @Field(() => String, { nullable: true, description: 'The lead\'s position (an SLA qualifying criterion).' })
  @TextColumn(120, { nullable: true })
  jobTitle: string | null;

  @Field(() => String, { nullable: true, description: 'The company\'s website (an SLA qualifying criterion).' })
  @TextColumn(300, { nullable: true })
  companyWebsite: string | null;

  @Field(() => Int, { nullable: true, description: 'The company\'s number of employees (an SLA qualifying criterion).' })
  @Column({ type: 'int', nullable: true })
  companyEmployeeCount: number | null;

  @Field(() => LeadSource)
  @EnumColumn()
  source: LeadSource;

  @Field(() => String, { nullable: true, description: 'Campaign, event, partner or referrer name.' })
  @TextColumn(200, { nullable: true })
  sourceDetail: string | null;

  @Field(() => LeadStatus)
  @EnumColumn()
  status: LeadStatus;

  @Field(() => Int, { description: '0–100: how likely the lead is to buy (fit + engagement).' })
  @Column({ type: 'int', default: 0 })
  score: number;

  @Field(() => String, { nullable: true, description: 'Why it was disqualified; cleared when requalified.' })
  @TextColumn(1000, { nullable: true })
  disqualifiedReason: string | null;

  @IdColumn()
  ownerId: string;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  convertedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The contact it was converted into.' })
  @IdColumn({ nullable: true })
  convertedContactId: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization it was converted into or matched to.' })
  @IdColumn({ nullable: true })
  convertedOrganizationId: string | null;

  @Field(() => ID, { nullable: true, description: 'The deal opened when it was converted.' })
  @IdColumn({ nullable: true })
  convertedDealId: string | null;

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
