import { Field, ID, InputType } from 'type-graphql';
import { ReferralStatus } from './referral.entity';

@InputType()
export class IssueReferralCodeInput {
  @Field(() => ID, { description: 'A customer: a contact who has bought.' })
  contactId: string;
}

@InputType()
export class ReferralFilter {
  @Field(() => [ReferralStatus], { nullable: true, description: 'Any of these; empty or null: all.' })
  status?: ReferralStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Referrals by this customer.' })
  referrerContactId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Referrals by this partner.' })
  partnerId?: string | null;
}
