import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n, setLocale } from './i18n';
import { vuetify } from './plugins/vuetify';
import { createAppRouter } from './router';

setLocale(i18n.global.locale.value);
createApp(App).use(createPinia()).use(i18n).use(vuetify).use(createAppRouter()).mount('#app');
