import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderByType } from '../../graphql/connection';
import { ArrayMaxSize, ArrayMinSize, IsOptional, ValidateNested } from 'class-validator';
import { IntBetween, OptionalText, RequiredText } from '../../graphql/validation';

@InputType()
export class StageDraft {
  @Field(() => String)
  @RequiredText(80)
  name: string;

  @Field(() => Int, { description: 'Win probability in percent, 0–100.' })
  @IntBetween(0, 100)
  probability: number;
}

@InputType()
export class CreatePipelineInput {
  @Field(() => String)
  @RequiredText(80)
  name: string;

  @Field(() => [StageDraft], {
    nullable: true,
    description: 'Open stages in order; WON and LOST are added. Omit for the default sales process.',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'needs at least one stage' })
  @ArrayMaxSize(30, { message: 'can have at most 30 stages' })
  @ValidateNested({ each: true })
  stages?: StageDraft[] | null;

  @Field(() => Boolean, { nullable: true })
  isDefault?: boolean | null;
}

@InputType()
export class UpdatePipelineInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @OptionalText(80)
  name?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Make this the default pipeline (true only).' })
  isDefault?: boolean | null;
}

@InputType()
export class CreateStageInput {
  @Field(() => ID)
  pipelineId: string;

  @Field(() => String)
  @RequiredText(80)
  name: string;

  @Field(() => Int)
  @IntBetween(0, 100)
  probability: number;

  @Field(() => Int, { nullable: true, description: 'Place among the open stages, from 0; default last.' })
  @IntBetween(0, 1000)
  position?: number | null;
}

@InputType()
export class UpdateStageInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @OptionalText(80)
  name?: string | null;

  @Field(() => Int, { nullable: true })
  @IntBetween(0, 100)
  probability?: number | null;
}

@InputType()
export class ReorderStagesInput {
  @Field(() => ID)
  pipelineId: string;

  @Field(() => [ID], { description: 'Every open stage of the pipeline, in the new order.' })
  stageIds: string[];
}

@InputType()
export class DeleteStageInput {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'Where the stage\'s deals go; required when it has deals.' })
  moveDealsToStageId?: string | null;
}

@InputType()
export class PipelineFilter {
  @Field(() => String, { nullable: true, description: 'Matches the name.' })
  @OptionalText(80)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only the default pipeline; false: all others.' })
  isDefault?: boolean | null;
}

export enum PipelineOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(PipelineOrderField, { name: 'PipelineOrderField' });

export const PipelineOrderBy = OrderByType(PipelineOrderField, 'PipelineOrderBy');
export type PipelineOrderBy = InstanceType<typeof PipelineOrderBy>;
