import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderByType } from '../../graphql/connection';
import { OptionalText, RequiredText } from '../../graphql/validation';
import { MinorUnitsScalar } from '../../money/money.graphql';
import { DealType, LostReason } from './deal.entity';

export enum DealStatus {
  OPEN = 'OPEN',
  WON = 'WON',
  LOST = 'LOST',
}
registerEnumType(DealStatus, { name: 'DealStatus' });

@InputType()
export class CreateDealInput {
  @Field(() => String)
  @RequiredText(200)
  title: string;

  @Field(() => MinorUnitsScalar, { nullable: true, description: 'Default 0; follows the line items when given.' })
  amountMinor?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217; default the workspace currency.' })
  @OptionalText(3)
  currency?: string | null;

  @Field(() => ID, { nullable: true, description: 'Default: the default pipeline.' })
  pipelineId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An open stage; default the first one.' })
  stageId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Default: you.' })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Default: the contact\'s organization.' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @OptionalText(10)
  expectedCloseDate?: string | null;

  @Field(() => DealType, { nullable: true, description: 'Default NEW.' })
  type?: DealType | null;
}

@InputType()
export class UpdateDealInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server means CONFLICT.' })
  version: number;

  @Field(() => String, { nullable: true })
  @OptionalText(200)
  title?: string | null;

  @Field(() => MinorUnitsScalar, { nullable: true, description: 'Not allowed while the deal has line items.' })
  amountMinor?: number | null;

  @Field(() => String, { nullable: true })
  @OptionalText(3)
  currency?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'null removes the link.' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'null removes the link.' })
  contactId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears.' })
  @OptionalText(10)
  expectedCloseDate?: string | null;

  @Field(() => DealType, { nullable: true })
  type?: DealType | null;
}

@InputType()
export class MoveDealInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID, { description: 'An open stage of the same pipeline.' })
  stageId: string;

  @Field(() => ID, { nullable: true, description: 'Place it right below this deal of the target stage.' })
  afterDealId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Place it right above this deal. With neither, it goes on top.' })
  beforeDealId?: string | null;
}

@InputType()
export class TransferDealInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID, { description: 'An open stage of another pipeline; the deal goes on top of it.' })
  stageId: string;
}

@InputType()
export class WinDealInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today in the workspace time zone.' })
  @OptionalText(10)
  closedOn?: string | null;
}

@InputType()
export class LoseDealInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => LostReason)
  reason: LostReason;

  @Field(() => String, { nullable: true, description: 'What the customer said.' })
  @OptionalText(1000)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today.' })
  @OptionalText(10)
  closedOn?: string | null;
}

@InputType()
export class ReopenDealInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID, { nullable: true, description: 'Default: the stage it was closed from.' })
  stageId?: string | null;
}

@InputType()
export class DeleteDealInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class DealFilter {
  @Field(() => String, { nullable: true, description: 'Matches the title.' })
  @OptionalText(200)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  pipelineId?: string | null;

  @Field(() => ID, { nullable: true })
  stageId?: string | null;

  @Field(() => [DealStatus], { nullable: true })
  status?: DealStatus[] | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Deals credited to this partner.' })
  partnerId?: string | null;

  @Field(() => [DealType], { nullable: true })
  type?: DealType[] | null;

  @Field(() => String, { nullable: true, description: 'Expected close on or after, YYYY-MM-DD.' })
  @OptionalText(10)
  expectedCloseFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Expected close on or before, YYYY-MM-DD.' })
  @OptionalText(10)
  expectedCloseTo?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(3)
  currency?: string | null;
}

export enum DealOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  TITLE = 'TITLE',
  AMOUNT = 'AMOUNT',
}
registerEnumType(DealOrderField, { name: 'DealOrderField' });

export const DealOrderBy = OrderByType(DealOrderField, 'DealOrderBy');
export type DealOrderBy = InstanceType<typeof DealOrderBy>;
