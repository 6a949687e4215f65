import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { answerGraphql, mountView } from '../../test/mount';
import { body, loggedIn, notification, notificationPage, notificationState } from './my-day-test-helpers';
import NotificationBell from './NotificationBell.vue';
import { useNotificationsStore } from './notifications.store';

const followed: Array<{ variables: unknown; onData: (data: unknown) => number; stopped: boolean }> = [];
vi.mock('../../api/live', () => ({
  follow: (_document: unknown, variables: (after: number | null) => unknown, onData: (data: unknown) => number, after: number | null) => {
    const entry = { variables: variables(after), onData, stopped: false };
    followed.push(entry);
    return () => (entry.stopped = true);
  },
}));

const live = (event: object) => followed.at(-1)!.onData({ myNotifications: event });

describe('notifications store', () => {
  beforeEach(() => {
    localStorage.clear();
    followed.length = 0;
    loggedIn();
    setActivePinia(createPinia());
  });
  afterEach(() => vi.unstubAllGlobals());

  it('loads recent notifications from the server\'s read state, counts the unread, and follows from where it read', async () => {
    const api = answerGraphql(
      notificationState(12, 9),
      notificationPage([notification(10, 'DealAssigned'), notification(12, 'LeadAssigned')], 12, { hasMore: true }),
      notificationPage([notification(15, 'TaskDue'), notification(17, 'DealAssigned')], 17),
    );
    vi.stubGlobal('fetch', api.fetch);
    const store = useNotificationsStore();
    await store.start();
    expect(api.requests.map((request) => request.variables)).toEqual([{}, { after: 9 }, { after: 12 }]);
    expect(store.items.map((n) => n.sequence)).toEqual([17, 15, 12, 10]);
    expect(store.unreadCount).toBe(2);
    expect(store.items.map((n) => store.isUnread(n))).toEqual([true, true, false, false]);
    expect(followed.map((f) => f.variables)).toEqual([{ after: 17 }]);

    expect(live(notification(21, 'DealAssigned'))).toBe(21);
    expect(store.items[0]!.sequence).toBe(21);
    expect(store.unreadCount).toBe(3);

    // Logged out: the subscription ends and the next person starts from nothing.
    store.stop();
    expect(followed[0]!.stopped).toBe(true);
    expect([store.items, store.unreadCount, store.loaded]).toEqual([[], 0, false]);
  });

  it('marks all read at once and on the server, and takes it back if the server refuses', async () => {
    const api = answerGraphql(
      notificationState(0, 0),
      notificationPage([notification(3, 'DealAssigned'), notification(5, 'TaskDue')], 5),
      { errors: [{ message: 'There is no event 5 yet; the latest is 4', extensions: { code: 'BAD_USER_INPUT', field: 'upTo' } }] },
      { data: { markNotificationsRead: { readUpTo: 5 } } },
    );
    vi.stubGlobal('fetch', api.fetch);
    const store = useNotificationsStore();
    await store.start();
    expect(store.unreadCount).toBe(2);

    await store.markAllRead();
    expect(api.requests[2]!.variables).toEqual({ input: { upTo: 5 } });
    expect(store.unreadCount).toBe(2);
    expect(store.readUpTo).toBe(0);
    expect(store.error).toMatchObject({ code: 'BAD_USER_INPUT' });

    const marking = store.markAllRead();
    expect(store.unreadCount).toBe(0);
    await marking;
    expect(store.readUpTo).toBe(5);
    expect(store.items.some((n) => store.isUnread(n))).toBe(false);
  });

  it('reloads when the server says the gap cannot be filled', async () => {
    const api = answerGraphql(
      notificationState(0, 0),
      notificationPage([notification(3, 'DealAssigned')], 3),
      notificationState(40, 30),
      notificationPage([notification(41, 'TaskDue')], 41),
    );
    vi.stubGlobal('fetch', api.fetch);
    const store = useNotificationsStore();
    await store.start();
    live({ ...notification(40, 'ReloadRequired'), subjectId: 'u1' });
    await vi.waitFor(() => expect(store.items.map((n) => n.sequence)).toEqual([41]));
    expect(api.requests[3]!.variables).toEqual({ after: 30 });
    expect(followed.map((f) => [f.variables, f.stopped])).toEqual([[{ after: 3 }, true], [{ after: 41 }, false]]);
    expect(store.unreadCount).toBe(1);
  });
});

describe('NotificationBell', () => {
  beforeEach(() => {
    localStorage.clear();
    followed.length = 0;
    loggedIn();
    setLocale('en');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the unread count, lists notifications in words with their links, and marks them read', async () => {
    const api = answerGraphql(
      notificationState(2, 0),
      notificationPage([
        notification(2, 'TaskDue', { actor: null, payload: { title: 'Call Nora' } }),
        notification(4, 'LeadAssigned', { subjectId: 'l1', payload: { title: 'Nora Berg' } }),
      ], 4),
      { data: { markNotificationsRead: { readUpTo: 6 } } },
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(NotificationBell, '/my-day');
    await vi.waitFor(() => expect(wrapper.find('[data-test="unread-count"]').text()).toBe('1'));

    live(notification(6, 'DealAssigned', { subjectId: 'd9', deal: { id: 'd9', title: 'Fjord expansion' } }));
    await vi.waitFor(() => expect(wrapper.find('[data-test="unread-count"]').text()).toBe('2'));

    await wrapper.find('[data-test="notification-bell"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="notifications"]').exists()).toBe(true));
    expect(body.find('[data-test="notification-6"]').text()).toContain('Kari gave you the deal Fjord expansion');
    expect(body.find('[data-test="notification-4"]').text()).toContain('Kari gave you the lead Nora Berg');
    expect(body.find('[data-test="notification-4"]').text()).toContain('2 hours ago');
    expect(body.find('[data-test="notification-2"]').text()).toContain('Due now: Call Nora');
    expect(body.find('[data-test="notification-4"]').classes()).toContain('unread');
    expect(body.find('[data-test="notification-2"]').classes()).not.toContain('unread');

    await body.find('[data-test="mark-all-read"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="unread-count"]').exists()).toBe(false));
    expect(api.requests[2]!.variables).toEqual({ input: { upTo: 6 } });
    expect(body.find('[data-test="notification-6"]').classes()).not.toContain('unread');

    await body.find('[data-test="notification-4"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('lead'));
    expect(router.currentRoute.value.params).toEqual({ id: 'l1' });
    wrapper.unmount();
  });
});
