import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, TextColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';

/**
 * A partner program: partners in it share a hold period (usually the refund window, so a
 * commission is not approved before its sale can be refunded) and a default plugin
 * installation that computes what they earn.
 */
@ObjectType({ simpleResolvers: true, description: 'A partner program: hold period and default commission plugin.' })
@Entity()
@Index(['tenantId', 'name'], { unique: true })
export class PartnerGroup extends TenantEntity {
  @Field(() => String)
  @TextColumn(120)
  name: string;

  @Field(() => String, { nullable: true })
  @TextColumn(500, { nullable: true })
  description: string | null;

  @Field(() => Int, { description: 'Days a new ledger entry is held before it can be approved.' })
  @Column({ type: 'int', default: 30 })
  holdDays: number;

  /** The plugin installation that pays this group's partners unless a partner has its own. */
  @Field(() => ID, { nullable: true, description: 'The plugin installation that pays this group\'s partners unless a partner has its own.' })
  @IdColumn({ nullable: true })
  defaultInstallationId: string | null;
}
