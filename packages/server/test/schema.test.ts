import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../src/graphql/command';
import { startTestServer, type TestServer } from './harness';

const SCHEMA_FILE = path.resolve(__dirname, '../schema.graphql');

describe('schema and migrations', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('matches the committed schema.graphql (run `pnpm schema:print` after changing the API)', () => {
    const printed = `${printSchema(lexicographicSortSchema(server.app.schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(existsSync(SCHEMA_FILE), 'schema.graphql is missing').toBe(true);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });

  it('has migrations that create exactly what the entities describe', async () => {
    const pending = await server.app.database.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('runs every mutation in one transaction, except the auth calls that must record failures', () => {
    const ownTransactions = new Set(['login', 'refreshSession']);
    const storage = getMetadataStorage();
    const middlewares = new Set(
      storage.middlewares
        .filter((entry) => entry.middlewares.includes(inTransaction))
        .map((entry) => `${entry.target.name}.${entry.fieldName}`),
    );
    const unwrapped = storage.mutations
      .filter((mutation) => !ownTransactions.has(mutation.methodName))
      .filter((mutation) => !middlewares.has(`${mutation.target.name}.${mutation.methodName}`))
      .map((mutation) => mutation.methodName);
    expect(unwrapped).toEqual([]);
  });
});
