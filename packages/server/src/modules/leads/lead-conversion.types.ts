import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OptionalText } from '../../graphql/validation';
import { MinorUnitsScalar } from '../../money/money.graphql';
import { Contact } from '../contacts/contact.entity';
import { Deal, DealType } from '../deals/deal.entity';
import { Organization } from '../organizations/organization.entity';
import { Lead } from './lead.entity';

@InputType()
export class ConvertLeadInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a newer one on the server means CONFLICT.' })
  version?: number | null;

  @Field(() => Boolean, { defaultValue: true, description: 'false converts into contact and organization only.' })
  createDeal: boolean;

  @Field(() => String, { nullable: true, description: 'Default: "<company> — new deal".' })
  @OptionalText(200)
  dealTitle?: string | null;

  @Field(() => MinorUnitsScalar, { nullable: true })
  amountMinor?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText(3)
  currency?: string | null;

  @Field(() => ID, { nullable: true, description: 'Default: the default pipeline.' })
  pipelineId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Default: the lead\'s owner.' })
  ownerId?: string | null;

  @Field(() => DealType, { nullable: true })
  dealType?: DealType | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @OptionalText(10)
  expectedCloseDate?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'What a conversion made or found.' })
export class ConvertLeadPayload {
  @Field(() => Lead)
  lead: Lead;

  @Field(() => Contact)
  contact: Contact;

  @Field(() => Boolean, { description: 'true when a contact with the lead\'s email already existed.' })
  contactReused: boolean;

  @Field(() => Organization, { nullable: true })
  organization: Organization | null;

  @Field(() => Boolean, { description: 'true when an organization with the lead\'s domain or name already existed.' })
  organizationReused: boolean;

  @Field(() => Deal, { nullable: true })
  deal: Deal | null;
}
