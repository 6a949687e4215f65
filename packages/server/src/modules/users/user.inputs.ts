import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { OptionalText, RequiredEmail } from '../../graphql/validation';
import { Role } from '../../tenancy/roles';
import { Invite } from './invite.entity';
import { JobTitle } from './user.entity';

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @OptionalText(120)
  name?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => JobTitle, { nullable: true })
  jobTitle?: JobTitle | null;

  @Field(() => Boolean, { nullable: true, description: 'false deactivates: no more logins, records stay.' })
  active?: boolean | null;
}

@InputType()
export class InviteUserInput {
  @Field(() => String)
  @RequiredEmail()
  email: string;

  @Field(() => Role)
  role: Role;

  @Field(() => JobTitle, { nullable: true })
  jobTitle?: JobTitle | null;

  @Field(() => ID, { nullable: true, description: 'Required for the PARTNER role: the partner the person will act for.' })
  partnerId?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class InvitePayload {
  @Field(() => Invite)
  invite: Invite;

  @Field(() => String, { description: 'The link to send to the invitee. Shown only now.' })
  acceptUrl: string;
}
