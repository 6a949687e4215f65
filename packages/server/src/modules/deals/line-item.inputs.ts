import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { IntBetween, OptionalText } from '../../graphql/validation';
import { MinorUnitsScalar } from '../../money/money.graphql';

@InputType()
export class LineItemDraft {
  @Field(() => ID, { nullable: true, description: 'A product of the catalogue; its name and price are the defaults.' })
  productId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required without a product.' })
  @OptionalText(200)
  name?: string | null;

  @Field(() => Int)
  @IntBetween(1, 1_000_000)
  quantity: number;

  @Field(() => MinorUnitsScalar, { nullable: true, description: 'In the deal\'s currency; default the product\'s price.' })
  unitPriceMinor?: number | null;

  @Field(() => Int, { nullable: true, description: 'Basis points: 1000 = 10 %. Default 0.' })
  @IntBetween(0, 10_000)
  discountBasisPoints?: number | null;
}

@InputType()
export class SetDealLineItemsInput {
  @Field(() => ID)
  dealId: string;

  @Field(() => Int)
  version: number;

  @Field(() => [LineItemDraft], { description: 'The complete list, in order; an empty list removes all lines.' })
  @ArrayMaxSize(200, { message: 'can have at most 200 lines' })
  @ValidateNested({ each: true })
  items: LineItemDraft[];
}
