import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { createApp, type App } from '../src/app';
import { loadConfig, serverDatabase, type DatabaseConfig } from '../src/config';
import { hashPassword } from '../src/auth/password';
import { Random } from '../src/database/seed/random';
import { seedSalesData, type SeedScale } from '../src/database/seed/sales-data';
import { JobTitle, User } from '../src/modules/users/user.entity';
import { RequestContext } from '../src/tenancy/request-context';
import { Role } from '../src/tenancy/roles';
import { startFloorServer } from './floor';

/**
 * `pnpm bench`: the pipeline board and a filtered deals page over HTTP, against a tenant with
 * 10,000 deals and 50,000 activities among 10 other tenants, on SQLite and on MariaDB/MySQL;
 * and the same data from hand-written SQL as the floor. Prints p50/p99 and statements.
 */
const MAIN: SeedScale = { organizations: 1_000, contacts: 3_000, leads: 5_000, deals: 10_000, activities: 50_000 };
const NOISE: SeedScale = { organizations: 100, contacts: 300, leads: 500, deals: 1_000, activities: 5_000 };
const NOISE_TENANTS = Number(process.env.BENCH_NOISE ?? 10);
const WARMUP = 20;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const PASSWORD = 'benchmark password';

interface Row {
  database: string;
  name: string;
  p50: number;
  p99: number;
  statements: number;
  floorP50: number;
  floorP99: number;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const only = process.env.BENCH_DATABASE; // sqlite | mariadb; both when unset
  if (only !== 'mariadb') {
    rows.push(...(await benchDatabase('sqlite', { type: 'sqlite', file: path.join(tmpdir(), `dealflow-bench-${Date.now()}.sqlite`) })));
  }
  if (only === 'sqlite') {
    print(rows);
    return;
  }
  const mysqlUrl = process.env.BENCH_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306';
  const scratch = `dealflow_bench_${Date.now()}`;
  try {
    const admin = await createConnection(mysqlUrl);
    await admin.query(`CREATE DATABASE ${scratch}`);
    await admin.end();
  } catch (error) {
    console.log(`MariaDB/MySQL not reachable at ${mysqlUrl} (${(error as Error).message}); its rows are skipped.`);
    print(rows);
    return;
  }
  try {
    rows.push(...(await benchDatabase('mariadb', serverDatabase(`${mysqlUrl}/${scratch}`))));
  } finally {
    const admin = await createConnection(mysqlUrl);
    await admin.query(`DROP DATABASE ${scratch}`);
    await admin.end();
  }
  print(rows);
}

