import { Field, ID, InputType } from 'type-graphql';
import { RequiredText } from '../../graphql/validation';
import { PayoutStatus } from './payout.entity';

@InputType()
export class IssuePayoutsInput {
  @Field(() => String, { description: 'First day of the period (YYYY-MM-DD), for the statement.' })
  periodStart: string;

  @Field(() => String, { description: 'Last day of the period (YYYY-MM-DD): approved entries written up to its end are paid.' })
  periodEnd: string;

  @Field(() => ID, { nullable: true, description: 'Only this partner; every payee if left out.' })
  partnerId?: string | null;
}

@InputType()
export class MarkPayoutPaidInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The bank transfer or payment reference.' })
  @RequiredText(120)
  reference: string;
}

@InputType()
export class PayoutFilter {
  @Field(() => ID, { nullable: true })
  partnerId?: string | null;

  @Field(() => PayoutStatus, { nullable: true })
  status?: PayoutStatus | null;
}
