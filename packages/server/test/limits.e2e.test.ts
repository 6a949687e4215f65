import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TenantSession, type TestServer } from './harness';

describe('query limits and what errors reveal', () => {
  let server: TestServer;
  let owner: TenantSession;
  beforeAll(async () => {
    server = await startTestServer({ GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_ALIASES: '5', GRAPHQL_MAX_COST: '500' });
    owner = await server.signup();
  });
  afterAll(() => server.close());

  it('refuses a query nested deeper than the limit', async () => {
    const deep = `{ deals { edges { node { organization { owner { name } } contact { organization { owner { name } } } } } } }`;
    const error = await owner.client.error(deep);
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/depth/i);
  });

  it('refuses too many aliases and too costly a query', async () => {
    const aliases = `{ ${Array.from({ length: 8 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect((await owner.client.error(aliases)).message).toMatch(/alias/i);
    const costly = `{ ${['deals', 'leads', 'contacts', 'organizations', 'activities'].map((list) => `${list}(first: 100) { edges { node { id createdAt updatedAt version } } }`).join(' ')} }`;
    expect((await owner.client.error(costly)).message).toMatch(/cost/i);
  });

  it('answers a syntax error and an unknown field with a code, never a stack trace', async () => {
    const syntax = await owner.client.request('{ me { id ');
    // graphql-armor parses the document first (to count tokens), so a syntax error surfaces as
    // a validation failure; the message says what is wrong.
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(syntax.errors?.[0]?.message).toMatch(/Syntax Error/);
    const unknown = await owner.client.request('{ me { password } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    for (const result of [syntax, unknown]) {
      expect(JSON.stringify(result)).not.toMatch(/stacktrace|node_modules|\.ts:\d+/);
    }
  });

  it('names the missing field of an input', async () => {
    const error = await owner.client.error(`mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, {
      input: { name: 'No price', currency: 'USD' },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitPriceMinor' });
  });
});

describe('in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'production' });
  });
  afterAll(() => server.close());

  it('turns introspection off', async () => {
    const result = await server.client.request('{ __schema { queryType { name } } }');
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
