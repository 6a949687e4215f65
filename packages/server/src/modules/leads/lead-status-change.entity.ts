import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, TextColumn, TimestampColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';
import { LeadStatus } from './lead.entity';

/**
 * One step of a lead's funnel history (from, to, at, by, why). Written on creation and by every
 * status change, conversion included; feeds the per-step funnel conversion rates (DOMAIN.md §3).
 */
@ObjectType({ simpleResolvers: true })
@Entity()
@Index(['tenantId', 'leadId', 'changedAt'])
@Index(['tenantId', 'toStatus', 'changedAt'])
export class LeadStatusChange extends TenantEntity {
  @IdColumn()
  leadId: string;

  @Field(() => LeadStatus, { nullable: true, description: 'Null for the row written when the lead was created.' })
  @EnumColumn({ nullable: true })
  fromStatus: LeadStatus | null;

  @Field(() => LeadStatus)
  @EnumColumn()
  toStatus: LeadStatus;

  @Field(() => Date)
  @TimestampColumn()
  changedAt: Date;

  @Field(() => ID)
  @IdColumn()
  changedById: string;

  @Field(() => String, { nullable: true })
  @TextColumn(1000, { nullable: true })
  reason: string | null;
}
