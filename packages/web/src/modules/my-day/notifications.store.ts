import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  MarkNotificationsReadDocument,
  NotificationEventsDocument,
  NotificationStateDocument,
  NotificationsDocument,
} from './my-day.operations';
import { request } from '../../api/graphql';
import { follow } from '../../api/live';
import type { NotificationFragment } from '../../gql/graphql';

export type Notification = NotificationFragment;

/** What the server sends instead of a gap it cannot fill. */
const RELOAD_REQUIRED = 'ReloadRequired';
/** The newest notifications kept for the bell and My Day. */
const KEEP = 50;

/**
 * My notifications (deals and leads given to me, tasks falling due), kept live. The read state
 * is the server's (`notificationState.readUpTo`), so every device shows the same unread count.
 * It loads the unread notifications and the last read ones before them, then follows the
 * `myNotifications` subscription from where that read ended, so nothing falls in between.
 */
export const useNotificationsStore = defineStore('notifications', () => {
  /** Newest first. */
  const items = ref<Notification[]>([]);
  const readUpTo = ref(0);
  const unreadCount = ref(0);
  const loaded = ref(false);
  const error = ref<unknown>(null);
  /** Components showing notifications: the subscription runs while there is one. */
  let users = 0;
  let stopFollowing: (() => void) | null = null;
  /** Only the latest of overlapping loads (a reload asked for during one) may apply its result. */
  let loads = 0;

  async function start(): Promise<void> {
    users++;
    if (users === 1) await load();
  }

  function stop(): void {
    users = Math.max(users - 1, 0);
    if (users > 0) return;
    stopFollowing?.();
    stopFollowing = null;
    // Nobody shows them any more (logged out): the next person must not see these.
    loads++;
    items.value = [];
    unreadCount.value = 0;
    loaded.value = false;
  }

  async function load(): Promise<void> {
    const generation = ++loads;
    stopFollowing?.();
    stopFollowing = null;
    error.value = null;
    try {
      const state = (await request(NotificationStateDocument, {})).notificationState;
      const all: Notification[] = [];
      let cursor = state.recentFrom;
      // Unread ones beyond a page are rare; reading to the end keeps the count exact.
      for (;;) {
        const page = (await request(NotificationsDocument, { after: cursor })).myNotifications;
        all.push(...page.events);
        cursor = page.cursor;
        if (!page.hasMore) break;
      }
      if (generation !== loads) return;
      readUpTo.value = state.readUpTo;
      unreadCount.value = all.filter((notification) => notification.sequence > state.readUpTo).length;
      items.value = all.slice(-KEEP).reverse();
      loaded.value = true;
      if (users > 0) followFrom(cursor);
    } catch (caught) {
      if (generation === loads) error.value = caught;
    }
  }

  function followFrom(cursor: number): void {
    stopFollowing = follow(NotificationEventsDocument, (after) => ({ after }), ({ myNotifications: event }) => {
      if (event.type === RELOAD_REQUIRED) void load();
      else receive(event);
      return event.sequence;
    }, cursor);
  }

  function receive(notification: Notification): void {
    items.value = [notification, ...items.value].slice(0, KEEP);
    if (notification.sequence > readUpTo.value) unreadCount.value++;
  }

  function isUnread(notification: Notification): boolean {
    return notification.sequence > readUpTo.value;
  }

  /** Marks everything shown as read, at once here and then on the server; undone if the server refuses. */
  async function markAllRead(): Promise<void> {
    const upTo = items.value[0]?.sequence;
    if (upTo === undefined || upTo <= readUpTo.value) return;
    error.value = null;
    const before = { readUpTo: readUpTo.value, unreadCount: unreadCount.value };
    readUpTo.value = upTo;
    unreadCount.value = 0;
    try {
      const state = (await request(MarkNotificationsReadDocument, { input: { upTo } })).markNotificationsRead;
      // Another device may have read further; notifications that arrived meanwhile stay unread.
      readUpTo.value = Math.max(readUpTo.value, state.readUpTo);
      unreadCount.value = items.value.filter(isUnread).length;
    } catch (caught) {
      readUpTo.value = before.readUpTo;
      unreadCount.value = before.unreadCount + items.value.filter((n) => n.sequence > upTo).length;
      error.value = caught;
    }
  }

  return { items, readUpTo, unreadCount, loaded, error, start, stop, load, isUnread, markAllRead };
});
