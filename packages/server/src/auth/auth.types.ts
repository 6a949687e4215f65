import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { applyDecorators } from '../graphql/decorators';
import { OptionalText, RequiredEmail, RequiredText } from '../graphql/validation';
import { Tenant } from '../tenancy/tenant.entity';
import { User } from '../modules/users/user.entity';
import { MIN_PASSWORD_LENGTH } from './password';

const Password = () =>
  applyDecorators(
    MinLength(MIN_PASSWORD_LENGTH, { message: `must be at least ${MIN_PASSWORD_LENGTH} characters` }),
    MaxLength(200, { message: 'must be at most 200 characters' }),
  );

@InputType()
export class SignupInput {
  @Field(() => String, { description: 'Your company; becomes the workspace name.' })
  @RequiredText(120)
  companyName: string;

  @Field(() => String)
  @RequiredText(120)
  name: string;

  @Field(() => String)
  @RequiredEmail()
  email: string;

  @Field(() => String)
  @Password()
  password: string;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code; default USD.' })
  @OptionalText(3)
  baseCurrency?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone; default UTC.' })
  @OptionalText(64)
  timeZone?: string | null;

  @Field(() => String, { nullable: true, description: 'en, he, ar, pl or ru; default en.' })
  @OptionalText(2)
  locale?: string | null;
}

@InputType()
export class LoginInput {
  @Field(() => String)
  @RequiredText(254)
  email: string;

  @Field(() => String)
  @RequiredText(200)
  password: string;

  @Field(() => String, { nullable: true, description: 'The workspace, when the email belongs to several.' })
  @IsOptional()
  @MaxLength(63)
  tenantSlug?: string | null;
}

@InputType()
export class RefreshInput {
  @Field(() => String)
  @RequiredText(200)
  refreshToken: string;
}

@InputType()
export class AcceptInviteInput {
  @Field(() => String, { description: 'The token from the invite link.' })
  @RequiredText(200)
  token: string;

  @Field(() => String)
  @RequiredText(120)
  name: string;

  @Field(() => String)
  @Password()
  password: string;
}

@ObjectType({ simpleResolvers: true, description: 'A logged-in session: a short-lived access token and a rotating refresh token.' })
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  accessToken: string;

  @Field(() => Int, { description: 'Seconds until the access token expires.' })
  expiresIn: number;

  @Field(() => String, { description: 'Exchange for a new pair with `refreshSession`; usable once.' })
  refreshToken: string;

  @Field(() => User)
  user: User;

  @Field(() => Tenant)
  tenant: Tenant;
}
