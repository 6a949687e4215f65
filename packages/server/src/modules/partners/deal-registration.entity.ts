import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { DateColumn, EnumColumn, IdColumn, MinorUnitsColumn, TextColumn, TimestampColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';
import { VisibleToPartners } from '../../tenancy/partner-view';

export enum RegistrationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** Not decided within the tenant's registration window. */
  EXPIRED = 'EXPIRED',
}
registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });

/**
 * A partner's claim on an opportunity. Registering first protects the partner's commission:
 * once approved, the deal it creates is attributed to them. Conflicts (the organization already
 * has an open deal, or another partner registered it) are found when it is submitted and kept,
 * so the channel manager decides with them in view.
 */
@ObjectType({ simpleResolvers: true, description: 'An opportunity a partner registered, waiting for a channel manager\'s decision.' })
@Entity()
@Index(['tenantId', 'status', 'createdAt'])
@Index(['tenantId', 'partnerId', 'createdAt'])
@Index(['tenantId', 'organizationDomain'])
@VisibleToPartners('partnerId')
export class DealRegistration extends TenantEntity {
  @IdColumn()
  partnerId: string;

  @Field(() => String)
  @TextColumn(200)
  title: string;

  @Field(() => String)
  @TextColumn(200)
  organizationName: string;

  @Field(() => String, { nullable: true, description: 'Lower-case web domain, used to find conflicts.' })
  @TextColumn(253, { nullable: true })
  organizationDomain: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(120, { nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(254, { nullable: true })
  contactEmail: string | null;

  @MinorUnitsColumn()
  amountMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Field(() => String, { nullable: true })
  @DateColumn({ nullable: true })
  expectedCloseDate: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(2000, { nullable: true })
  notes: string | null;

  @Field(() => RegistrationStatus)
  @EnumColumn()
  status: RegistrationStatus;

  /** JSON array of RegistrationConflict (see deal-registration.service.ts). */
  @Column({ type: 'text' })
  conflicts: string;

  @Field(() => Date, { description: 'Pending registrations expire at this moment.' })
  @TimestampColumn()
  expiresAt: Date;

  @IdColumn()
  submittedById: string;

  @IdColumn({ nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  @TextColumn(500, { nullable: true })
  rejectionReason: string | null;

  /** The deal created on approval. */
  @IdColumn({ nullable: true })
  dealId: string | null;
}
