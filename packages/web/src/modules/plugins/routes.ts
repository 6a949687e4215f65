import type { RouteRecordRaw } from 'vue-router';

export const pluginRoutes: RouteRecordRaw[] = [
  { path: 'plugins', name: 'plugins', component: () => import('./PluginsView.vue') },
  { path: 'plugins/runs', name: 'plugin-runs', component: () => import('./PluginRunsView.vue') },
];
