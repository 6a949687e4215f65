import js from '@eslint/js';
import globals from 'globals';
import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/dist-bench/**', '**/node_modules/**', '**/*.d.ts', 'packages/web/src/gql/**', '**/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: globals.node } },
  {
    files: ['packages/*/src/**/*.ts', 'packages/*/test/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    files: ['packages/*/test/**/*.ts', 'packages/*/src/**/*.test.ts', 'packages/web/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The tenancy rule (ARCHITECTURE.md §3): domain modules reach tenant rows only through
    // ctx.data (src/tenancy/tenant-scope.ts), never through TypeORM's managers or repositories.
    files: ['packages/server/src/modules/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{
          name: 'typeorm',
          importNames: ['DataSource', 'EntityManager', 'Repository', 'getRepository', 'QueryRunner'],
          message: 'Use ctx.data (src/tenancy/tenant-scope.ts): it adds the tenant to every query.',
        }],
      }],
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[property.name=/^(manager|getRepository|createQueryBuilder|query)$/]",
        message: 'Use ctx.data (src/tenancy/tenant-scope.ts): it adds the tenant to every query.',
      }],
    },
  },
  // The web app: Vue's error-preventing rules for single-file components, TypeScript inside them.
  ...pluginVue.configs['flat/essential'],
  {
    files: ['packages/web/**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    files: ['packages/web/src/**/*.{ts,vue}'],
    languageOptions: { globals: globals.browser },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }] },
  },
);
