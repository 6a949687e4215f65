import { DOMWrapper } from '@vue/test-utils';

/** Dialogs and menus are teleported to the body, outside the mounted view's own element. */
export const body = new DOMWrapper(document.body);

/** A logged-in manager (may delete leads) in a workspace that counts in euros. */
export function loggedIn(role = 'MANAGER'): void {
  localStorage.setItem('dealflow.session', JSON.stringify({
    accessToken: 'access-1',
    refreshToken: 'refresh-1',
    expiresAt: Date.now() + 3_600_000,
    user: { id: 'u1', name: 'Ola', email: 'ola@fjord.no', role },
    tenant: { id: 't1', name: 'Fjord', slug: 'fjord', baseCurrency: 'EUR', locale: 'en', timeZone: 'Europe/Warsaw' },
  }));
}

export const owners = {
  data: { users: { edges: [{ node: { id: 'u1', name: 'Ola', active: true } }, { node: { id: 'u2', name: 'Kari', active: true } }, { node: { id: 'u3', name: 'Gone', active: false } }] } },
};
