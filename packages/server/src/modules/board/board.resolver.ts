import { Arg, Args, Authorized, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type Connection } from '../../graphql/connection';
import { Session } from '../../graphql/session';
import type { RequestContext } from '../../tenancy/request-context';
import { DealConnection } from '../deals/deal.resolver';
import type { Deal } from '../deals/deal.entity';
import { DealFilter } from '../deals/deal.inputs';
import { BoardService } from './board.service';
import { Board, BoardColumn } from './board.types';

@Resolver(() => BoardColumn)
export class BoardResolver {
  constructor(private readonly service: BoardService) {}

  @Authorized()
  @Query(() => Board, { description: 'A pipeline as a board: every stage with its figures and cards.' })
  pipelineBoard(
    @Session() ctx: RequestContext,
    @Arg('pipelineId', () => ID, { nullable: true, description: 'Leave out for the default pipeline (one request for a first visit).' }) pipelineId: string | null,
    @Arg('filter', () => DealFilter, { nullable: true }) filter?: DealFilter,
  ): Promise<Board> {
    return this.service.board(ctx, pipelineId, { ...(filter ?? {}), pipelineId: undefined });
  }

  @FieldResolver(() => DealConnection, { description: 'Cards in board order.' })
  deals(@Session() ctx: RequestContext, @Root() column: BoardColumn, @Args() page: PageArgs): Promise<Connection<Deal>> {
    return this.service.deals(ctx, column, page);
  }
}
