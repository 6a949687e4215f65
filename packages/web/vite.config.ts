import vue from '@vitejs/plugin-vue';
import vuetify from 'vite-plugin-vuetify';
import { defineConfig } from 'vitest/config';

// The API runs on :4000 in development; in production the server serves this build itself.
const api = process.env.DEALFLOW_API ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [vue(), vuetify({ autoImport: true })],
  server: {
    proxy: { '/graphql': { target: api, ws: true } },
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['src/test/setup.ts'],
    // Browser tests have their own config and command (vitest.browser.config.ts, test:browser).
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    server: { deps: { inline: ['vuetify'] } },
  },
});
