import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BigIntColumn, EnumColumn, IdColumn, TextColumn, TimestampColumn } from '../../database/columns';
import { Role } from '../../tenancy/roles';
import { TenantEntity } from '../../tenancy/tenant-entity';
import { VisibleToPartners } from '../../tenancy/partner-view';

/** What a person does on the team (DOMAIN.md §5). Independent of the permission role. */
export enum JobTitle {
  SDR = 'SDR',
  ACCOUNT_EXECUTIVE = 'ACCOUNT_EXECUTIVE',
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
  SALES_MANAGER = 'SALES_MANAGER',
  SALES_OPS = 'SALES_OPS',
  OTHER = 'OTHER',
}
registerEnumType(JobTitle, { name: 'JobTitle' });

@ObjectType({ simpleResolvers: true, description: 'A member of the tenant\'s team.' })
@Entity()
@Index(['tenantId', 'email'], { unique: true })
@VisibleToPartners('self')
export class User extends TenantEntity {
  @Field(() => String)
  @TextColumn(254)
  email: string;

  @Field(() => String)
  @TextColumn(120)
  name: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Field(() => Role)
  @EnumColumn()
  role: Role;

  @Field(() => JobTitle, { nullable: true })
  @EnumColumn({ nullable: true })
  jobTitle: JobTitle | null;

  @Field(() => Boolean, { description: 'Deactivated users cannot log in; their records stay.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  lastLoginAt: Date | null;

  /**
   * The event cursor up to which this person has read their notifications, kept here so every
   * device shows the same unread count; only moves forward (UserService.markNotificationsRead).
   * Optional in TypeScript only: new users start at the column's default, 0.
   */
  @BigIntColumn({ default: 0 })
  notificationsReadUpTo?: number;

  /** For the PARTNER role: the partner whose records this person sees (and only those). */
  @IdColumn({ nullable: true })
  partnerId: string | null;
}
