import { createPinia, setActivePinia } from 'pinia';
import { DOMWrapper, mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter, RouterView, type RouteRecordName, type RouteRecordRaw } from 'vue-router';
import { authRoutes } from '../modules/auth/routes';
import { boardRoutes } from '../modules/board/routes';
import { commissionRoutes } from '../modules/commissions/routes';
import { contactRoutes } from '../modules/contacts/routes';
import { dealRoutes } from '../modules/deals/routes';
import { leadRoutes } from '../modules/leads/routes';
import { myDayRoutes } from '../modules/my-day/routes';
import { partnerRoutes } from '../modules/partners/routes';
import { pluginRoutes } from '../modules/plugins/routes';
import { portalRoutes } from '../modules/portal/routes';
import { referralRoutes } from '../modules/referral/routes';
import { settingsRoutes } from '../modules/settings/routes';
import { h, type Component } from 'vue';
import { VApp } from 'vuetify/components';
import { i18n } from '../i18n';
import { vuetify } from '../plugins/vuetify';

/**
 * A view mounted with the app's real plugins (Vuetify, i18n, Pinia) and the app's own routes in
 * memory: `path` shows `view`; every other page is a stub that names its route
 * (`data-test="route-<name>"`), so a test can check where a link or a redirect went.
 */
export async function mountView(view: Component, path = '/') {
  const pinia = createPinia();
  setActivePinia(pinia);
  const target = createRouter({ history: createMemoryHistory(), routes: pagesWith(() => stub) }).resolve(path);
  const page = target.matched.at(-1)!;
  const router = createRouter({ history: createMemoryHistory(), routes: pagesWith((name) => (name === page.name ? view : stub)) });
  await router.push(path);
  await router.isReady();
  const wrapper = mount({ render: () => h(VApp, () => h(RouterView)) }, { global: { plugins: [pinia, i18n, vuetify, router] }, attachTo: document.body });
  return { wrapper, router };
}

const stub: Component = { render() { return h('div', { 'data-test': `route-${String(this.$route.name)}` }); } };

/** The app's pages without the shell (tests see a view on its own), each shown by `component(name)`. */
function pagesWith(component: (name: RouteRecordName | undefined) => Component): RouteRecordRaw[] {
  const shell = [...myDayRoutes, ...boardRoutes, ...dealRoutes, ...leadRoutes, ...contactRoutes, ...settingsRoutes, ...commissionRoutes, ...pluginRoutes, ...partnerRoutes, ...portalRoutes];
  return [
    ...[...authRoutes, ...referralRoutes].map((route) => ({ ...route, component: component(route.name) }) as RouteRecordRaw),
    { path: '/', name: 'home', redirect: { name: 'my-day' } },
    ...shell.map((route) => ({ ...route, path: `/${route.path}`, component: component(route.name) }) as RouteRecordRaw),
  ];
}

/** Answers fetch calls to /graphql with the given GraphQL responses, in order, and records the requests. */
export function answerGraphql(...responses: object[]) {
  const requests: Array<{ query: string; variables: Record<string, unknown>; authorization: string | null }> = [];
  const fetch = async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const headers = init.headers as Record<string, string>;
    requests.push({ ...body, authorization: headers.authorization ?? null });
    const next = responses.shift();
    if (!next) throw new Error(`Unexpected request: ${body.query.slice(0, 60)}`);
    return new Response(JSON.stringify(next), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch, requests };
}

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Dialogs and menus are teleported to <body>: tests look for them there. */
export const body = new DOMWrapper(document.body);

interface SessionChanges {
  user?: Partial<{ id: string; name: string; email: string; role: string }>;
  tenant?: Partial<{ id: string; name: string; slug: string; baseCurrency: string; locale: string; timeZone: string }>;
}

/**
 * A stored session, as the app keeps one after logging in: Ola (u1, an OWNER) in a workspace
 * that counts in EUR on Warsaw time, with whatever a test changes.
 */
export function logIn(changes: SessionChanges = {}): void {
  localStorage.setItem('dealflow.session', JSON.stringify({
    accessToken: 'access-1',
    refreshToken: 'refresh-1',
    expiresAt: Date.now() + 3_600_000,
    user: { id: 'u1', name: 'Ola', email: 'ola@fjord.no', role: 'OWNER', ...changes.user },
    tenant: { id: 't1', name: 'Fjord', slug: 'fjord', baseCurrency: 'EUR', locale: 'en', timeZone: 'Europe/Warsaw', ...changes.tenant },
  }));
}
