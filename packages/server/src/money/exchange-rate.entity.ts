import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BigIntColumn } from '../database/columns';
import { TenantEntity } from '../tenancy/tenant-entity';

/**
 * How much one unit of `currency` is worth in the tenant's base currency, as an integer count
 * of millionths (1.0842 → 1_084_200), so conversion stays exact integer arithmetic.
 */
@ObjectType({ simpleResolvers: true })
@Entity()
@Index(['tenantId', 'currency'], { unique: true })
export class ExchangeRate extends TenantEntity {
  @Field(() => String)
  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @BigIntColumn()
  rateMicros: number;
}
