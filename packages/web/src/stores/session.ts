import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import {
  AcceptInviteDocument,
  LoginDocument,
  LogoutDocument,
  RefreshSessionDocument,
  SignupDocument,
} from '../modules/auth/auth.operations';
import { request, useCredentials } from '../api/graphql';
import type { AcceptInviteInput, LoginInput, SessionFieldsFragment, SignupInput } from '../gql/graphql';

const STORAGE_KEY = 'dealflow.session';
/** Renew this long before the access token expires, so requests never meet an expired one. */
const RENEW_AHEAD_MS = 60_000;

interface Stored {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
  user: SessionFieldsFragment['user'];
  tenant: SessionFieldsFragment['tenant'];
}

/**
 * Who is logged in. Access tokens are short-lived: the store renews them a minute before they
 * expire and whenever the server refuses one, with the rotating refresh token, one renewal at
 * a time (several tabs or calls at once must not spend the same refresh token twice).
 */
export const useSessionStore = defineStore('session', () => {
  const session = ref<Stored | null>(load());
  let renewing: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const isLoggedIn = computed(() => session.value !== null);
  const user = computed(() => session.value?.user ?? null);
  const tenant = computed(() => session.value?.tenant ?? null);

  function start(payload: SessionFieldsFragment): void {
    session.value = {
      accessToken: payload.accessToken,
      refreshToken: payload.refreshToken,
      expiresAt: Date.now() + payload.expiresIn * 1000,
      user: payload.user,
      tenant: payload.tenant,
    };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(session.value));
    scheduleRenewal();
  }

  /** Keeps the stored copy in step after settings change (formatting follows the workspace's currency and time zone). */
  function updateTenant(tenant: Stored['tenant']): void {
    if (!session.value) return;
    session.value = { ...session.value, tenant };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(session.value));
  }

  /** The same for the person logged in, when their own account was changed (their role, say). */
  function updateUser(user: Stored['user']): void {
    if (!session.value || session.value.user.id !== user.id) return;
    session.value = { ...session.value, user };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(session.value));
  }

  function end(): void {
    session.value = null;
    localStorage.removeItem(STORAGE_KEY);
    if (timer) clearTimeout(timer);
    timer = null;
  }

  function scheduleRenewal(): void {
    if (timer) clearTimeout(timer);
    if (!session.value) return;
    const wait = Math.max(session.value.expiresAt - Date.now() - RENEW_AHEAD_MS, 0);
    timer = setTimeout(() => void renew(), wait);
  }

  /** A new token pair; false (and logged out) when the refresh token is no longer valid. */
  function renew(): Promise<boolean> {
    renewing ??= (async () => {
      const refreshToken = session.value?.refreshToken;
      if (!refreshToken) return false;
      try {
        start((await request(RefreshSessionDocument, { input: { refreshToken } }, true)).refreshSession);
        return true;
      } catch (error) {
        if ((error as { code?: string }).code === 'UNAUTHENTICATED') end();
        return false;
      }
    })().finally(() => {
      renewing = null;
    });
    return renewing;
  }

  async function login(input: LoginInput): Promise<void> {
    start((await request(LoginDocument, { input }, true)).login);
  }

  async function signup(input: SignupInput): Promise<void> {
    start((await request(SignupDocument, { input }, true)).signup);
  }

  async function acceptInvite(input: AcceptInviteInput): Promise<void> {
    start((await request(AcceptInviteDocument, { input }, true)).acceptInvite);
  }

  /** Ends the session here and on the server (its refresh tokens stop working). */
  async function logout(): Promise<void> {
    const refreshToken = session.value?.refreshToken;
    end();
    if (refreshToken) await request(LogoutDocument, { input: { refreshToken } }, true).catch(() => undefined);
  }

  useCredentials({ accessToken: () => session.value?.accessToken ?? null, renew });
  scheduleRenewal();

  return { session, isLoggedIn, user, tenant, login, signup, acceptInvite, logout, renew, updateTenant, updateUser };
});

function load(): Stored | null {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Stored | null;
    return stored?.refreshToken ? stored : null;
  } catch {
    return null;
  }
}
