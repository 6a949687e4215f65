import { Field, ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { IdColumn, TimestampColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';

/**
 * One step of a deal's stage history (from, to, at, by). Written by every command that changes
 * a deal's stage, including creation; feeds sales-cycle length and stage conversion.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
@Index(['tenantId', 'dealId', 'changedAt'])
@Index(['tenantId', 'toStageId', 'changedAt'])
export class DealStageChange extends TenantEntity {
  @IdColumn()
  dealId: string;

  @IdColumn({ nullable: true })
  fromStageId: string | null;

  @IdColumn()
  toStageId: string;

  @Field(() => Date)
  @TimestampColumn()
  changedAt: Date;

  @IdColumn()
  changedById: string;
}
