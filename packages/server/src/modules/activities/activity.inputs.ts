import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { MAX_PAGE_SIZE, OrderByType } from '../../graphql/connection';
import { IntBetween, OptionalText, RequiredText } from '../../graphql/validation';
import { ActivityOutcome, ActivityType } from './activity.entity';

/** The records an activity can be about; each must exist in your workspace. */
@InputType()
abstract class ActivityLinks {
  @Field(() => ID, { nullable: true })
  dealId?: string | null;

  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field(() => ID, { nullable: true })
  leadId?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;
}

/** Fields both create and update accept; on update, a field left out keeps its value and null clears it. */
@InputType()
abstract class ActivityFields extends ActivityLinks {
  @Field(() => String, { nullable: true })
  @OptionalText(5000)
  note?: string | null;

  @Field(() => Date, { nullable: true })
  dueAt?: Date | null;

  @Field(() => Int, { nullable: true, description: '0–1440.' })
  @IntBetween(0, 1440)
  durationMinutes?: number | null;

  @Field(() => ID, { nullable: true, description: 'Default: you.' })
  ownerId?: string | null;
}

@InputType()
export class CreateActivityInput extends ActivityFields {
  @Field(() => ActivityType)
  type: ActivityType;

  @Field(() => String)
  @RequiredText(200)
  subject: string;

  @Field(() => Date, {
    nullable: true,
    description: 'To log a call, email or meeting that already happened. A NOTE is done when written unless this says when; a TASK starts open.',
  })
  doneAt?: Date | null;

  @Field(() => ActivityOutcome, { nullable: true, description: 'Only with doneAt.' })
  outcome?: ActivityOutcome | null;
}

@InputType({ description: 'Changes details; completeActivity and reopenActivity change whether it is done.' })
export class UpdateActivityInput extends ActivityFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one on the server is a CONFLICT.' })
  version?: number | null;

  @Field(() => ActivityType, { nullable: true })
  type?: ActivityType | null;

  @Field(() => String, { nullable: true })
  @OptionalText(200)
  subject?: string | null;

  @Field(() => ActivityOutcome, { nullable: true, description: 'Only on a done activity.' })
  outcome?: ActivityOutcome | null;
}

@InputType()
export class CompleteActivityInput {
  @Field(() => ID)
  id: string;

  @Field(() => ActivityOutcome, { nullable: true })
  outcome?: ActivityOutcome | null;

  @Field(() => Date, { nullable: true, description: 'Default: now.' })
  doneAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Replaces the note; left out keeps it.' })
  @OptionalText(5000)
  note?: string | null;
}

@InputType()
export class ActivityFilter extends ActivityLinks {
  @Field(() => [ActivityType], { nullable: true, description: 'Any of these; empty or null: all.' })
  type?: ActivityType[] | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => Boolean, { nullable: true })
  done?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: open and due before now; false: everything else.' })
  overdue?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Due before this instant.' })
  dueBefore?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Due at or after this instant.' })
  dueAfter?: Date | null;
}

export enum ActivityOrderField {
  CREATED_AT = 'CREATED_AT',
  DUE_AT = 'DUE_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ActivityOrderField, {
  name: 'ActivityOrderField',
  valuesConfig: { DUE_AT: { description: 'By due time; an activity without one sorts at its done time, else its creation.' } },
});

export const ActivityOrderBy = OrderByType(ActivityOrderField, 'ActivityOrderBy');
export type ActivityOrderBy = InstanceType<typeof ActivityOrderBy>;

/** Forward-only paging, for lists read from the top (the agenda). */
@ArgsType()
export class ForwardPageArgs {
  @Field(() => Int, { nullable: true, description: `Items after \`after\`; at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
