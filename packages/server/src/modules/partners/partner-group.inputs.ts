import { Field, ID, InputType, Int } from 'type-graphql';
import { IntBetween, OptionalText, RequiredText } from '../../graphql/validation';

/** Fields both create and update accept; on update, a field left out keeps its value and null clears it. */
@InputType()
abstract class PartnerGroupFields {
  @Field(() => String, { nullable: true })
  @OptionalText(500)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The plugin installation that pays the group\'s partners by default.' })
  defaultInstallationId?: string | null;
}

@InputType()
export class CreatePartnerGroupInput extends PartnerGroupFields {
  @Field(() => String)
  @RequiredText(120)
  name: string;

  @Field(() => Int, { nullable: true, description: 'Days a commission is held before approval, 0–3650; default 30.' })
  @IntBetween(0, 3650)
  holdDays?: number | null;
}

@InputType()
export class UpdatePartnerGroupInput extends PartnerGroupFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one on the server is a CONFLICT.' })
  version?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText(120)
  name?: string | null;

  @Field(() => Int, { nullable: true, description: '0–3650.' })
  @IntBetween(0, 3650)
  holdDays?: number | null;
}
