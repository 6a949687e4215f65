import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { MinorUnitsColumn, TextColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';

@ObjectType({ simpleResolvers: true, description: 'Something the tenant sells; deals list products as line items.' })
@Entity()
@Index(['tenantId', 'name'])
@Index(['tenantId', 'sku'], { unique: true })
export class Product extends TenantEntity {
  @Field(() => String)
  @TextColumn(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Stock-keeping unit; unique in the workspace, ignoring case.' })
  @TextColumn(64, { nullable: true })
  sku: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn(2000, { nullable: true })
  description: string | null;

  /** Exposed as `unitPrice: Money`, never as a bare number. */
  @MinorUnitsColumn()
  unitPriceMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Field(() => Boolean, { description: 'Inactive (retired) products stay on existing deals but cannot be added to new line items.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
