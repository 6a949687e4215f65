import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC compiles the server's sources for the tests because, unlike esbuild, it emits the
// decorator metadata TypeORM and type-graphql read.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  // graphql ships a CommonJS and an ES build; the server's dependencies load the CommonJS one,
  // so the tests must too, or `instanceof GraphQLScalarType` fails across the two copies.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
