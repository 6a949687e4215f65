import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, TextColumn, TimestampColumn } from '../database/columns';
import { TenantEntity } from '../tenancy/tenant-entity';

/**
 * A secret another system (a billing system) uses to call the API for the tenant. Only a hash
 * is stored; the key is shown once, when it is made. It acts with the rights of the role it was
 * given, never above its creator's.
 */
@ObjectType({ simpleResolvers: true, description: 'A key another system uses to call the API; the secret is shown once.' })
@Entity()
// Looked up by prefix before the tenant is known (the key names it), as a login looks up an email.
@Index(['prefix'], { unique: true })
export class ApiKey extends TenantEntity {
  @Field(() => String)
  @TextColumn(120)
  name: string;

  @Field(() => String, { description: 'The first characters of the key, to recognise it.' })
  @TextColumn(16)
  prefix: string;

  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  @Field(() => String, { description: 'The role it acts with, e.g. MANAGER for a billing system.' })
  @TextColumn(24)
  role: string;

  @IdColumn()
  createdById: string;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  revokedAt: Date | null;
}
