import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, TextColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';
import { VisibleToPartners } from '../../tenancy/partner-view';

/** The channels of DOMAIN.md §4. */
export enum PartnerType {
  /** Value-added reseller: resells the product with its own services on top. */
  VAR = 'VAR',
  AFFILIATE = 'AFFILIATE',
  RESELLER = 'RESELLER',
  /** Brings leads for a reward. */
  REFERRAL = 'REFERRAL',
  /** A custom alliance selling jointly on its own terms. */
  BIZDEV = 'BIZDEV',
}
registerEnumType(PartnerType, { name: 'PartnerType' });

export enum PartnerStatus {
  /** Signed up, not yet approved: cannot register deals. */
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  /** Keeps its history and ledger; earns nothing new and cannot register deals. */
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(PartnerStatus, { name: 'PartnerStatus' });

/** A company or person selling or referring for the tenant. */
@ObjectType({ simpleResolvers: true, description: 'A channel partner: VAR, affiliate, reseller, referral partner or alliance.' })
@Entity()
@Index(['tenantId', 'name'], { unique: true })
@Index(['tenantId', 'groupId'])
@Index(['tenantId', 'referralCode'], { unique: true })
@VisibleToPartners('ownPartner')
export class Partner extends TenantEntity {
  @Field(() => String)
  @TextColumn(120)
  name: string;

  @Field(() => PartnerType)
  @EnumColumn()
  type: PartnerType;

  @Field(() => PartnerStatus)
  @EnumColumn()
  status: PartnerStatus;

  @Field(() => String, { nullable: true, description: 'The partner\'s level in its program, e.g. gold; plugins may pay by it.' })
  @TextColumn(40, { nullable: true })
  tier: string | null;

  @IdColumn({ nullable: true })
  groupId: string | null;

  /** Overrides the group's default plugin installation for this partner. */
  @Field(() => ID, { nullable: true, description: 'The plugin installation that pays this partner instead of its group\'s default.' })
  @IdColumn({ nullable: true })
  installationId: string | null;

  @Field(() => String, { nullable: true, description: 'Where statements go; also checked against referred customers (fraud).' })
  @TextColumn(254, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'The partner\'s own web domain; a customer on it is a self-referral.' })
  @TextColumn(253, { nullable: true })
  domain: string | null;

  @Field(() => String, { description: 'Leads arriving with this code (or the link carrying it) are attributed to the partner.' })
  @TextColumn(32)
  referralCode: string;

  /** The channel manager who looks after this partner. */
  @IdColumn({ nullable: true })
  managerId: string | null;
}
