// Runs a command with TEST_MYSQL_URL pointing at MariaDB/MySQL, after checking that the
// server answers. It never falls back to SQLite: an unreachable database is a failure.
import { spawnSync } from 'node:child_process';
import { createConnection } from 'mysql2/promise';

const url = process.env.TEST_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306';
try {
  const connection = await createConnection(url);
  const [rows] = await connection.query('SELECT VERSION() AS version');
  console.log(`Testing against MySQL/MariaDB ${rows[0].version} at ${url.replace(/\/\/[^@]*@/, '//')}`);
  await connection.end();
} catch (error) {
  console.error(`Cannot reach MySQL/MariaDB at ${url}: ${error.message}`);
  process.exit(1);
}
const [command, ...args] = process.argv.slice(2);
const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, TEST_MYSQL_URL: url }, shell: false });
process.exit(result.status ?? 1);
