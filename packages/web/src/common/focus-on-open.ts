import type { Directive } from 'vue';

/**
 * `v-focus-on-open` on a field of a dialog: puts the focus in its input once the field is on
 * screen, as Vuetify's `autofocus` does, but not when the person has already put the focus in
 * another field. Vuetify's waits for the dialog to show and then takes the focus whatever it
 * finds, so a person (or a password manager) typing into the second field right away saw the
 * text jump into the first.
 */
export const vFocusOnOpen: Directive<HTMLElement> = {
  mounted(el) {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      // The dialog's enter transition keeps it hidden for a moment, and a hidden input takes no focus.
      setTimeout(() => focusUnlessTyping(el), OPEN_TRANSITION_MS);
    });
    observer.observe(el);
    observers.set(el, observer);
  },
  unmounted(el) {
    observers.get(el)?.disconnect();
    observers.delete(el);
  },
};

const OPEN_TRANSITION_MS = 50;
const observers = new WeakMap<HTMLElement, IntersectionObserver>();

function focusUnlessTyping(el: HTMLElement): void {
  if (isField(document.activeElement)) return;
  el.querySelector<HTMLElement>('input, textarea')?.focus();
}

function isField(element: Element | null): boolean {
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
}
