import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { serverDatabase, type DatabaseConfig } from '../config';
import { dataSourceOptions } from './database';

/**
 * Developer tool: writes a migration for MySQL/MariaDB and one for SQLite holding whatever the
 * entities have that the existing migrations do not create.
 *   pnpm --filter @dealflow/server migration:generate AddDeals
 * Needs MariaDB or MySQL at MIGRATION_MYSQL_URL (default mariadb://root@127.0.0.1:3306).
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name');
  const timestamp = Date.now();
  const server = process.env.MIGRATION_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306';
  const scratch = `dealflow_migration_${timestamp}`;
  const admin = await createConnection(server);
  await admin.query(`CREATE DATABASE ${scratch}`);
  try {
    await generate(serverDatabase(`${server}/${scratch}`), 'mysql', name, timestamp);
  } finally {
    await admin.query(`DROP DATABASE ${scratch}`);
    await admin.end();
  }
  await generate({ type: 'sqlite', file: path.join(tmpdir(), `${scratch}.sqlite`) }, 'sqlite', name, timestamp);
}

async function generate(config: DatabaseConfig, folder: string, name: string, timestamp: number): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(config));
  await dataSource.initialize();
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  if (sql.upQueries.length === 0) {
    console.log(`${folder}: entities and migrations already match`);
    return;
  }
  const className = `${name}${timestamp}`;
  const quote = (query: string) => '`' + query.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
  const lines = (queries: { query: string }[]) => queries.map((q) => `    await runner.query(${quote(q.query)});`).join('\n');
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(runner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(runner: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`;
  const dir = path.resolve(__dirname, '../../src/database/migrations', folder);
  const file = `${timestamp}-${name}`;
  writeFileSync(path.join(dir, `${file}.ts`), source);
  const indexPath = path.join(dir, 'index.ts');
  const index = readFileSync(indexPath, 'utf8');
  const exportName = `${folder}Migrations`;
  const entries = [...index.matchAll(/import \{ (\w+) \} from '(.+)';/g)].map((m) => ({ cls: m[1]!, from: m[2]! }));
  entries.push({ cls: className, from: `./${file}` });
  writeFileSync(
    indexPath,
    `${entries.map((e) => `import { ${e.cls} } from '${e.from}';`).join('\n')}\n\n` +
      `/** In order of creation; applied at start. */\nexport const ${exportName} = [${entries.map((e) => e.cls).join(', ')}];\n`,
  );
  console.log(`${folder}: wrote ${file}.ts (${sql.upQueries.length} statements)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
