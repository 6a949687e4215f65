import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, TextColumn, TimestampColumn } from '../../database/columns';
import { Role } from '../../tenancy/roles';
import { TenantEntity } from '../../tenancy/tenant-entity';
import { JobTitle } from './user.entity';

@ObjectType({ simpleResolvers: true, description: 'An invitation for someone to join the team with a role.' })
@Entity()
@Index(['tenantId', 'email'])
export class Invite extends TenantEntity {
  @Field(() => String)
  @TextColumn(254)
  email: string;

  @Field(() => Role)
  @EnumColumn()
  role: Role;

  @Field(() => JobTitle, { nullable: true })
  @EnumColumn({ nullable: true })
  jobTitle: JobTitle | null;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Field(() => Date)
  @TimestampColumn()
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  revokedAt: Date | null;

  @IdColumn()
  invitedById: string;

  /** For a PARTNER invite: the partner the new user will act for. */
  @IdColumn({ nullable: true })
  partnerId: string | null;
}
