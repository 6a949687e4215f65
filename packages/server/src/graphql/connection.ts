import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { UserInputError } from './errors';

/**
 * Relay connections with keyset pagination (ARCHITECTURE.md §6). A cursor holds the sort value
 * and the id of a row, so pages stay stable while rows are inserted. Conditions are written as
 * `a > x OR (a = x AND id > y)` because MySQL/MariaDB use no index for `(a, id) > (x, y)`.
 */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

/** Declares the `orderBy` input of a list: `{ field: <one of fields>!, direction = ASC }`. */
export function OrderByType<F extends string>(fields: Record<string, F>, name: string) {
  @InputType(name)
  class OrderBy {
    @Field(() => fields)
    field: F;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
    direction: SortDirection;
  }
  return OrderBy;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Items after \`after\`; at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Items before \`before\`; at most ${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true })
  before?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => Boolean)
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when the client asks for it. */
  readonly totalCount: Promise<number>;
}

/** Declares `<Name>Edge` and an abstract `<Name>Connection` to extend with `@ObjectType({ simpleResolvers: true })`. */
export function ConnectionType<T extends object>(node: ClassType<T>) {
  @ObjectType(`${node.name}Edge`, { simpleResolvers: true })
  class EdgeType {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionBase {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Rows matching the filter, ignoring the page.' })
    totalCount: number;
  }
  return ConnectionBase;
}

export type SortValueType = 'string' | 'number' | 'date';

export interface SortKey<T> {
  /** Entity property sorted on; `id` breaks ties. Must not be nullable. */
  property: keyof T & string;
  type: SortValueType;
}

export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  page: PageArgs,
  sort: SortKey<T>,
  direction: SortDirection = SortDirection.ASC,
): Promise<Connection<T>> {
  const { size, backward, cursor } = readPage(page, sort.type);
  const counted = query.clone();
  const ascending = (direction === SortDirection.ASC) !== backward;
  const column = `${alias}.${sort.property}`;
  if (cursor) {
    const op = ascending ? '>' : '<';
    const byId = sort.property === 'id';
    query.andWhere(
      byId ? `${alias}.id ${op} :cursorId` : `(${column} ${op} :cursorValue OR (${column} = :cursorValue AND ${alias}.id ${op} :cursorId))`,
      { cursorValue: cursor.value, cursorId: cursor.id },
    );
  }
  const order = ascending ? 'ASC' : 'DESC';
  query.orderBy(column, order);
  if (sort.property !== 'id') query.addOrderBy(`${alias}.id`, order);
  const rows = await query.limit(size + 1).getMany();
  return connectionFrom(rows, page, sort, () => counted.getCount());
}

/**
 * A connection from rows fetched in page order with one extra row beyond the page (which only
 * tells that more exist), e.g. by `paginate` or by a batched query of several lists at once.
 */
export function connectionFrom<T extends { id: string }>(
  rows: T[],
  page: PageArgs,
  sort: SortKey<T>,
  count: () => Promise<number> | number,
): Connection<T> {
  const { size, backward } = pageWindow(page);
  const more = rows.length > size;
  const visible = rows.slice(0, size);
  if (backward) visible.reverse();
  const edges = visible.map((node) => ({ node, cursor: encodeCursor(node[sort.property], node.id) }));
  const pageInfo: PageInfo = {
    hasNextPage: backward ? Boolean(page.before) : more,
    hasPreviousPage: backward ? more : Boolean(page.after),
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo,
    get totalCount() {
      total ??= Promise.resolve(count());
      return total;
    },
  };
}

/** How many rows a page asks for (default and ceiling applied); throws on bad arguments. */
export function pageSize(page: PageArgs): number {
  return pageWindow(page).size;
}

/** Direction and size of a page; throws on bad arguments. */
function pageWindow(page: PageArgs): { size: number; backward: boolean } {
  if (page.first != null && page.last != null) {
    throw new UserInputError('last', 'Give either first or last, not both');
  }
  const backward = page.last != null || (page.before != null && page.first == null);
  const size = (backward ? page.last : page.first) ?? DEFAULT_PAGE_SIZE;
  const field = backward ? 'last' : 'first';
  if (size < 0 || size > MAX_PAGE_SIZE) {
    throw new UserInputError(field, `${field} must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return { size, backward };
}

/** The page's window plus its decoded cursor, checked against the sort's value type. */
function readPage(page: PageArgs, type: SortValueType) {
  const window = pageWindow(page);
  const raw = window.backward ? page.before : page.after;
  const cursor = raw ? decodeCursor(raw, type, window.backward ? 'before' : 'after') : null;
  return { ...window, cursor };
}

function encodeCursor(value: unknown, id: string): string {
  const plain = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([plain, id])).toString('base64url');
}

function decodeCursor(cursor: string, type: SortValueType, field: string): { value: unknown; id: string } {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof id !== 'string' || typeof value !== (type === 'number' ? 'number' : 'string')) throw new Error();
    if (type !== 'date') return { value, id };
    const date = new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new Error();
    return { value: date, id };
  } catch {
    throw new UserInputError(field, 'This cursor is not valid for this list; start again from the first page');
  }
}
