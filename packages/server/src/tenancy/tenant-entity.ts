import { Field, ID, ObjectType } from 'type-graphql';
import { PrimaryColumn, Column } from 'typeorm';
import { TimestampColumn } from '../database/columns';

/**
 * The base of every tenant-owned row. The primary key is (tenant_id, id): rows of one tenant
 * sit together in the clustered index, and every index a subclass declares starts with
 * tenant_id, so a table can later be sharded by tenant without a redesign.
 */
@ObjectType({ simpleResolvers: true })
export abstract class TenantEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  tenantId: string;

  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => Date)
  @TimestampColumn()
  createdAt: Date;

  @Field(() => Date)
  @TimestampColumn()
  updatedAt: Date;

  @Field(() => Number, { description: 'Incremented on every change; send it back to detect concurrent edits.' })
  @Column({ type: 'int', default: 1 })
  version: number;
}

/** A record that belongs to one user; REPs limited to their own records see only theirs. */
export interface OwnedRecord {
  ownerId: string;
}
