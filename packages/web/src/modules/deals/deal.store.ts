import { defineStore } from 'pinia';
import { ref } from 'vue';
import { ApiError, request } from '../../api/graphql';
import { follow } from '../../api/live';
import type { DealPageDealFragment, DealPageEventsSubscription, LineItemDraft, LostReason } from '../../gql/graphql';
import { useSessionStore } from '../../stores/session';
import {
  DealPageDeleteDocument,
  DealPageDocument,
  DealPageEventCursorDocument,
  DealPageEventsDocument,
  DealPageLoseDocument,
  DealPageReopenDocument,
  DealPageSetLineItemsDocument,
  DealPageWinDocument,
} from './deals.operations';

export type DealEvent = DealPageEventsSubscription['dealEvents'];

/** Sent when the server cannot replay what was missed: everything on the page is read again. */
const RELOAD_REQUIRED = 'ReloadRequired';
/** Changes arriving together are answered with one reload. */
const RELOAD_DEBOUNCE_MS = 100;

/**
 * The deal page's deal, kept live: it follows the deal's events and reads the deal again when
 * someone else changes it. The reader's own changes come back from the mutation, so events
 * about versions already on screen are skipped. Changes refused with CONFLICT (someone else got
 * there first) read the deal again before the error reaches the page, so the page shows the
 * server's message over the deal as it is now.
 */
export const useDealStore = defineStore('deal', () => {
  const session = useSessionStore();
  const deal = ref<DealPageDealFragment | null>(null);
  const loading = ref(false);
  /** The deal does not exist, or the reader may not see it. */
  const notFound = ref(false);
  const error = ref<unknown>(null);
  /** The latest change someone else made, for the page to mention. */
  const lastForeignChange = ref<DealEvent | null>(null);
  /** Activities changed elsewhere: the page's timeline reads them again. */
  const activitiesChanged = ref(0);
  let dealId: string | null = null;
  let stopFollowing: (() => void) | null = null;
  let reloadTimer: ReturnType<typeof setTimeout> | null = null;

  async function open(id: string): Promise<void> {
    close();
    dealId = id;
    deal.value = null;
    notFound.value = false;
    error.value = null;
    loading.value = true;
    try {
      // The cursor is read before the deal: whatever happens in between is replayed, never missed.
      const cursor = await currentCursor(id);
      if (dealId !== id) return; // another deal was opened meanwhile
      await reload();
      if (deal.value && dealId === id) followEvents(id, cursor);
    } catch (caught) {
      if (dealId !== id) return;
      if (isNotFound(caught)) notFound.value = true;
      else error.value = caught;
    } finally {
      if (dealId === id) loading.value = false;
    }
  }

  async function reload(): Promise<void> {
    if (!dealId) return;
    const { deal: found } = await request(DealPageDocument, { id: dealId });
    deal.value = found;
    notFound.value = found === null;
  }

  /** The deal's feed has no "now" cursor to ask for: its catch-up pages are read to the end instead (500 events a page). */
  async function currentCursor(id: string): Promise<number> {
    let page = (await request(DealPageEventCursorDocument, { id, after: 0 })).dealEvents;
    while (page.hasMore) page = (await request(DealPageEventCursorDocument, { id, after: page.cursor })).dealEvents;
    return page.cursor;
  }

  function followEvents(id: string, cursor: number): void {
    stopFollowing = follow(DealPageEventsDocument, (after) => ({ id, after }), ({ dealEvents: event }) => {
      const foreign = event.actor?.id !== session.user?.id;
      if (event.type === RELOAD_REQUIRED) {
        activitiesChanged.value++;
        reloadSoon();
      } else if (event.type.startsWith('Activity')) {
        if (foreign) activitiesChanged.value++;
      } else if (!alreadyShown(event)) {
        if (foreign) lastForeignChange.value = event;
        reloadSoon();
      }
      return event.sequence;
    }, cursor);
  }

  /** A deal event carries the deal's version after the change; one the page already has needs no reload. */
  function alreadyShown(event: DealEvent): boolean {
    const version = (event.payload as { version?: unknown } | null)?.version;
    return typeof version === 'number' && deal.value !== null && version <= deal.value.version;
  }

  function reloadSoon(): void {
    if (reloadTimer) clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => void reload().catch((caught: unknown) => (error.value = caught)), RELOAD_DEBOUNCE_MS);
  }

  /** Stops following; an open() still under way then drops what it reads. */
  function close(): void {
    dealId = null;
    stopFollowing?.();
    stopFollowing = null;
    if (reloadTimer) clearTimeout(reloadTimer);
    lastForeignChange.value = null;
  }

  /** Runs a change of the open deal with the version on screen; see the store's comment for CONFLICT. */
  async function change(send: (current: DealPageDealFragment) => Promise<DealPageDealFragment>): Promise<void> {
    const current = deal.value;
    if (!current) return;
    try {
      deal.value = await send(current);
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'CONFLICT') await reload().catch(() => undefined);
      throw caught;
    }
  }

  const win = (closedOn: string) => change(async ({ id, version }) => (await request(DealPageWinDocument, { input: { id, version, closedOn } })).winDeal);

  const lose = (reason: LostReason, note: string | null, closedOn: string) =>
    change(async ({ id, version }) => (await request(DealPageLoseDocument, { input: { id, version, reason, note, closedOn } })).loseDeal);

  const reopen = () => change(async ({ id, version }) => (await request(DealPageReopenDocument, { input: { id, version } })).reopenDeal);

  const setLineItems = (items: LineItemDraft[]) =>
    change(async ({ id, version }) => (await request(DealPageSetLineItemsDocument, { input: { dealId: id, version, items } })).setDealLineItems);

  async function remove(): Promise<void> {
    if (!deal.value) return;
    await request(DealPageDeleteDocument, { input: { id: deal.value.id } });
    close();
    deal.value = null;
  }

  return { deal, loading, notFound, error, lastForeignChange, activitiesChanged, open, reload, close, win, lose, reopen, setLineItems, remove };
});

function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN');
}
