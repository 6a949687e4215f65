import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { LeadFilter, LeadOrderBy, LeadOrderField, LeadSource, LeadStatus } from '../../gql/graphql';
import { LEAD_SOURCES, LEAD_STATUSES } from './lead-lifecycle';

/** The table columns people can sort by, and the server's order field for each. */
export const SORTABLE = { name: 'NAME', score: 'SCORE', createdAt: 'CREATED_AT' } as const satisfies Record<string, LeadOrderField>;
export type SortKey = keyof typeof SORTABLE;

/** What the inbox shows: kept in the URL (`?q=&status=MQL,SAL&source=&mine=1&sort=score&order=desc`) so a reload or a shared link shows the same. */
export interface LeadListQuery {
  search: string;
  statuses: LeadStatus[];
  sources: LeadSource[];
  mine: boolean;
  /** Null: the server's default, newest first. */
  sort: { key: SortKey; order: 'asc' | 'desc' } | null;
}

export function fromUrl(query: LocationQuery): LeadListQuery {
  const sortKey = text(query.sort);
  return {
    search: text(query.q),
    statuses: listOf(query.status, LEAD_STATUSES),
    sources: listOf(query.source, LEAD_SOURCES),
    mine: text(query.mine) === '1',
    sort: sortKey in SORTABLE ? { key: sortKey as SortKey, order: text(query.order) === 'desc' ? 'desc' : 'asc' } : null,
  };
}

/** The URL query for `state`, leaving out what is at its default so links stay short. */
export function toUrl(state: LeadListQuery): LocationQueryRaw {
  return {
    ...(state.search.trim() ? { q: state.search.trim() } : {}),
    ...(state.statuses.length ? { status: state.statuses.join(',') } : {}),
    ...(state.sources.length ? { source: state.sources.join(',') } : {}),
    ...(state.mine ? { mine: '1' } : {}),
    ...(state.sort ? { sort: state.sort.key, order: state.sort.order } : {}),
  };
}

export function isFiltered(state: LeadListQuery): boolean {
  return state.search.trim() !== '' || state.statuses.length > 0 || state.sources.length > 0 || state.mine;
}

export function filterFor(state: LeadListQuery, userId: string | null): LeadFilter {
  return {
    ...(state.search.trim() ? { search: state.search.trim() } : {}),
    ...(state.statuses.length ? { status: state.statuses } : {}),
    ...(state.sources.length ? { source: state.sources } : {}),
    ...(state.mine && userId ? { ownerId: userId } : {}),
  };
}

export function orderFor(state: LeadListQuery): LeadOrderBy | null {
  return state.sort ? { field: SORTABLE[state.sort.key], direction: state.sort.order === 'desc' ? 'DESC' : 'ASC' } : null;
}

function text(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return first ?? '';
}

/** A comma-separated list, keeping only known values (a hand-edited link must not break the query). */
function listOf<T extends string>(value: LocationQuery[string] | undefined, known: readonly T[]): T[] {
  return text(value).split(',').filter((item): item is T => (known as readonly string[]).includes(item));
}
