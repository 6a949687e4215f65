import { computed, ref, watch, type ComputedRef, type Ref } from 'vue';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';
import { useFormErrors } from './form-errors';
import type { SortDirection } from '../gql/graphql';
import { watchDebounced } from './debounced';

/** One page of a connection, as the list queries ask for it. */
export interface Page<Row> {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: Array<{ node: Row }>;
}

/** What a list asks the server for: the view turns `filters` (URL texts) into the API's filter. */
export interface PageRequest<Field extends string, Filter extends string> {
  search: string | null;
  orderBy: { field: Field; direction: SortDirection };
  first: number;
  after: string | null;
  filters: Record<Filter, string | null>;
}

/** A sort as v-data-table speaks it. */
export interface TableSort {
  key: string;
  order?: boolean | 'asc' | 'desc';
}

export interface ListQueryOptions<Row, Field extends string, Filter extends string> {
  /** The table's sortable column keys, and the API's order field for each. */
  sortFields: Record<string, Field>;
  defaultSort: { key: string; order: 'asc' | 'desc' };
  /** The URL query parameters the list filters on. */
  filters: readonly Filter[];
  load: (request: PageRequest<Field, Filter>) => Promise<Page<Row>>;
}

export const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;

/** What a pager needs of a list: its page, its rows and the moves between pages. */
export interface PagedList {
  pageIndex: ComputedRef<number>;
  pageSize: ComputedRef<number>;
  rows: Ref<unknown[]>;
  total: Ref<number>;
  hasNext: Ref<boolean>;
  loading: Ref<boolean>;
  next(): void;
  previous(): void;
  setPageSize(size: number): void;
}

/**
 * A server-paged, sortable, searchable list whose search (`q`), sort (`sort`, `order`), page
 * size (`size`) and filters live in the URL query, so a list can be shared, reloaded and
 * returned to. Pages follow the API's cursors: the `after` cursor of every page seen is kept,
 * so Previous goes back exactly; any change of the query starts again at the first page.
 */
export function useListQuery<Row, Field extends string, Filter extends string>(options: ListQueryOptions<Row, Field, Filter>) {
  const route = useRoute();
  const router = useRouter();
  const errors = useFormErrors();
  const listRoute = route.name;

  const param = (name: string): string | null => {
    const value = route.query[name];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  const search = computed(() => param('q'));
  const sort = computed(() => {
    const key = param('sort');
    if (!key || !(key in options.sortFields)) return options.defaultSort;
    return { key, order: param('order') === 'desc' ? 'desc' as const : 'asc' as const };
  });
  const pageSize = computed(() => {
    const size = Number(param('size'));
    return PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE;
  });
  const filters = computed(() => Object.fromEntries(options.filters.map((name) => [name, param(name)])) as Record<Filter, string | null>);
  const isFiltered = computed(() => search.value !== null || Object.values(filters.value).some((value) => value !== null));

  /** Changes the URL query (null removes a parameter); the list follows the URL. */
  function setQuery(changes: Record<string, string | null>): void {
    const query: LocationQuery = { ...route.query };
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === '') delete query[name];
      else query[name] = value;
    }
    void router.replace({ query });
  }

  const searchText = ref(search.value ?? '');
  watchDebounced(searchText, (text) => setQuery({ q: text.trim() || null }));
  // Back and forward change the URL under the search box: follow it.
  watch(search, (value) => {
    if ((value ?? '') !== searchText.value.trim()) searchText.value = value ?? '';
  });

  const sortBy = computed({
    get: (): TableSort[] => [sort.value],
    set: ([first]: readonly TableSort[]) => setQuery({ sort: first?.key ?? null, order: first ? (first.order === 'desc' ? 'desc' : 'asc') : null }),
  });

  const rows = ref([]) as Ref<Row[]>;
  const total = ref(0);
  const hasNext = ref(false);
  const loading = ref(false);
  /** `cursors[i]` starts page i; the first page starts at the beginning. */
  const cursors = ref<Array<string | null>>([null]);
  const pageIndex = computed(() => cursors.value.length - 1);
  let nextCursor: string | null = null;
  // Only the latest request may fill the table: a slower answer to an older search must not win.
  let latest = 0;

  async function load(): Promise<void> {
    const call = ++latest;
    loading.value = true;
    errors.clear();
    try {
      const page = await options.load({
        search: search.value,
        orderBy: { field: options.sortFields[sort.value.key]!, direction: sort.value.order === 'desc' ? 'DESC' : 'ASC' },
        first: pageSize.value,
        after: cursors.value.at(-1) ?? null,
        filters: filters.value,
      });
      if (call !== latest) return;
      rows.value = page.edges.map((edge) => edge.node);
      total.value = page.totalCount;
      hasNext.value = page.pageInfo.hasNextPage;
      nextCursor = page.pageInfo.endCursor;
    } catch (error) {
      if (call === latest) errors.show(error);
    } finally {
      if (call === latest) loading.value = false;
    }
  }

  function next(): void {
    if (!hasNext.value || !nextCursor) return;
    cursors.value = [...cursors.value, nextCursor];
    void load();
  }

  function previous(): void {
    if (pageIndex.value === 0) return;
    cursors.value = cursors.value.slice(0, -1);
    void load();
  }

  // The query as the URL states it; null once the page is being left (the URL is the next page's).
  const queryKey = computed(() => (route.name === listRoute ? JSON.stringify([search.value, sort.value, pageSize.value, filters.value]) : null));
  watch(queryKey, (key) => {
    if (key === null) return;
    cursors.value = [null];
    void load();
  }, { immediate: true });

  return {
    searchText,
    sortBy,
    filters,
    isFiltered,
    setFilter: (name: Filter, value: string | null) => setQuery({ [name]: value }),
    pageSize,
    setPageSize: (size: number) => setQuery({ size: size === DEFAULT_PAGE_SIZE ? null : String(size) }),
    rows,
    total,
    loading,
    errors,
    pageIndex,
    hasNext,
    next,
    previous,
    reload: load,
  };
}
