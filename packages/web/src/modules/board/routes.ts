import type { RouteRecordRaw } from 'vue-router';

export const boardRoutes: RouteRecordRaw[] = [
  { path: 'pipelines/:pipelineId?', name: 'board', component: () => import('./PipelineBoardView.vue') },
];
