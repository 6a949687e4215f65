import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { setLocale } from '../../i18n';
import { answerGraphql, body, flush, logIn, mountView } from '../../test/mount';
import ActivityTimeline from './ActivityTimeline.vue';

/** The timeline as a deal page shows it; any route whose page is the host will do. */
const Host = defineComponent({ render: () => h(ActivityTimeline, { subject: { dealId: 'd1' } }) });

const activity = (id: string, fields: Record<string, unknown>) => ({
  id, version: 1, type: 'CALL', subject: `Activity ${id}`, note: null, outcome: null, dueAt: null, doneAt: null,
  isOverdue: false, durationMinutes: null, createdAt: '2026-03-01T08:00:00.000Z', owner: { id: 'u1', name: 'Ola' }, ...fields,
});
const page = (nodes: object[], next: string | null = null, totalCount = nodes.length) => ({
  data: { activities: { totalCount, pageInfo: { hasNextPage: next !== null, endCursor: next }, edges: nodes.map((node) => ({ node })) } },
});
const overdueTask = activity('t1', { type: 'TASK', subject: 'Send the proposal', dueAt: '2026-03-01T09:00:00.000Z', isOverdue: true });

describe('ActivityTimeline', () => {
  beforeEach(() => {
    localStorage.clear();
    logIn(); // Ola's workspace keeps Warsaw time, where typed times are read
    setLocale('en');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists the subject\'s activities newest first, marks overdue ones, and pages with "more"', async () => {
    const api = answerGraphql(
      page([overdueTask, activity('c1', { subject: 'Intro call', doneAt: '2026-02-27T15:00:00.000Z', outcome: 'LEFT_VOICEMAIL', note: 'Call back Monday' })], 'cursor-2', 3),
      page([activity('m1', { type: 'MEETING', subject: 'Demo', doneAt: '2026-02-20T10:00:00.000Z', durationMinutes: 45 })]),
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(Host, '/deals/d1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="activity-t1"]').exists()).toBe(true));
    expect(api.requests[0]!.variables).toEqual({ filter: { dealId: 'd1' }, after: null });
    expect(api.requests[0]!.query).toContain('direction: DESC');
    const task = wrapper.find('[data-test="activity-t1"] [data-test="activity-when"]');
    expect(task.text()).toBe('Overdue since Mar 1, 2026, 10:00 AM');
    expect(task.classes()).toContain('text-error');
    const call = wrapper.find('[data-test="activity-c1"]');
    expect(call.text()).toContain('Left a voicemail');
    expect(call.text()).toContain('Call back Monday');
    expect(call.text()).toContain('Done Feb 27, 2026, 4:00 PM');
    expect(call.find('[data-test="toggle-c1"]').exists()).toBe(false);

    await wrapper.find('[data-test="timeline-more"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="activity-m1"]').exists()).toBe(true));
    expect(api.requests[1]!.variables).toEqual({ filter: { dealId: 'd1' }, after: 'cursor-2' });
    expect(wrapper.find('[data-test="activity-m1"]').text()).toContain('45 min');
    expect(wrapper.findAll('.v-list-item').map((item) => item.attributes('data-test'))).toEqual(['activity-t1', 'activity-c1', 'activity-m1']);
    expect(wrapper.find('[data-test="timeline-more"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('logs a call with its outcome, linked to the deal, at the time typed in the workspace\'s zone', async () => {
    const logged = activity('c2', { subject: 'Pricing call', doneAt: '2026-03-02T09:30:00.000Z', outcome: 'CONNECTED' });
    const api = answerGraphql(page([]), { data: { createActivity: logged } }, page([logged]));
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(Host, '/deals/d1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="timeline-empty"]').exists()).toBe(true));

    await wrapper.find('[data-test="log-CALL"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="log-activity-form"]').exists()).toBe(true));
    expect(body.text()).toContain('Log a call');
    await body.find('[data-test="activity-subject"] input').setValue('Pricing call');
    await body.find('[data-test="activity-when"] input').setValue('2026-03-02T10:30');
    await body.find('[data-test="activity-note"] textarea').setValue('Wants the pro plan');

    // Without an outcome the call is not logged: how it went is what the call metrics count.
    await body.find('[data-test="log-activity-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.text()).toContain('Choose how the call went'));
    expect(api.requests).toHaveLength(1);

    wrapper.findComponent({ name: 'VSelect' }).vm.$emit('update:modelValue', 'CONNECTED');
    await flush();
    await body.find('[data-test="log-activity-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-test="activity-c2"]').exists()).toBe(true));
    expect(api.requests[1]!.variables).toEqual({
      input: {
        type: 'CALL', subject: 'Pricing call', note: 'Wants the pro plan', dealId: 'd1',
        doneAt: '2026-03-02T09:30:00.000Z', outcome: 'CONNECTED', durationMinutes: null,
      },
    });
    expect(api.requests[2]!.variables).toEqual({ filter: { dealId: 'd1' }, after: null });
    await vi.waitFor(() => expect(body.find('[data-test="log-activity-form"]').exists()).toBe(false));
    wrapper.unmount();
  });

  it('schedules a task with its due time, and shows the field the server refused', async () => {
    const api = answerGraphql(
      page([]),
      { errors: [{ message: 'Give the task a due time in the future', extensions: { code: 'BAD_USER_INPUT', field: 'dueAt' } }] },
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(Host, '/deals/d1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="timeline-empty"]').exists()).toBe(true));
    await wrapper.find('[data-test="log-TASK"]').trigger('click');
    await vi.waitFor(() => expect(body.find('[data-test="log-activity-form"]').exists()).toBe(true));
    await body.find('[data-test="activity-subject"] input').setValue('Send the contract');
    await body.find('[data-test="activity-when"] input').setValue('2026-07-01T09:00');
    await body.find('[data-test="log-activity-form"]').trigger('submit');
    await vi.waitFor(() => expect(body.find('[data-test="activity-when"]').text()).toContain('Give the task a due time in the future'));
    expect(api.requests[1]!.variables).toEqual({
      input: { type: 'TASK', subject: 'Send the contract', note: null, dealId: 'd1', dueAt: '2026-07-01T07:00:00.000Z' },
    });
    wrapper.unmount();
  });

  it('completes a task and reopens it', async () => {
    const done = { ...overdueTask, doneAt: '2026-03-02T08:00:00.000Z', isOverdue: false, version: 2 };
    const api = answerGraphql(page([overdueTask]), { data: { completeActivity: done } }, { data: { reopenActivity: overdueTask } });
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(Host, '/deals/d1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="toggle-t1"]').exists()).toBe(true));

    await wrapper.find('[data-test="toggle-t1"] input').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="activity-t1"]').text()).toContain('Done Mar 2, 2026, 9:00 AM'));
    expect(api.requests[1]!.variables).toEqual({ input: { id: 't1' } });
    expect(api.requests[1]!.query).toContain('completeActivity');
    expect(wrapper.find('[data-test="toggle-t1"] input').element).toHaveProperty('checked', true);

    await wrapper.find('[data-test="toggle-t1"] input').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="activity-t1"]').text()).toContain('Overdue since'));
    expect(api.requests[2]!.query).toContain('reopenActivity');
    wrapper.unmount();
  });

  it('says why a task could not be completed, and shows the list as it is now', async () => {
    const doneElsewhere = { ...overdueTask, doneAt: '2026-03-02T07:00:00.000Z', isOverdue: false, outcome: null };
    const api = answerGraphql(
      page([overdueTask]),
      { errors: [{ message: 'This activity was already done at 2026-03-02T07:00:00.000Z; reopen it to complete it again', extensions: { code: 'CONFLICT' } }] },
      page([doneElsewhere]),
    );
    vi.stubGlobal('fetch', api.fetch);
    const { wrapper } = await mountView(Host, '/deals/d1');
    await vi.waitFor(() => expect(wrapper.find('[data-test="toggle-t1"]').exists()).toBe(true));
    await wrapper.find('[data-test="toggle-t1"] input').trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="activity-t1"]').text()).toContain('Done Mar 2, 2026, 8:00 AM'));
    expect(wrapper.find('[data-test="timeline-error"]').text()).toContain('already done');
    wrapper.unmount();
  });
});
