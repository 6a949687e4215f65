import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrderByType } from '../../graphql/connection';
import { OptionalText, RequiredText } from '../../graphql/validation';
import { MinorUnitsScalar } from '../../money/money.graphql';

/** Fields both create and update accept; on update, a field left out keeps its value. */
@InputType()
abstract class ProductFields {
  @Field(() => String, { nullable: true, description: 'Unique in the workspace, ignoring case; blank clears it.' })
  @OptionalText(64)
  sku?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(2000)
  description?: string | null;
}

@InputType()
export class CreateProductInput extends ProductFields {
  @Field(() => String)
  @RequiredText(200)
  name: string;

  @Field(() => MinorUnitsScalar, { description: 'Price of one unit in minor units: 4900 is 49.00 USD.' })
  unitPriceMinor: number;

  @Field(() => String, { description: 'ISO 4217 code, e.g. USD.' })
  currency: string;

  @Field(() => Boolean, { defaultValue: true })
  active: boolean;
}

@InputType()
export class UpdateProductInput extends ProductFields {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @OptionalText(200)
  name?: string | null;

  @Field(() => MinorUnitsScalar, { nullable: true, description: 'New price of one unit, in minor units.' })
  unitPriceMinor?: number | null;

  @Field(() => String, { nullable: true })
  currency?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false retires the product: no new line items.' })
  active?: boolean | null;
}

@InputType()
export class ProductFilter {
  @Field(() => String, { nullable: true, description: 'Matches name or SKU.' })
  @OptionalText(200)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only active; false: only retired; left out: both.' })
  active?: boolean | null;
}

export enum ProductOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ProductOrderField, { name: 'ProductOrderField' });

export const ProductOrderBy = OrderByType(ProductOrderField, 'ProductOrderBy');
export type ProductOrderBy = InstanceType<typeof ProductOrderBy>;
