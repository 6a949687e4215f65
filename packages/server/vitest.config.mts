import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC compiles the server's sources for the tests because, unlike esbuild, it emits the
// decorator metadata TypeORM and type-graphql read.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
