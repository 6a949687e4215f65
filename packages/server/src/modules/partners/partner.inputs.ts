import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderByType } from '../../graphql/connection';
import { OptionalText, RequiredEmail, RequiredText } from '../../graphql/validation';
import { PartnerStatus, PartnerType } from './partner.entity';

/** Fields both create and update accept; on update, a field left out keeps its value and null clears it. */
@InputType()
abstract class PartnerFields {
  @Field(() => String, { nullable: true, description: 'The partner\'s level in its program, e.g. gold.' })
  @OptionalText(40)
  tier?: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner group (program) it belongs to.' })
  groupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Overrides the group\'s default plugin installation.' })
  installationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Stored in lower case.' })
  @OptionalText(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'acme.com or https://www.acme.com/ — stored as acme.com.' })
  @OptionalText(253)
  domain?: string | null;

  @Field(() => ID, { nullable: true, description: 'The channel manager: a member of your team.' })
  managerId?: string | null;
}

@InputType()
export class CreatePartnerInput extends PartnerFields {
  @Field(() => String)
  @RequiredText(120)
  name: string;

  @Field(() => PartnerType)
  type: PartnerType;

  @Field(() => PartnerStatus, { nullable: true, description: 'Default ACTIVE: a partner your team adds is signed already.' })
  status?: PartnerStatus | null;
}

@InputType()
export class UpdatePartnerInput extends PartnerFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one on the server is a CONFLICT.' })
  version?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText(120)
  name?: string | null;

  @Field(() => PartnerType, { nullable: true })
  type?: PartnerType | null;

  @Field(() => PartnerStatus, { nullable: true, description: 'SUSPENDED keeps the partner\'s history; they earn nothing new.' })
  status?: PartnerStatus | null;
}

@InputType()
export class PartnerFilter {
  @Field(() => String, { nullable: true, description: 'Matches name, email or domain.' })
  @OptionalText(254)
  search?: string | null;

  @Field(() => [PartnerType], { nullable: true, description: 'Any of these; empty or null: all.' })
  type?: PartnerType[] | null;

  @Field(() => [PartnerStatus], { nullable: true, description: 'Any of these; empty or null: all.' })
  status?: PartnerStatus[] | null;

  @Field(() => ID, { nullable: true })
  groupId?: string | null;
}

export enum PartnerOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(PartnerOrderField, { name: 'PartnerOrderField' });

export const PartnerOrderBy = OrderByType(PartnerOrderField, 'PartnerOrderBy');
export type PartnerOrderBy = InstanceType<typeof PartnerOrderBy>;

@InputType({ description: 'Invites a person to the partner portal as a user of this partner.' })
export class InvitePartnerUserInput {
  @Field(() => ID)
  partnerId: string;

  @Field(() => String)
  @RequiredEmail()
  email: string;
}
