import { Field, InputType, Int } from 'type-graphql';
import { IntBetween, OptionalText } from '../../graphql/validation';

@InputType()
export class UpdateTenantSettingsInput {
  @Field(() => String, { nullable: true })
  @OptionalText(120)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(3)
  baseCurrency?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(64)
  timeZone?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(2)
  locale?: string | null;

  @Field(() => Boolean, { nullable: true })
  repsSeeOwnRecordsOnly?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Days a partner\'s deal registration waits for a decision, 1–365.' })
  @IntBetween(1, 365)
  registrationExpiryDays?: number | null;
}
