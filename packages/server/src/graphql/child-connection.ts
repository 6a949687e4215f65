import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../tenancy/request-context';
import type { TenantEntity } from '../tenancy/tenant-entity';
import { connectionFrom, pageSize, paginate, SortDirection, type Connection, type PageArgs, type SortKey } from './connection';

/** A list that hangs under a parent record: a board column's deals, an organization's contacts. */
export interface ChildList<T extends TenantEntity> {
  /** Names the list in the request's loader cache. */
  name: string;
  entity: new () => T;
  /** The child's property that holds the parent's id. */
  link: keyof T & string;
  sort: SortKey<T>;
  direction: SortDirection;
  /** Further conditions, for pages and counts alike; `key` tells different ones apart. */
  where?: { key: string; apply: (query: SelectQueryBuilder<T>, alias: string) => void };
  /** The total when the caller already knows it. */
  count?: () => number | Promise<number>;
}

/**
 * The page of `list` under one parent. The first pages under every parent resolved in the same
 * request come from one statement (and their counts from one more, if asked for), so a page of
 * 100 organizations with their contacts costs what a page of 10 does. Later pages are ordinary.
 */
export async function childConnection<T extends TenantEntity>(
  ctx: RequestContext,
  list: ChildList<T>,
  parentId: string,
  page: PageArgs,
): Promise<Connection<T>> {
  if (page.after || page.before || page.last != null) {
    const query = ctx.data.repo(list.entity).select('c').andWhere(`c.${list.link} = :parentId`, { parentId });
    list.where?.apply(query, 'c');
    return paginate(query, 'c', page, list.sort, list.direction);
  }
  const size = pageSize(page);
  const key = `${list.name}:first:${String(list.sort.property)}:${list.direction}:${size}:${list.where?.key ?? ''}`;
  const rows = await ctx.batch(key, (parentIds) => firstPages(ctx, list, parentIds, size)).load(parentId);
  return connectionFrom(rows, page, list.sort, list.count ?? (() => countUnder(ctx, list, parentId)));
}

async function firstPages<T extends TenantEntity>(ctx: RequestContext, list: ChildList<T>, parentIds: readonly string[], size: number): Promise<T[][]> {
  const repo = ctx.data.repo(list.entity);
  const queries = parentIds.map((parentId, index) => {
    const query = repo.select('c').andWhere(`c.${list.link} = :parent${index}`, { [`parent${index}`]: parentId });
    list.where?.apply(query, 'c');
    return query.orderBy(`c.${list.sort.property}`, list.direction).addOrderBy('c.id', list.direction).limit(size + 1);
  });
  const rows = await repo.findEach(queries, 'c');
  // The union promises no order: put each page back in the order it was cut in.
  const sign = list.direction === SortDirection.ASC ? 1 : -1;
  rows.sort((a, b) => sign * (compare(a[list.sort.property], b[list.sort.property]) || compare(a.id, b.id)));
  return parentIds.map((parentId) => rows.filter((row) => row[list.link] === parentId));
}

function countUnder<T extends TenantEntity>(ctx: RequestContext, list: ChildList<T>, parentId: string): Promise<number> {
  return ctx
    .batch(`${list.name}:count:${list.where?.key ?? ''}`, async (parentIds) => {
      const query = ctx.data.repo(list.entity).select('c')
        .select(`c.${list.link}`, 'parentId')
        .addSelect('COUNT(*)', 'count')
        .andWhere(`c.${list.link} IN (:...countedParents)`, { countedParents: [...parentIds] })
        .groupBy(`c.${list.link}`);
      list.where?.apply(query, 'c');
      const counts = await query.getRawMany<{ parentId: string; count: number | string }>();
      const byParent = new Map(counts.map((row) => [row.parentId, Number(row.count)]));
      return parentIds.map((id) => byParent.get(id) ?? 0);
    })
    .load(parentId);
}

function compare(a: unknown, b: unknown): number {
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
