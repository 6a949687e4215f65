import { logIn } from '../../test/mount';

export { body } from '../../test/mount';

/** A REP logged in to a workspace in Warsaw that speaks Polish by default. */
export function loggedIn(): void {
  logIn({ user: { name: 'Ola Nordmann', role: 'REP' }, tenant: { locale: 'pl' } });
}

/** A notification as the API sends it. */
export function notification(sequence: number, type: string, fields: Record<string, unknown> = {}) {
  return {
    sequence,
    type,
    subjectId: `subject-${sequence}`,
    occurredAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    payload: { title: `Title ${sequence}` },
    actor: { id: 'u2', name: 'Kari' },
    deal: null,
    ...fields,
  };
}

export const notificationState = (readUpTo: number, recentFrom: number) => ({ data: { notificationState: { readUpTo, recentFrom } } });

export const notificationPage = (events: object[], cursor: number, more: Partial<{ hasMore: boolean; reloadRequired: boolean }> = {}) => ({
  data: { myNotifications: { cursor, hasMore: false, reloadRequired: false, events, ...more } },
});
