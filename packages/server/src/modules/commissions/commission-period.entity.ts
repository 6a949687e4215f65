import { Field, ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { DateColumn, IdColumn, TimestampColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';

/**
 * A commission period someone closed: each active partner got a `period.closed` event for it,
 * on which plugins pay volume true-ups. Kept so that the same period is never closed twice
 * (the events themselves are pruned after a while).
 */
@ObjectType({ simpleResolvers: true, description: 'A closed commission period: plugins ran their period-end true-ups for it.' })
@Entity()
@Index(['tenantId', 'periodStart', 'periodEnd'], { unique: true })
export class CommissionPeriod extends TenantEntity {
  @Field(() => String)
  @DateColumn()
  periodStart: string;

  @Field(() => String)
  @DateColumn()
  periodEnd: string;

  @IdColumn()
  closedById: string;

  @Field(() => Date)
  @TimestampColumn()
  closedAt: Date;
}
