import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../../money/money.graphql';
import { Pipeline } from '../pipelines/pipeline.entity';
import { Stage } from '../pipelines/stage.entity';
import type { DealFilter } from '../deals/deal.inputs';

@ObjectType({ simpleResolvers: true, description: 'Open value of one currency in a column, before conversion.' })
export class CurrencyTotal {
  @Field(() => String)
  currency: string;

  @Field(() => Int)
  count: number;

  @Field(() => Money)
  sum: Money;
}

@ObjectType({ simpleResolvers: true, description: 'One stage of the board: its figures and its cards.' })
export class BoardColumn {
  @Field(() => Stage)
  stage: Stage;

  @Field(() => Int, { description: 'Deals in this stage that match the filter.' })
  count: number;

  @Field(() => Money, { description: 'Sum of amounts in the base currency.' })
  sum: Money;

  @Field(() => Money, { description: 'Sum × the stage\'s win probability, in the base currency.' })
  weightedSum: Money;

  @Field(() => Int, { description: 'Deals left out of sum because their currency has no exchange rate.' })
  unconvertedCount: number;

  @Field(() => [CurrencyTotal], { description: 'The same figures per deal currency.' })
  totals: CurrencyTotal[];

  /** The board's filter, so the column's deals match its figures. */
  filter: DealFilter;
}

@ObjectType({ simpleResolvers: true, description: 'A pipeline as a kanban board.' })
export class Board {
  @Field(() => Pipeline)
  pipeline: Pipeline;

  @Field(() => [BoardColumn], { description: 'In stage order; WON and LOST last.' })
  columns: BoardColumn[];

  @Field(() => Money)
  sum: Money;

  @Field(() => Money, { description: 'The weighted pipeline: Σ amount × stage probability, open stages only.' })
  weightedSum: Money;

  @Field(() => Int, { description: 'The workspace\'s event cursor when the board was read: pass it to pipelineEvents to catch up.' })
  eventCursor: number;
}
