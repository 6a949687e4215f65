import { onBeforeUnmount, watch, type WatchSource } from 'vue';

/** How long typing must pause before a search goes to the server. */
export const SEARCH_DEBOUNCE_MS = 300;

/** Runs `effect` once `source` has stopped changing for `wait` ms, so each key typed is not a request. */
export function watchDebounced<T>(source: WatchSource<T>, effect: (value: T) => void, wait = SEARCH_DEBOUNCE_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(source, (value) => {
    clearTimeout(timer);
    timer = setTimeout(() => effect(value), wait);
  });
  onBeforeUnmount(() => clearTimeout(timer));
}
