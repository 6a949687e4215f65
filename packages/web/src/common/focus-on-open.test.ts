import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, withDirectives } from 'vue';
import { mount } from '@vue/test-utils';
import { vFocusOnOpen } from './focus-on-open';

/** An IntersectionObserver the test shows on screen when it says so. */
class ScreenObserver {
  static all: ScreenObserver[] = [];
  observed: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    ScreenObserver.all.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.observed = [];
  }
  static showAll() {
    for (const observer of ScreenObserver.all) {
      const entries = observer.observed.map((target) => ({ target, isIntersecting: true }) as unknown as IntersectionObserverEntry);
      if (entries.length > 0) observer.callback(entries, observer as unknown as IntersectionObserver);
    }
  }
}

const Form = defineComponent(() => () => h('form', [
  withDirectives(h('div', { class: 'title' }, [h('input', { name: 'title' })]), [[vFocusOnOpen]]),
  h('input', { name: 'amount' }),
]));

describe('v-focus-on-open', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    ScreenObserver.all = [];
    vi.stubGlobal('IntersectionObserver', ScreenObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  const input = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

  it('focuses the field once it is on screen and the dialog has shown', () => {
    mount(Form, { attachTo: document.body });
    vi.advanceTimersByTime(100);
    expect(document.activeElement).not.toBe(input('title'));
    ScreenObserver.showAll();
    vi.advanceTimersByTime(50);
    expect(document.activeElement).toBe(input('title'));
  });

  it('leaves the focus where the person put it meanwhile', () => {
    mount(Form, { attachTo: document.body });
    ScreenObserver.showAll();
    input('amount').focus();
    vi.advanceTimersByTime(50);
    expect(document.activeElement).toBe(input('amount'));
  });
});
