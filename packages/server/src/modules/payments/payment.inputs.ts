import { Field, ID, InputType, Int } from 'type-graphql';
import { RequiredText } from '../../graphql/validation';
import { MinorUnitsScalar } from '../../money/money.graphql';

@InputType()
export class RecordInvoicePaidInput {
  @Field(() => ID, { description: 'The won deal the invoice bills.' })
  dealId: string;

  @Field(() => String, { description: 'The billing system\'s invoice id; sending it again records nothing new.' })
  @RequiredText(100)
  externalId: string;

  @Field(() => MinorUnitsScalar, { description: 'What was paid, in minor units of the deal\'s currency.' })
  amountMinor: number;

  @Field(() => String, { description: 'Must be the deal\'s currency.' })
  currency: string;

  @Field(() => Date, { nullable: true, description: 'When it was paid; now if left out.' })
  paidAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Which invoice of the subscription (1 for the first); the next one if left out.' })
  invoiceNumber?: number | null;
}

@InputType()
export class RecordRefundInput {
  @Field(() => ID, { description: 'The invoice payment refunded.' })
  invoiceId: string;

  @Field(() => String, { description: 'The billing system\'s refund id; sending it again records nothing new.' })
  @RequiredText(100)
  externalId: string;

  @Field(() => MinorUnitsScalar, { description: 'How much was given back; at most what is left of the invoice.' })
  amountMinor: number;

  @Field(() => Date, { nullable: true })
  refundedAt?: Date | null;
}

@InputType()
export class RecordChurnInput {
  @Field(() => ID)
  dealId: string;

  @Field(() => String, { description: 'The billing system\'s id of the cancellation.' })
  @RequiredText(100)
  externalId: string;

  @Field(() => Date, { nullable: true })
  churnedAt?: Date | null;
}
