import { useI18n } from 'vue-i18n';
import { createVuetify } from 'vuetify';
import { aliases, mdi } from 'vuetify/iconsets/mdi-svg';
import { createVueI18nAdapter } from 'vuetify/locale/adapters/vue-i18n';
import 'vuetify/styles';
import { i18n, LOCALES } from '../i18n';

type AdapterI18n = Parameters<typeof createVueI18nAdapter>[0]['i18n'];

/** Vuetify speaks through vue-i18n, and lays Hebrew and Arabic out right to left. */
export const vuetify = createVuetify({
  locale: {
    // The adapter is typed for untyped messages; ours are typed by locale code.
    adapter: createVueI18nAdapter({ i18n: i18n as unknown as AdapterI18n, useI18n }),
    rtl: Object.fromEntries(LOCALES.map((locale) => [locale.code, locale.rtl])),
  },
  icons: { defaultSet: 'mdi', aliases, sets: { mdi } },
  theme: { defaultTheme: 'light' },
});
