import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the server's printed schema: every `graphql(...)` document in src/
 * gets its result and variable types in src/gql/. Run `pnpm --filter @dealflow/web codegen`
 * after changing an operation or the schema.
 */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.ts', 'src/**/*.vue', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Every custom scalar of the schema, as it arrives in JSON: an unmapped one would be `unknown`.
        scalars: { DateTimeISO: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>', MinorUnits: 'number' },
        // Documents as strings with their types attached: no GraphQL runtime in the bundle.
        documentMode: 'string',
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
