import { DOMWrapper } from '@vue/test-utils';

/** Menus are teleported to the body, outside the mounted view's own element. */
export const body = new DOMWrapper(document.body);

/** A REP logged in to a workspace in Warsaw that speaks Polish by default. */
export function loggedIn(): void {
  localStorage.setItem('dealflow.session', JSON.stringify({
    accessToken: 'access-1',
    refreshToken: 'refresh-1',
    expiresAt: Date.now() + 3_600_000,
    user: { id: 'u1', name: 'Ola Nordmann', email: 'ola@fjord.no', role: 'REP' },
    tenant: { id: 't1', name: 'Fjord', slug: 'fjord', baseCurrency: 'EUR', locale: 'pl', timeZone: 'Europe/Warsaw' },
  }));
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
