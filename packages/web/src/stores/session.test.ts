import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { request } from '../api/graphql';
import { graphql } from '../gql';
import { answerGraphql } from '../test/mount';
import { useSessionStore } from './session';

const Me = graphql(`query SessionTestMe { me { id name } }`);

const payload = (n: number) => ({
  accessToken: `access-${n}`,
  expiresIn: 900,
  refreshToken: `refresh-${n}`,
  user: { id: 'u1', name: 'Ola', email: 'ola@fjord.no', role: 'OWNER' },
  tenant: { id: 't1', name: 'Fjord', slug: 'fjord', baseCurrency: 'NOK', locale: 'en' },
});

async function loggedIn() {
  const login = answerGraphql({ data: { login: payload(1) } });
  vi.stubGlobal('fetch', login.fetch);
  const session = useSessionStore();
  await session.login({ email: 'ola@fjord.no', password: 'correct horse battery' });
  return session;
}

describe('session store', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });
  afterEach(() => vi.unstubAllGlobals());

  it('renews a refused access token once, with one refresh for calls made together, and repeats the calls', async () => {
    const session = await loggedIn();
    const refused = { errors: [{ message: 'Your session has expired; refresh it or log in again', extensions: { code: 'UNAUTHENTICATED' } }] };
    const api = answerGraphql(refused, refused, { data: { refreshSession: payload(2) } }, { data: { me: { id: 'u1', name: 'Ola' } } }, { data: { me: { id: 'u1', name: 'Ola' } } });
    vi.stubGlobal('fetch', api.fetch);
    const [first, second] = await Promise.all([request(Me, {}), request(Me, {})]);
    expect(first.me.name).toBe('Ola');
    expect(second.me.name).toBe('Ola');
    const refreshes = api.requests.filter((r) => r.query.includes('refreshSession'));
    expect(refreshes.map((r) => r.variables)).toEqual([{ input: { refreshToken: 'refresh-1' } }]);
    expect(api.requests.filter((r) => r.query.includes('SessionTestMe')).map((r) => r.authorization)).toEqual(['Bearer access-1', 'Bearer access-1', 'Bearer access-2', 'Bearer access-2']);
    expect(session.session?.refreshToken).toBe('refresh-2');
  });

  it('ends the session when the refresh token is refused, and forgets it', async () => {
    const session = await loggedIn();
    const api = answerGraphql(
      { errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] },
      { errors: [{ message: 'This session is not valid; log in again', extensions: { code: 'UNAUTHENTICATED' } }] },
    );
    vi.stubGlobal('fetch', api.fetch);
    await expect(request(Me, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(session.isLoggedIn).toBe(false);
    expect(localStorage.getItem('dealflow.session')).toBeNull();
  });

  it('logs out on the server too, so its refresh token stops working', async () => {
    const session = await loggedIn();
    const api = answerGraphql({ data: { logout: true } });
    vi.stubGlobal('fetch', api.fetch);
    await session.logout();
    expect(api.requests[0]!.variables).toEqual({ input: { refreshToken: 'refresh-1' } });
    expect(session.isLoggedIn).toBe(false);
  });

  it('keeps the stored workspace and user in step after settings change, and ignores someone else\'s account', async () => {
    const session = await loggedIn();
    session.updateTenant({ id: 't1', name: 'Fjord Sales', slug: 'fjord', baseCurrency: 'EUR', locale: 'pl', timeZone: 'Europe/Warsaw' });
    session.updateUser({ id: 'u2', name: 'Kari', email: 'kari@fjord.no', role: 'ADMIN' });
    session.updateUser({ id: 'u1', name: 'Ola', email: 'ola@fjord.no', role: 'ADMIN' });
    expect(session.tenant).toMatchObject({ name: 'Fjord Sales', timeZone: 'Europe/Warsaw' });
    expect(session.user).toMatchObject({ id: 'u1', role: 'ADMIN' });
    expect(JSON.parse(localStorage.getItem('dealflow.session')!)).toMatchObject({ refreshToken: 'refresh-1', tenant: { baseCurrency: 'EUR', locale: 'pl' }, user: { role: 'ADMIN' } });
  });
});
