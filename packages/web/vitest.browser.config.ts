import { defineConfig } from 'vitest/config';

/** Browser tests: the built app served by a real server, driven in Debian's Chromium. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
