import { loadLocale, LOCALES } from '../i18n';

// happy-dom has no visual viewport; Vuetify's overlays (dialogs, menus) position against it.
// The layout viewport stands in for it: the same size, no pinch-zoom.
if (typeof globalThis.visualViewport === 'undefined') {
  const viewport = Object.assign(new EventTarget(), {
    get width() { return window.innerWidth; },
    get height() { return window.innerHeight; },
    offsetLeft: 0, offsetTop: 0, pageLeft: 0, pageTop: 0, scale: 1, onresize: null, onscroll: null, onscrollend: null,
  });
  Object.defineProperty(globalThis, 'visualViewport', { value: viewport, configurable: true });
}

// The app fetches a language's texts when it is first chosen; tests switch at will, so all are loaded up front.
await Promise.all(LOCALES.map((locale) => loadLocale(locale.code)));
