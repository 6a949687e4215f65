import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class SetDealAttributionInput {
  @Field(() => ID)
  dealId: string;

  @Field(() => ID, { nullable: true, description: 'The partner to credit; null clears the attribution.' })
  partnerId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a newer one on the server is a CONFLICT.' })
  version?: number | null;
}

@InputType()
export class SetLeadAttributionInput {
  @Field(() => ID)
  leadId: string;

  @Field(() => ID, { nullable: true, description: 'The partner to credit; null clears the attribution.' })
  partnerId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a newer one on the server is a CONFLICT.' })
  version?: number | null;
}
