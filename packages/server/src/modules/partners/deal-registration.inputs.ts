import { Field, ID, InputType } from 'type-graphql';
import { OptionalText, RequiredText } from '../../graphql/validation';
import { MinorUnitsScalar } from '../../money/money.graphql';
import { RegistrationStatus } from './deal-registration.entity';

@InputType()
export class SubmitDealRegistrationInput {
  @Field(() => String)
  @RequiredText(200)
  title: string;

  @Field(() => String, { description: 'The customer-to-be, as the partner knows it.' })
  @RequiredText(200)
  organizationName: string;

  @Field(() => String, { nullable: true, description: 'acme.com or https://www.acme.com/ — stored as acme.com.' })
  @OptionalText(253)
  organizationDomain?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(120)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(254)
  contactEmail?: string | null;

  @Field(() => MinorUnitsScalar)
  amountMinor: number;

  @Field(() => String, { description: 'ISO 4217.' })
  @RequiredText(3)
  currency: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @OptionalText(10)
  expectedCloseDate?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(2000)
  notes?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required when a manager registers on a partner\'s behalf; a partner\'s user registers for their own.' })
  partnerId?: string | null;
}

@InputType()
export class ApproveDealRegistrationInput {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'Default: the default pipeline; the deal starts in its first stage.' })
  pipelineId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The deal\'s owner. Default: you.' })
  ownerId?: string | null;
}

@InputType()
export class RejectDealRegistrationInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Why; the partner reads it.' })
  @RequiredText(500)
  reason: string;
}

@InputType()
export class DealRegistrationFilter {
  @Field(() => [RegistrationStatus], { nullable: true, description: 'Any of these; empty or null: all. A pending registration past its expiry counts as EXPIRED.' })
  status?: RegistrationStatus[] | null;

  @Field(() => ID, { nullable: true })
  partnerId?: string | null;
}
