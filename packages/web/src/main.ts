import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n, loadLocale, setLocale } from './i18n';
import { vuetify } from './plugins/vuetify';
import { createAppRouter } from './router';

const app = createApp(App).use(createPinia()).use(i18n).use(vuetify).use(createAppRouter());
// The first screen waits for its language's texts: one small request, next to the app's own.
void loadLocale(i18n.global.locale.value).finally(() => {
  setLocale(i18n.global.locale.value);
  app.mount('#app');
});
