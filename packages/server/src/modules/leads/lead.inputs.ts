import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderByType } from '../../graphql/connection';
import { IntBetween, OptionalText, RequiredText } from '../../graphql/validation';
import { LeadSource, LeadStatus } from './lead.entity';

/** Fields both create and update accept; on update, a field left out keeps its value and null clears it. */
@InputType()
abstract class LeadFields {
  @Field(() => String, { nullable: true })
  @OptionalText(100)
  lastName?: string | null;

  // Checked by the service after trimming, so a blank address clears it like any optional text.
  @Field(() => String, { nullable: true })
  @OptionalText(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(40)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(200)
  companyName?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(120)
  jobTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'acme.com or https://www.acme.com/' })
  @OptionalText(300)
  companyWebsite?: string | null;

  @Field(() => Int, { nullable: true })
  @IntBetween(0, 10_000_000)
  companyEmployeeCount?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText(200)
  sourceDetail?: string | null;

  @Field(() => Int, { nullable: true, description: '0–100.' })
  @IntBetween(0, 100)
  score?: number | null;

  @Field(() => ID, { nullable: true, description: 'Default: you.' })
  ownerId?: string | null;
}

@InputType()
export class CreateLeadInput extends LeadFields {
  @Field(() => String)
  @RequiredText(100)
  firstName: string;

  @Field(() => LeadSource)
  source: LeadSource;

  @Field(() => LeadStatus, { nullable: true, description: 'Default LEAD; a new lead may start at MQL, SAL or SQL.' })
  status?: LeadStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'A customer\'s or partner\'s referral code: the lead becomes a REFERRAL (customer) or CHANNEL (partner, credited to them) lead.',
  })
  @OptionalText(32)
  referralCode?: string | null;
}

@InputType({ description: 'Changes details, not the status (see changeLeadStatus).' })
export class UpdateLeadInput extends LeadFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one on the server is a CONFLICT.' })
  version?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText(100)
  firstName?: string | null;

  @Field(() => LeadSource, { nullable: true })
  source?: LeadSource | null;
}

@InputType()
export class ChangeLeadStatusInput {
  @Field(() => ID)
  id: string;

  @Field(() => LeadStatus, { description: 'Not CONVERTED: that happens by converting the lead.' })
  status: LeadStatus;

  @Field(() => String, { nullable: true, description: 'Required when disqualifying; kept in the history.' })
  @OptionalText(1000)
  reason?: string | null;

  @Field(() => Int, { description: 'The version you saw; a newer one on the server is a CONFLICT.' })
  version: number;
}

@InputType()
export class LeadFilter {
  @Field(() => String, { nullable: true, description: 'Matches name, email or company.' })
  @OptionalText(200)
  search?: string | null;

  @Field(() => [LeadStatus], { nullable: true, description: 'Any of these; empty or null: all.' })
  status?: LeadStatus[] | null;

  @Field(() => [LeadSource], { nullable: true, description: 'Any of these; empty or null: all.' })
  source?: LeadSource[] | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Leads credited to this partner.' })
  partnerId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Score at least this.' })
  @IntBetween(0, 100)
  minScore?: number | null;

  @Field(() => Date, { nullable: true, description: 'Created at or after this instant.' })
  createdAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Created before this instant.' })
  createdBefore?: Date | null;
}

export enum LeadOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  SCORE = 'SCORE',
  NAME = 'NAME',
}
registerEnumType(LeadOrderField, { name: 'LeadOrderField' });

export const LeadOrderBy = OrderByType(LeadOrderField, 'LeadOrderBy');
export type LeadOrderBy = InstanceType<typeof LeadOrderBy>;
