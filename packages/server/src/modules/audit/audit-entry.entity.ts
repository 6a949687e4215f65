import { Field, ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, TextColumn, TimestampColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';

/**
 * A person overriding what the system decided (voiding a commission, releasing a held one,
 * adding an adjustment): who, when, why, and the record before and after. Append-only.
 */
@ObjectType({ simpleResolvers: true, description: 'A manual override: who changed what, why, with the record before and after.' })
@Entity()
@Index(['tenantId', 'entityType', 'entityId', 'at'])
export class AuditEntry extends TenantEntity {
  @Field(() => String, { description: 'LedgerEntry, ...' })
  @TextColumn(40)
  entityType: string;

  @IdColumn()
  entityId: string;

  @Field(() => String, { description: 'void, release-hold, approve-held, adjust, ...' })
  @TextColumn(40)
  action: string;

  @Field(() => String, { nullable: true })
  @TextColumn(500, { nullable: true })
  reason: string | null;

  @JsonColumn({ nullable: true })
  before: object | null;

  @JsonColumn({ nullable: true })
  after: object | null;

  @IdColumn()
  actorId: string;

  @Field(() => Date)
  @TimestampColumn()
  at: Date;
}
