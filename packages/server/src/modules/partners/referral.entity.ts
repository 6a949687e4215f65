import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, TextColumn, TimestampColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';
import { VisibleToPartners } from '../../tenancy/partner-view';

export enum ReferralStatus {
  /** The referred lead is being worked. */
  OPEN = 'OPEN',
  /** The lead converted: the referrer's reward is due. */
  CONVERTED = 'CONVERTED',
  /** The lead was disqualified. */
  LOST = 'LOST',
}
registerEnumType(ReferralStatus, { name: 'ReferralStatus' });

/**
 * A lead that arrived with a referral code: a customer's (word of mouth, DOMAIN.md §4) or a
 * partner's. One row per referred lead, so "how many has this customer brought" is a count.
 */
@ObjectType({ simpleResolvers: true, description: 'A lead brought by a customer or partner through their referral code.' })
@Entity()
@Index(['tenantId', 'leadId'], { unique: true })
@Index(['tenantId', 'referrerContactId', 'status'])
@Index(['tenantId', 'partnerId', 'createdAt'])
@VisibleToPartners('partnerId')
export class Referral extends TenantEntity {
  @Field(() => String, { description: 'The code the lead arrived with.' })
  @TextColumn(32)
  code: string;

  /** The customer who referred, for a customer's code. */
  @IdColumn({ nullable: true })
  referrerContactId: string | null;

  /** The partner who referred, for a partner's code. */
  @IdColumn({ nullable: true })
  partnerId: string | null;

  @IdColumn()
  leadId: string;

  @Field(() => ReferralStatus)
  @EnumColumn()
  status: ReferralStatus;

  /** The contact the lead became. */
  @IdColumn({ nullable: true })
  referredContactId: string | null;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  convertedAt: Date | null;
}
