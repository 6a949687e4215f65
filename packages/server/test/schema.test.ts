import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/database';
import { inTransaction } from '../src/graphql/command';
import { createTestDatabase, startTestServer, type TestServer } from './harness';

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
    // A second database built straight from the entities must have the very same DDL.
    const { database, drop } = await createTestDatabase();
    const synchronized = new DataSource({ ...dataSourceOptions(database), migrations: [], synchronize: true });
    await synchronized.initialize();
    try {
      expect(await describeSchema(server.app.database.dataSource)).toEqual(await describeSchema(synchronized));
      // (Column order is ignored: a column added by a later migration comes last in its table.)
    } finally {
      await synchronized.destroy();
      await drop();
    }
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

/** Every table's and index's DDL as the database itself reports it, in name order. */
async function describeSchema(dataSource: DataSource): Promise<string[]> {
  if (dataSource.options.type === 'better-sqlite3') {
    const rows = (await dataSource.query(
      "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' AND name <> 'migrations' ORDER BY name",
    )) as Array<{ sql: string }>;
    return rows.map((row) => unordered(row.sql));
  }
  const tables = (await dataSource.query('SHOW TABLES')) as Array<Record<string, string>>;
  const names = tables.map((row) => Object.values(row)[0]!).filter((name) => name !== 'migrations').sort();
  const ddl: string[] = [];
  for (const name of names) {
    const [row] = (await dataSource.query(`SHOW CREATE TABLE \`${name}\``)) as Array<Record<string, string>>;
    ddl.push(unordered(row!['Create Table']!));
  }
  return ddl;
}

/** A CREATE statement with the parts inside its outer parentheses sorted. */
function unordered(ddl: string): string {
  const open = ddl.indexOf('(');
  const close = ddl.lastIndexOf(')');
  if (open < 0 || close < open) return ddl;
  const parts: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let index = open + 1; index < close; index++) {
    const char = ddl[index];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(ddl.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(ddl.slice(start, close).trim());
  return `${ddl.slice(0, open)}(${parts.sort().join(', ')})${ddl.slice(close + 1)}`;
}
