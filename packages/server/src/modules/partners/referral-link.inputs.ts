import { Field, InputType, ObjectType } from 'type-graphql';
import { OptionalText, RequiredEmail, RequiredText } from '../../graphql/validation';

@InputType({ description: 'Someone answering a referral link: becomes a lead credited to the referrer.' })
export class SubmitReferralInput {
  @Field(() => String, { description: 'The workspace in the link (its short name).' })
  @RequiredText(63)
  workspace: string;

  @Field(() => String, { description: 'The referral code in the link.' })
  @RequiredText(32)
  referralCode: string;

  @Field(() => String)
  @RequiredText(100)
  firstName: string;

  @Field(() => String, { nullable: true })
  @OptionalText(100)
  lastName?: string | null;

  @Field(() => String)
  @RequiredEmail()
  email: string;

  @Field(() => String, { nullable: true })
  @OptionalText(200)
  companyName?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(50)
  phone?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'What a referral link\'s page shows: who invites whom.' })
export class ReferralInvitation {
  @Field(() => String, { description: 'The company the link invites to.' })
  workspaceName: string;

  @Field(() => String, { description: 'The partner, or the customer\'s first name.' })
  referrerName: string;
}
