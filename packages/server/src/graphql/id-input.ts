import { Field, ID, InputType } from 'type-graphql';

/** The input of commands that need nothing but the record's id (delete, archive, ...). */
@InputType()
export class IdInput {
  @Field(() => ID)
  id: string;
}
