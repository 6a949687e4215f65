import { defineStore } from 'pinia';
import { ref } from 'vue';
import { BoardDocument, BoardEventsDocument, PipelinesDocument } from './board.operations';
import { request } from '../../api/graphql';
import { follow } from '../../api/live';
import type { BoardQuery, PipelinesQuery } from '../../gql/graphql';

type Pipeline = PipelinesQuery['pipelines']['edges'][number]['node'];
export type Board = BoardQuery['pipelineBoard'];

/** Changes arriving together are applied with one reload. */
const RELOAD_DEBOUNCE_MS = 100;

/**
 * The open pipeline board, kept live: it follows the pipeline's events from the board's own
 * cursor and reloads when others change it (applying each event in place comes with drag and
 * drop).
 */
export const useBoardStore = defineStore('board', () => {
  const pipelines = ref<Pipeline[]>([]);
  const pipelineId = ref<string | null>(null);
  const board = ref<Board | null>(null);
  const error = ref<unknown>(null);
  let stopFollowing: (() => void) | null = null;
  let reloadTimer: ReturnType<typeof setTimeout> | null = null;

  async function open(id: string | null): Promise<void> {
    error.value = null;
    try {
      if (pipelines.value.length === 0) {
        pipelines.value = (await request(PipelinesDocument, {})).pipelines.edges.map((edge) => edge.node);
      }
      pipelineId.value = id ?? pipelines.value.find((pipeline) => pipeline.isDefault)?.id ?? pipelines.value[0]?.id ?? null;
      if (!pipelineId.value) return;
      await reload();
      followEvents(pipelineId.value, board.value!.eventCursor);
    } catch (caught) {
      error.value = caught;
    }
  }

  async function reload(): Promise<void> {
    if (!pipelineId.value) return;
    board.value = (await request(BoardDocument, { pipelineId: pipelineId.value })).pipelineBoard;
  }

  function followEvents(id: string, cursor: number): void {
    stopFollowing?.();
    stopFollowing = follow(BoardEventsDocument, (after) => ({ pipelineId: id, after }), ({ pipelineEvents }) => {
      if (reloadTimer) clearTimeout(reloadTimer);
      reloadTimer = setTimeout(() => void reload().catch((caught: unknown) => (error.value = caught)), RELOAD_DEBOUNCE_MS);
      return pipelineEvents.sequence;
    }, cursor);
  }

  function close(): void {
    stopFollowing?.();
    stopFollowing = null;
    if (reloadTimer) clearTimeout(reloadTimer);
  }

  return { pipelines, pipelineId, board, error, open, reload, close };
});
