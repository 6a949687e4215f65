import { Field, ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { IdColumn, TextColumn, TimestampColumn } from '../../database/columns';
import { TenantEntity, type OwnedRecord } from '../../tenancy/tenant-entity';

/** Room for the longest first name, a space and the longest last name. */
export const FULL_NAME_LENGTH = 201;

@ObjectType({ simpleResolvers: true, description: 'A person, usually at an organization; a customer once they have bought.' })
@Entity()
@Index(['tenantId', 'fullName'])
@Index(['tenantId', 'email'])
@Index(['tenantId', 'organizationId'])
@Index(['tenantId', 'ownerId'])
@Index(['tenantId', 'referralCode'], { unique: true })
export class Contact extends TenantEntity implements OwnedRecord {
  @Field(() => String)
  @TextColumn(100)
  firstName: string;

  @Field(() => String, { nullable: true })
  @TextColumn(100, { nullable: true })
  lastName: string | null;

  /** First and last name joined; kept by the service so lists can sort on a non-null column. */
  @TextColumn(FULL_NAME_LENGTH)
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Lower case. Not unique: people share inboxes.' })
  @TextColumn(254, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(40, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Their position at their organization, e.g. Head of Procurement.' })
  @TextColumn(120, { nullable: true })
  jobTitle: string | null;

  @IdColumn({ nullable: true })
  organizationId: string | null;

  @IdColumn()
  ownerId: string;

  @Field(() => Date, { nullable: true, description: 'When they first bought (a deal with them was won); null for prospects.' })
  @TimestampColumn({ nullable: true })
  customerSince: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set when archived; archived records are hidden from lists by default.' })
  @TimestampColumn({ nullable: true })
  archivedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The customer\'s referral code: leads arriving with it are credited to them.' })
  @TextColumn(32, { nullable: true })
  referralCode: string | null;
}
