import { ref, type Ref } from 'vue';
import { request } from '../../api/graphql';
import type { LeadRowFieldsFragment } from '../../gql/graphql';
import { filterFor, orderFor, type LeadListQuery } from './lead-list-query';
import { LeadsDocument } from './leads.operations';

export const PAGE_SIZES = [10, 25, 50, 100];

/**
 * One page of the leads inbox, paged with the server's cursors. The cursor that starts each
 * page seen so far is kept, so Previous goes back without the server paging backwards; a new
 * filter or sort starts again at the first page.
 */
export function useLeadList(query: Ref<LeadListQuery>, userId: Ref<string | null>) {
  const rows = ref<LeadRowFieldsFragment[]>([]);
  const total = ref(0);
  const hasNext = ref(false);
  const loading = ref(false);
  const error = ref<unknown>(null);
  const pageSize = ref(25);
  const pageIndex = ref(0);
  /** `cursors[i]` is the `after` cursor of page i; the first page starts at the beginning. */
  let cursors: Array<string | null> = [null];
  // Only the latest request may fill the table: an older, slower answer (say, to a search
  // typed before the last key) must not overwrite a newer one.
  let latest = 0;

  async function load(): Promise<void> {
    const call = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const { leads } = await request(LeadsDocument, {
        first: pageSize.value,
        after: cursors[pageIndex.value] ?? null,
        filter: filterFor(query.value, userId.value),
        orderBy: orderFor(query.value),
      });
      if (call !== latest) return;
      rows.value = leads.edges.map((edge) => edge.node);
      total.value = leads.totalCount;
      hasNext.value = leads.pageInfo.hasNextPage;
      cursors[pageIndex.value + 1] = leads.pageInfo.endCursor ?? null;
    } catch (caught) {
      if (call === latest) error.value = caught;
    } finally {
      if (call === latest) loading.value = false;
    }
  }

  function restart(): Promise<void> {
    cursors = [null];
    pageIndex.value = 0;
    return load();
  }

  function next(): Promise<void> {
    if (!hasNext.value) return Promise.resolve();
    pageIndex.value += 1;
    return load();
  }

  function previous(): Promise<void> {
    if (pageIndex.value === 0) return Promise.resolve();
    pageIndex.value -= 1;
    return load();
  }

  function resize(size: number): Promise<void> {
    pageSize.value = size;
    return restart();
  }

  return { rows, total, hasNext, loading, error, pageSize, pageIndex, load, restart, next, previous, resize };
}
