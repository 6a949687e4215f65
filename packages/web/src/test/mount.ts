import { createPinia, setActivePinia } from 'pinia';
import { mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { h, type Component } from 'vue';
import { VApp } from 'vuetify/components';
import { i18n } from '../i18n';
import { vuetify } from '../plugins/vuetify';

/** A view mounted with the app's real plugins (Vuetify, i18n, Pinia) and an in-memory router. */
export async function mountView(view: Component, path = '/') {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { render: () => h('div', { 'data-test': 'home' }, 'home') } },
      { path: '/login', component: view },
      { path: '/pipelines/:pipelineId?', name: 'board', component: view },
      { path: '/signup', component: { render: () => h('div') } },
    ],
  });
  await router.push(path);
  await router.isReady();
  const wrapper = mount({ render: () => h(VApp, () => h(RouterView)) }, { global: { plugins: [pinia, i18n, vuetify, router] }, attachTo: document.body });
  return { wrapper, router };
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
