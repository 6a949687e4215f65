import { childConnection, type ChildList } from '../../graphql/child-connection';
import { SortDirection, type Connection, type PageArgs, type SortKey } from '../../graphql/connection';
import { scaleMinor, sumMinor } from '../../money/money';
import { Money } from '../../money/money.graphql';
import type { ExchangeRateService, ToBaseCurrency } from '../../money/exchange-rate.service';
import type { RequestContext } from '../../tenancy/request-context';
import { applyDealFilter } from '../deals/deal-filter';
import { Deal } from '../deals/deal.entity';
import type { DealFilter } from '../deals/deal.inputs';
import type { PipelineService } from '../pipelines/pipeline.service';
import { StageKind, type Stage } from '../pipelines/stage.entity';
import type { Board, BoardColumn, CurrencyTotal } from './board.types';

const BY_POSITION: SortKey<Deal> = { property: 'position', type: 'number' };

interface StageCurrencyRow {
  stageId: string;
  currency: string;
  count: number | string;
  amount: number | string;
}

/**
 * The pipeline board in a fixed number of statements whatever its size: one GROUP BY for every
 * column's figures, then every column's first page of cards together (see child-connection.ts).
 */
export class BoardService {
  constructor(
    private readonly pipelines: PipelineService,
    private readonly rates: ExchangeRateService,
  ) {}

  async board(ctx: RequestContext, requestedId: string | null, filter: DealFilter): Promise<Board> {
    const pipelineId = requestedId ?? (await this.pipelines.getDefault(ctx)).id;
    // Read first: events after this cursor may already be in the board, never the reverse;
    // clients skip an event whose version the card already has.
    const eventCursor = (await ctx.tenant()).eventSequence;
    // Independent reads, sent together: the board waits for the slowest, not for their sum.
    const [pipeline, stages, rows, converter] = await Promise.all([
      this.pipelines.getById(ctx, pipelineId, 'pipelineId'),
      this.pipelines.stagesOf(ctx, pipelineId),
      this.figures(ctx, pipelineId, filter),
      this.rates.converter(ctx),
    ]);
    const columns = stages.map((stage) =>
      this.column(stage, rows.filter((row) => row.stageId === stage.id), converter.baseCurrency, converter.toBase, filter),
    );
    const open = columns.filter((column) => column.stage.kind === StageKind.OPEN);
    const base = converter.baseCurrency;
    return {
      pipeline,
      eventCursor,
      columns,
      sum: Money.of(sumMinor(open.map((column) => column.sum.amountMinor)), base),
      weightedSum: Money.of(sumMinor(open.map((column) => column.weightedSum.amountMinor)), base),
    };
  }

  /** A column's cards in board order; every column's first page comes from one statement. */
  deals(ctx: RequestContext, column: BoardColumn, page: PageArgs): Promise<Connection<Deal>> {
    const list: ChildList<Deal> = {
      name: 'boardColumn',
      entity: Deal,
      link: 'stageId',
      sort: BY_POSITION,
      direction: SortDirection.ASC,
      where: { key: JSON.stringify(column.filter), apply: (query, alias) => applyDealFilter(ctx, query, alias, column.filter) },
      count: () => column.count,
    };
    return childConnection(ctx, list, column.stage.id, page);
  }

  private async figures(ctx: RequestContext, pipelineId: string, filter: DealFilter): Promise<StageCurrencyRow[]> {
    const query = ctx.data.repo(Deal).select('d')
      .select('d.stageId', 'stageId')
      .addSelect('d.currency', 'currency')
      .addSelect('COUNT(*)', 'count')
      .addSelect('SUM(d.amountMinor)', 'amount')
      .andWhere('d.pipelineId = :boardPipeline', { boardPipeline: pipelineId })
      .groupBy('d.stageId')
      .addGroupBy('d.currency');
    applyDealFilter(ctx, query, 'd', filter);
    return query.getRawMany<StageCurrencyRow>();
  }

  private column(stage: Stage, rows: StageCurrencyRow[], base: string, toBase: ToBaseCurrency, filter: DealFilter): BoardColumn {
    const totals: CurrencyTotal[] = rows.map((row) => ({
      currency: row.currency,
      count: Number(row.count),
      sum: Money.of(sumMinor([row.amount]), row.currency),
    }));
    const converted = totals.map((total) => ({ total, base: toBase(total.sum.amountMinor, total.currency) }));
    const sum = sumMinor(converted.map((entry) => entry.base ?? 0));
    return {
      stage,
      count: sumMinor(totals.map((total) => total.count)),
      sum: Money.of(sum, base),
      weightedSum: Money.of(scaleMinor(sum, stage.probability, 100), base),
      unconvertedCount: sumMinor(converted.filter((entry) => entry.base === null).map((entry) => entry.total.count)),
      totals,
      filter,
    };
  }
}
