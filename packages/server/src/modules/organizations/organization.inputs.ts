import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderByType } from '../../graphql/connection';
import { IntBetween, OptionalText, RequiredText } from '../../graphql/validation';

/** Fields both create and update accept; on update, a field left out keeps its value. */
@InputType()
abstract class OrganizationFields {
  @Field(() => String, { nullable: true, description: 'acme.com or https://www.acme.com/ — stored as acme.com.' })
  @OptionalText(253)
  domain?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(120)
  industry?: string | null;

  @Field(() => Int, { nullable: true })
  @IntBetween(0, 10_000_000)
  employeeCount?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText(40)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. PL.' })
  @OptionalText(2)
  country?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(120)
  city?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(300)
  address?: string | null;

  @Field(() => ID, { nullable: true, description: 'Default: you.' })
  ownerId?: string | null;
}

@InputType()
export class CreateOrganizationInput extends OrganizationFields {
  @Field(() => String)
  @RequiredText(200)
  name: string;
}

@InputType()
export class UpdateOrganizationInput extends OrganizationFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one on the server is a CONFLICT.' })
  version?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText(200)
  name?: string | null;
}

@InputType()
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Matches name or domain.' })
  @OptionalText(200)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(120)
  industry?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(2)
  country?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only archived; false (default): only active.' })
  archived?: boolean | null;
}

export enum OrganizationOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(OrganizationOrderField, { name: 'OrganizationOrderField' });

export const OrganizationOrderBy = OrderByType(OrganizationOrderField, 'OrganizationOrderBy');
export type OrganizationOrderBy = InstanceType<typeof OrganizationOrderBy>;
