import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../i18n';
import { answerGraphql, mountView } from '../../test/mount';
import { loggedIn, notification, notificationPage, notificationState } from './my-day-test-helpers';
import MyDayView from './MyDayView.vue';

const followed: Array<{ variables: unknown }> = [];
vi.mock('../../api/live', () => ({
  follow: (_document: unknown, variables: (after: number | null) => unknown, _onData: unknown, after: number | null) => {
    followed.push({ variables: variables(after) });
    return () => {};
  },
}));

const task = (id: string, subject: string, dueAt: string, fields: Record<string, unknown> = {}) => ({
  id, type: 'CALL', subject, dueAt, isOverdue: false, deal: null, lead: null, contact: null, organization: null, ...fields,
});
const tasks = (nodes: object[], totalCount = nodes.length) => ({ totalCount, edges: nodes.map((node) => ({ node })) });
const deal = (id: string, title: string, expectedCloseDate: string) => ({
  id, title, expectedCloseDate, amount: { amountMinor: 1_250_000, currency: 'EUR' }, organization: { id: 'o1', name: 'Fjord AS' }, stage: { id: 's1', name: 'Closing' },
});

const myDay = (overdue: object[], today: object[]) => ({
  data: {
    overdue: tasks(overdue),
    today: tasks(today),
    followUps: tasks([deal('d2', 'Renewal', '2026-03-27'), deal('d1', 'Fjord expansion', '2026-03-20')]),
  },
});

describe('MyDayView', () => {
  beforeEach(() => {
    localStorage.clear();
    followed.length = 0;
    // Thursday 2026-03-26 00:30 in Warsaw, still Wednesday in UTC.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-25T23:30:00Z'));
    loggedIn();
    setLocale('en');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('greets, groups my tasks by the workspace\'s day, and completes one', async () => {
    const api = answerGraphql(
      myDay(
        [task('a1', 'Call Kari back', '2026-03-24T08:00:00Z', { isOverdue: true, deal: { id: 'd1', title: 'Fjord expansion' } }),
          task('a2', 'Send the quote', '2026-03-25T10:00:00Z', { type: 'TASK', isOverdue: true, lead: { id: 'l1', name: 'Nora Berg' } })],
        [task('a3', 'Demo', '2026-03-26T09:00:00Z', { type: 'MEETING', contact: { id: 'c1', name: 'Per Hansen' } })],
      ),
      notificationState(5, 0),
      notificationPage([notification(4, 'DealAssigned', { subjectId: 'd1', deal: { id: 'd1', title: 'Fjord expansion' } })], 4),
      { data: { completeActivity: { id: 'a3', doneAt: '2026-03-25T23:31:00Z' } } },
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper, router } = await mountView(MyDayView, '/my-day');
    await vi.waitFor(() => expect(wrapper.find('[data-test="overdue"]').exists()).toBe(true));

    expect(wrapper.find('h1').text()).toBe('Welcome, Ola Nordmann');
    // Today is Thursday in Warsaw; the Polish week ends on Sunday.
    expect(api.requests[0]!.variables).toEqual({
      me: 'u1', startOfToday: '2026-03-25T23:00:00.000Z', startOfTomorrow: '2026-03-26T23:00:00.000Z', closeBy: '2026-03-29',
    });
    const overdue = wrapper.find('[data-test="overdue"]');
    expect(overdue.find('[data-test="count"]').text()).toBe('2');
    expect(overdue.find('[data-test="task-a1"]').text()).toContain('Fjord expansion');
    expect(overdue.find('[data-test="task-a2"]').text()).toContain('Nora Berg');
    const today = wrapper.find('[data-test="today"]');
    expect(today.find('[data-test="count"]').text()).toBe('1');
    expect(today.find('[data-test="task-a3"]').text()).toContain('Per Hansen');

    // The deal whose close date passed comes first, marked as such.
    const followUps = wrapper.findAll('[data-test^="follow-up-"]');
    expect(followUps.map((item) => item.attributes('data-test'))).toEqual(['follow-up-d1', 'follow-up-d2']);
    expect(followUps[0]!.text()).toContain('Close date passed: Mar 20, 2026');
    expect(followUps[0]!.text()).toContain('€12,500.00');
    expect(followUps[1]!.text()).toContain('Closes Mar 27, 2026');

    await vi.waitFor(() => expect(wrapper.find('[data-test="notification-4"]').text()).toContain('Kari gave you the deal Fjord expansion'));

    await today.find('[data-test="complete-a3"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="today"] [data-test="empty"]').exists()).toBe(true));
    expect(api.requests[3]!.variables).toEqual({ input: { id: 'a3' } });
    expect(wrapper.find('[data-test="today"] [data-test="count"]').text()).toBe('0');
    expect(wrapper.find('[data-test="today"]').text()).toContain('Nothing else due today. Your day is clear.');
    expect(wrapper.find('[data-test="overdue"] [data-test="count"]').text()).toBe('2');

    await overdue.find('[data-test="task-a1"] [data-test="subject-link"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('deal'));
    expect(router.currentRoute.value.params).toEqual({ id: 'd1' });
    wrapper.unmount();
  });

  it('shows the server\'s message when a task was completed elsewhere, and reloads the day', async () => {
    const api = answerGraphql(
      myDay([], [task('a3', 'Demo', '2026-03-26T09:00:00Z')]),
      notificationState(0, 0),
      notificationPage([], 0),
      { errors: [{ message: 'This activity was already done at 2026-03-26T08:00:00.000Z; reopen it to complete it again', extensions: { code: 'CONFLICT' } }] },
      myDay([], []),
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(MyDayView, '/my-day');
    await vi.waitFor(() => expect(wrapper.find('[data-test="notifications-empty"]').exists()).toBe(true));
    await wrapper.find('[data-test="complete-a3"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="all-clear"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="error"]').text()).toContain('already done');
    expect(wrapper.find('[data-test="overdue"]').text()).toContain('Nothing overdue');
    expect(api.requests[4]!.query).toContain('query MyDay');
    wrapper.unmount();
  });
});
