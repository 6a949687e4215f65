import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, TextColumn, TimestampColumn } from '../../database/columns';
import { TenantEntity, type OwnedRecord } from '../../tenancy/tenant-entity';

@ObjectType({ simpleResolvers: true, description: 'A company or institution the tenant does business with (an account).' })
@Entity()
@Index(['tenantId', 'name'])
@Index(['tenantId', 'domain'], { unique: true })
@Index(['tenantId', 'ownerId'])
export class Organization extends TenantEntity implements OwnedRecord {
  @Field(() => String)
  @TextColumn(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Web domain, lower case (acme.com); unique in the workspace.' })
  @TextColumn(253, { nullable: true })
  domain: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(120, { nullable: true })
  industry: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of employees.' })
  @Column({ type: 'int', nullable: true })
  employeeCount: number | null;

  @Field(() => String, { nullable: true })
  @TextColumn(40, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(120, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(300, { nullable: true })
  address: string | null;

  @IdColumn()
  ownerId: string;

  @Field(() => Date, { nullable: true, description: 'Set when archived; archived records are hidden from lists by default.' })
  @TimestampColumn({ nullable: true })
  archivedAt: Date | null;
}
