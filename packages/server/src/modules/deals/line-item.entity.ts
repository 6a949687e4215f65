import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, MinorUnitsColumn, TextColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';

/**
 * One line of a deal: what is sold, how many, at what price. Priced in the deal's currency.
 * The product's name and price are copied, so later catalogue changes don't rewrite history.
 */
@ObjectType('DealLineItem', { simpleResolvers: true })
@Entity()
@Index(['tenantId', 'dealId', 'position'])
export class DealLineItem extends TenantEntity {
  @IdColumn()
  dealId: string;

  @IdColumn({ nullable: true })
  productId: string | null;

  @Field(() => String)
  @TextColumn(200)
  name: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  quantity: number;

  @MinorUnitsColumn()
  unitPriceMinor: number;

  @Field(() => Int, { description: 'Discount in basis points: 1000 = 10 %.' })
  @Column({ type: 'int', default: 0 })
  discountBasisPoints: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;
}