async function benchDatabase(label: string, database: DatabaseConfig): Promise<Row[]> {
  // No outbox dispatcher or jobs: the statements counted per request are the request's own.
  const config = { ...loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'bench-secret', PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'off', OUTBOX_DISPATCH: 'off', TASK_NOTICE_INTERVAL_MS: '0' }), database };
  const app = await createApp(config);
  try {
    const started = Date.now();
    const main = await seedTenant(app, 'Bench Main', MAIN, 1);
    for (let i = 0; i < NOISE_TENANTS; i++) await seedTenant(app, `Noise ${i}`, NOISE, 100 + i);
    console.log(`${label}: seeded ${MAIN.deals + NOISE.deals * NOISE_TENANTS} deals and ${MAIN.activities + NOISE.activities * NOISE_TENANTS} activities in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const url = await app.listen();
    const token = await login(url, main.email);
    const floor = await startFloorServer(app.database.dataSource, main.tenantId);
    try {
      const graphql = (query: string, variables: Record<string, unknown>) => post(url, token, query, variables);
      const board = await measure(app, () => graphql(BOARD, { p: main.pipelineId, first: 20 }));
      const boardFloor = await measure(app, () => get(`${floor.url}/board?pipelineId=${main.pipelineId}&first=20`));
      const page = await measure(app, () => graphql(DEALS, { owner: main.sellerId }));
      const pageFloor = await measure(app, () => get(`${floor.url}/deals?ownerId=${main.sellerId}&first=50`));
      return [
        { database: label, name: 'pipeline board (9 columns × 20 cards)', ...board, floorP50: boardFloor.p50, floorP99: boardFloor.p99 },
        { database: label, name: 'deals page (50, filtered by owner + open)', ...page, floorP50: pageFloor.p50, floorP99: pageFloor.p99 },
      ];
    } finally {
      await floor.close();
    }
  } finally {
    await app.close();
    if (database.type === 'sqlite') for (const suffix of ['', '-wal', '-shm']) rmSync(database.file + suffix, { force: true });
  }
}

async function seedTenant(app: App, company: string, scale: SeedScale, seed: number) {
  const email = `owner@${company.toLowerCase().replace(/\W+/g, '-')}.bench`;
  return app.database.transaction(async (manager) => {
    const session = await app.services.auth.signup(manager, { companyName: company, name: 'Bench Owner', email, password: PASSWORD });
    const ctx = RequestContext.asOwner(manager, session.tenant.id, session.user.id);
    const passwordHash = await hashPassword(PASSWORD);
    const team = await ctx.data.repo(User).insertMany(
      Array.from({ length: 8 }, (_, index) => ({
        name: `Seller ${index}`, email: `seller${index}@${company.toLowerCase().replace(/\W+/g, '-')}.bench`,
        role: Role.REP, jobTitle: JobTitle.ACCOUNT_EXECUTIVE, passwordHash, active: true, lastLoginAt: null,
      })),
    );
    await seedSalesData(ctx, new Random(seed), scale, team.map((user) => user.id));
    const pipeline = await app.services.pipelines.getDefault(ctx);
    return { email, tenantId: session.tenant.id, pipelineId: pipeline.id, sellerId: team[0]!.id };
  });
}

async function measure(app: App, call: () => Promise<void>): Promise<{ p50: number; p99: number; statements: number }> {
  for (let i = 0; i < WARMUP; i++) await call();
  const times: number[] = [];
  const before = app.database.queries.total;
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await call();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const statements = (app.database.queries.total - before) / RUNS;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p99: at(0.99), statements };
}

async function login(url: string, email: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, variables: { i: { email, password: PASSWORD } } }),
  });
  const body = (await response.json()) as { data: { login: { accessToken: string } } };
  return body.data.login.accessToken;
}

async function post(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

async function get(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(await response.text());
  await response.arrayBuffer();
}

const BOARD = `query($p: ID!, $first: Int!) { pipelineBoard(pipelineId: $p) {
  sum { amountMinor currency } weightedSum { amountMinor }
  columns { stage { id name probability } count sum { amountMinor } weightedSum { amountMinor }
    deals(first: $first) { edges { node { id title position amount { amountMinor currency } owner { name } organization { name } contact { name } } } } } } }`;

const DEALS = `query($owner: ID!) { deals(first: 50, filter: { ownerId: $owner, status: [OPEN] }, orderBy: { field: UPDATED_AT, direction: DESC }) {
  edges { node { id title amount { amountMinor currency } stage { name } owner { name } organization { name } contact { name } } } } }`;

function print(rows: Row[]): void {
  const fmt = (n: number) => n.toFixed(2).padStart(8);
  console.log(`\n${RUNS} sequential requests each, after ${WARMUP} warm-up; milliseconds, whole HTTP round trip on loopback.`);
  console.log(`${'database'.padEnd(9)} ${'request'.padEnd(42)} ${'p50'.padStart(8)} ${'p99'.padStart(8)} ${'stmts'.padStart(6)} ${'floor p50'.padStart(10)} ${'floor p99'.padStart(10)} ${'p50 ratio'.padStart(10)}`);
  for (const row of rows) {
    console.log(
      `${row.database.padEnd(9)} ${row.name.padEnd(42)} ${fmt(row.p50)} ${fmt(row.p99)} ${row.statements.toFixed(1).padStart(6)} ${fmt(row.floorP50).padStart(10)} ${fmt(row.floorP99).padStart(10)} ${(row.p50 / row.floorP50).toFixed(2).padStart(10)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
