import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderByType } from '../../graphql/connection';
import { OptionalText, RequiredText } from '../../graphql/validation';

/** Fields both create and update accept; on update, a field left out keeps its value. */
@InputType()
abstract class ContactFields {
  @Field(() => String, { nullable: true })
  @OptionalText(100)
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'Stored in lower case.' })
  @OptionalText(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(40)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(120)
  jobTitle?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization they work at.' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Default: you.' })
  ownerId?: string | null;
}

@InputType()
export class CreateContactInput extends ContactFields {
  @Field(() => String)
  @RequiredText(100)
  firstName: string;
}

@InputType()
export class UpdateContactInput extends ContactFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one on the server is a CONFLICT.' })
  version?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText(100)
  firstName?: string | null;
}

@InputType()
export class ContactFilter {
  @Field(() => String, { nullable: true, description: 'Matches first name, last name or email.' })
  @OptionalText(254)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only customers (have bought); false: only prospects.' })
  isCustomer?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only archived; false (default): only active.' })
  archived?: boolean | null;
}

export enum ContactOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ContactOrderField, { name: 'ContactOrderField' });

export const ContactOrderBy = OrderByType(ContactOrderField, 'ContactOrderBy');
export type ContactOrderBy = InstanceType<typeof ContactOrderBy>;
