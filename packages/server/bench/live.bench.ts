import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { Session } from 'node:inspector';
import { connect } from 'node:net';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { createConnection } from 'mysql2/promise';
import WebSocket from 'ws';

/**
 * `pnpm bench` (after the API bench): live pipelines with real server processes on MariaDB.
 *
 * - One instance, in-process bus: 1,000 WebSocket subscribers on one pipeline; sequential
 *   moves over HTTP; latency from the mutation's response arriving to the first and to the
 *   last subscriber receiving the event. Then moves from several deals at once: events
 *   delivered per second and moves committed per second. Server RSS per idle subscribed
 *   connection.
 * - Two instances on Redis (same database): 500 subscribers on each, moves made through A.
 * - The floor (live-floor.ts): the same sockets and messages, with no database and no GraphQL.
 *
 * The subscribers are raw `ws` sockets speaking graphql-transport-ws in this process (the
 * clients share the machine with the servers, so they only look for the event's cursor).
 * `node dist/main.js` must be built first (the bench script does it). A fresh database is
 * created for the run and dropped at the end; every server process is stopped, also on failure.
 *
 * BENCH_LIVE_SUBSCRIBERS (1000), BENCH_LIVE_MOVES (100), BENCH_LIVE_BURST (2000 moves) and
 * BENCH_LIVE_SECONDS (15, whichever ends first), BENCH_LIVE_CONCURRENCY (8 deals at once),
 * BENCH_LIVE_TOPOLOGY (one,two,floor), BENCH_MYSQL_URL, BENCH_REDIS_URL, BENCH_LIVE_CPU_PROF (a folder).
 */
const SUBSCRIBERS = Number(process.env.BENCH_LIVE_SUBSCRIBERS ?? 1_000);
const MOVES = Number(process.env.BENCH_LIVE_MOVES ?? 100);
const WARMUP_MOVES = 10;
/** The throughput phase: this many moves, or fewer if BENCH_LIVE_SECONDS runs out first. */
const BURST_MOVES = Number(process.env.BENCH_LIVE_BURST ?? 2_000);
const BURST_SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 15);
const BURST_CONCURRENCY = Number(process.env.BENCH_LIVE_CONCURRENCY ?? 8);
/** one: one instance; two: two instances on Redis; floor: live-floor.ts, fan-out without the server. */
const TOPOLOGIES = (process.env.BENCH_LIVE_TOPOLOGY ?? 'one,two,floor').split(',');
/** When set, the servers and this process write V8 CPU profiles of the measured phases here (see cpu-profile.ts). */
const CPU_PROF_DIR = process.env.BENCH_LIVE_CPU_PROF;
const MYSQL_URL = process.env.BENCH_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CONNECT_BATCH = 50;
const SETTLE_MS = 5_000;
const TARGET_P99_MS = 100;
const TARGET_KB_PER_CONNECTION = 50;
const MAIN_JS = path.resolve(__dirname, '../../dist/main.js');
const FLOOR_JS = path.join(__dirname, 'live-floor.js');
const PASSWORD = 'live benchmark password';
const JWT_SECRET = 'live-bench-secret-that-is-long-enough-for-hs256';

const SIGNUP = `mutation($input: SignupInput!) { signup(input: $input) { accessToken } }`;
const PIPELINES = `{ pipelines(first: 10) { edges { node { id isDefault stages { id kind position } } } } }`;
const CREATE = `mutation($t: String!, $p: ID!) { createDeal(input: { title: $t, pipelineId: $p }) { id version stage { id } } }`;
const MOVE = `mutation($id: ID!, $v: Int!, $s: ID!) { moveDeal(input: { id: $id, version: $v, stageId: $s }) { version } }`;
const CURSOR = `query($p: ID!) { pipelineBoard(pipelineId: $p) { eventCursor } }`;
const ON_PIPELINE = `subscription($p: ID!) { pipelineEvents(pipelineId: $p) { sequence type subjectId payload } }`;

interface Row {
  scenario: string;
  subscribers: number;
  lastP50: number;
  lastP99: number;
  firstP50: number;
  eventsPerSecond: number;
  movesPerSecond: number;
  kbPerConnection: number;
  /** A per-instance breakdown or the floor: the targets do not apply. */
  noTargets?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Server processes and the scratch database, cleaned up whatever happens.

interface ServerProcess {
  name: string;
  port: number;
  child: ChildProcess;
  stopping: boolean;
}

const children = new Set<ChildProcess>();
let scratchDatabase: string | null = null;

function serverEnv(database: string, redis: boolean): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['REDIS_URL', 'SQLITE_FILE', 'PUBLIC_URL', 'OUTBOX_DISPATCH', 'LIVE_MAX_QUEUED']) delete env[name];
  return {
    ...env,
    NODE_ENV: 'production',
    JWT_SECRET,
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: `${MYSQL_URL}/${database}`,
    DEMO_DATA: 'off',
    LOG_LEVEL: 'warn',
    ...(redis ? { REDIS_URL } : {}),
  };
}

async function startServer(name: string, env: NodeJS.ProcessEnv, profileName: string, script = MAIN_JS): Promise<ServerProcess> {
  const flags = CPU_PROF_DIR ? ['-r', path.join(__dirname, 'cpu-profile.js')] : [];
  const profileEnv = CPU_PROF_DIR ? { BENCH_CPU_PROFILE_DIR: CPU_PROF_DIR, BENCH_CPU_PROFILE_NAME: profileName } : {};
  const child = spawn(process.execPath, [...flags, script], { env: { ...env, ...profileEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const tail: string[] = [];
  let listening = false;
  const server: ServerProcess = { name, port: 0, child, stopping: false };
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
  };
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server ${name} did not start within 60 s:\n${tail.join('\n')}`)), 60_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = / on http:\/\/[^/]*:(\d+)\/graphql/.exec(line);
      if (match && !listening) {
        listening = true;
        clearTimeout(timer);
        resolve(Number(match[1]));
      } else if (!/shutting down/.test(line)) {
        remember(line);
      }
    });
    createInterface({ input: child.stderr! }).on('line', (line) => {
      remember(line);
      if (listening) console.error(`[server ${name}] ${line}`);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!listening) reject(new Error(`server ${name} exited (${code ?? signal}) before listening:\n${tail.join('\n')}`));
      else if (!server.stopping) console.error(`[server ${name}] exited unexpectedly (${code ?? signal})`);
    });
  });
  server.port = port;
  return server;
}

/** SIGTERM (main.ts shuts down), then SIGKILL if it takes too long. */
async function stopServer(server: ServerProcess): Promise<void> {
  const { child } = server;
  server.stopping = true;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

function killChildren(): void {
  for (const child of children) child.kill('SIGKILL');
}

async function dropScratch(): Promise<void> {
  if (!scratchDatabase) return;
  const name = scratchDatabase;
  scratchDatabase = null;
  const admin = await createConnection(MYSQL_URL);
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.end();
}

function rssKb(server: ServerProcess): number {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
  if (!match) throw new Error(`no VmRSS for ${server.name}`);
  return Number(match[1]);
}

// ---------------------------------------------------------------------------------------------
// HTTP: GraphQL over a keep-alive agent, timing when the response arrives.

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function graphql<T>(server: ServerProcess, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<{ data: T; arrivedAt: number }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query, variables });
    const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    if (token) headers.authorization = `Bearer ${token}`;
    const request = httpRequest({ host: '127.0.0.1', port: server.port, path: '/graphql', method: 'POST', agent, headers }, (response) => {
      const arrivedAt = performance.now();
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        try {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: T; errors?: unknown[] };
          if (parsed.errors || !parsed.data) reject(new Error(`GraphQL errors from ${server.name}: ${JSON.stringify(parsed.errors)}`));
          else resolve({ data: parsed.data, arrivedAt });
        } catch (error) {
          reject(error as Error);
        }
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

function health(server: ServerProcess): Promise<{ liveConnections: number; liveSubscribers: number }> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port: server.port, path: '/health', agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { liveConnections: number; liveSubscribers: number });
        } catch (error) {
          reject(error as Error);
        }
      });
    }).on('error', reject).end();
  });
}

async function untilSubscribed(server: ServerProcess, subscribers: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { liveSubscribers } = await health(server);
    if (liveSubscribers === subscribers) return;
    if (Date.now() > deadline) throw new Error(`server ${server.name} has ${liveSubscribers} live subscribers, expected ${subscribers}`);
    await sleep(50);
  }
}

// ---------------------------------------------------------------------------------------------
// The tenant: one owner, one pipeline, deals to move.

interface Deal {
  id: string;
  version: number;
  stage: number;
}

interface Tenant {
  token: string;
  pipelineId: string;
  stages: string[];
  deals: Deal[];
}

async function setupTenant(server: ServerProcess, label: string, deals: number): Promise<Tenant> {
  const email = `owner-${label}-${Date.now()}@live.bench`;
  const { data } = await graphql<{ signup: { accessToken: string } }>(server, null, SIGNUP, {
    input: { companyName: `Live bench ${label}`, name: 'Bench Owner', email, password: PASSWORD },
  });
  const token = data.signup.accessToken;
  type Pipelines = { pipelines: { edges: Array<{ node: { id: string; isDefault: boolean; stages: Array<{ id: string; kind: string; position: number }> } }> } };
  const pipelines = (await graphql<Pipelines>(server, token, PIPELINES)).data.pipelines.edges.map((edge) => edge.node);
  const pipeline = pipelines.find((p) => p.isDefault) ?? pipelines[0]!;
  const stages = pipeline.stages.filter((stage) => stage.kind === 'OPEN').sort((a, b) => a.position - b.position).map((stage) => stage.id);
  const created: Deal[] = [];
  for (let i = 0; i < deals; i++) {
    type Created = { createDeal: { id: string; version: number; stage: { id: string } } };
    const deal = (await graphql<Created>(server, token, CREATE, { t: `Live deal ${i}`, p: pipeline.id })).data.createDeal;
    created.push({ id: deal.id, version: deal.version, stage: Math.max(0, stages.indexOf(deal.stage.id)) });
  }
  return { token, pipelineId: pipeline.id, stages, deals: created };
}

/** Moves the deal to the next open stage; resolves with when the response arrived. */
async function move(server: ServerProcess, tenant: Tenant, deal: Deal): Promise<number> {
  const stage = (deal.stage + 1) % tenant.stages.length;
  const { data, arrivedAt } = await graphql<{ moveDeal: { version: number } }>(server, tenant.token, MOVE, { id: deal.id, v: deal.version, s: tenant.stages[stage] });
  deal.version = data.moveDeal.version;
  deal.stage = stage;
  return arrivedAt;
}

async function eventCursor(server: ServerProcess, tenant: Tenant): Promise<number> {
  return (await graphql<{ pipelineBoard: { eventCursor: number } }>(server, tenant.token, CURSOR, { p: tenant.pipelineId })).data.pipelineBoard.eventCursor;
}

// ---------------------------------------------------------------------------------------------
// The subscribers: raw graphql-transport-ws sockets that note when each cursor arrived.

const SEQUENCE = Buffer.from('"sequence":');

interface Arrival {
  count: number;
  first: number;
  last: number;
  /** Per group (instance): how many, first and last arrival. */
  groupCount: number[];
  groupFirst: number[];
  groupLast: number[];
}

class Audience {
  readonly sockets: WebSocket[] = [];
  /** Events each socket received. */
  readonly received: number[] = [];
  readonly groupSizes: number[];
  readonly arrivals = new Map<number, Arrival>();
  readonly failures: string[] = [];
  total = 0;
  lastAt = 0;
  private closing = false;
  private waiter: { done: () => boolean; resolve: () => void; reject: (error: Error) => void } | null = null;

  constructor(readonly groups: number) {
    this.groupSizes = new Array<number>(groups).fill(0);
  }

  /** Opens `count` sockets to `server` in batches, each subscribing to the pipeline once acknowledged. */
  async open(server: ServerProcess, group: number, count: number, token: string, pipelineId: string): Promise<void> {
    const subscribe = JSON.stringify({ id: '1', type: 'subscribe', payload: { query: ON_PIPELINE, variables: { p: pipelineId } } });
    const init = JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    for (let opened = 0; opened < count; opened += CONNECT_BATCH) {
      const batch = Math.min(CONNECT_BATCH, count - opened);
      await Promise.all(Array.from({ length: batch }, () => this.openOne(server, group, init, subscribe)));
    }
  }

  private openOne(server: ServerProcess, group: number, init: string, subscribe: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const index = this.sockets.length;
      const socket = new WebSocket(`ws://127.0.0.1:${server.port}/graphql`, 'graphql-transport-ws', { perMessageDeflate: false });
      this.sockets.push(socket);
      this.received.push(0);
      this.groupSizes[group]!++;
      let acknowledged = false;
      const timer = setTimeout(() => reject(new Error(`socket ${index} to ${server.name}: no connection_ack within 30 s`)), 30_000);
      socket.on('open', () => socket.send(init));
      socket.on('message', (data: Buffer) => {
        if (acknowledged) {
          this.receive(index, group, data);
          return;
        }
        const message = JSON.parse(data.toString('utf8')) as { type: string };
        clearTimeout(timer);
        if (message.type !== 'connection_ack') {
          reject(new Error(`socket ${index} to ${server.name}: expected connection_ack, got ${data.toString('utf8')}`));
          return;
        }
        acknowledged = true;
        socket.send(subscribe);
        resolve();
      });
      socket.on('close', (code, reason) => {
        clearTimeout(timer);
        if (!acknowledged) reject(new Error(`socket ${index} to ${server.name} closed before connection_ack: ${code} ${reason.toString()}`));
        else if (!this.closing) this.fail(`socket ${index} to ${server.name} closed: ${code} ${reason.toString()}`);
      });
      socket.on('error', (error) => {
        if (!acknowledged) reject(error);
        else this.fail(`socket ${index} to ${server.name}: ${error.message}`);
      });
    });
  }

  /** The hot path: the cursor is read from the bytes, nothing else is parsed. */
  private receive(index: number, group: number, data: Buffer): void {
    const now = performance.now();
    const at = data.indexOf(SEQUENCE);
    if (at < 0) {
      this.other(index, data);
      return;
    }
    let sequence = 0;
    for (let i = at + SEQUENCE.length; i < data.length; i++) {
      const c = data[i]!;
      if (c < 48 || c > 57) break;
      sequence = sequence * 10 + c - 48;
    }
    this.received[index]!++;
    this.total++;
    this.lastAt = now;
    let arrival = this.arrivals.get(sequence);
    if (!arrival) {
      arrival = {
        count: 0, first: now, last: now,
        groupCount: new Array<number>(this.groups).fill(0), groupFirst: new Array<number>(this.groups).fill(NaN), groupLast: new Array<number>(this.groups).fill(NaN),
      };
      this.arrivals.set(sequence, arrival);
    }
    arrival.count++;
    arrival.last = now;
    if (arrival.groupCount[group]!++ === 0) arrival.groupFirst[group] = now;
    arrival.groupLast[group] = now;
    if (this.waiter?.done()) {
      const { resolve } = this.waiter;
      this.waiter = null;
      resolve();
    }
  }

  private other(index: number, data: Buffer): void {
    const message = JSON.parse(data.toString('utf8')) as { type: string; payload?: unknown };
    if (message.type === 'ping') this.sockets[index]!.send(JSON.stringify({ type: 'pong' }));
    else if (message.type !== 'pong') this.fail(`socket ${index}: ${data.toString('utf8').slice(0, 300)}`);
  }

  /** A subscriber lost (closed, errored, refused): noted, and whoever waits is told at once. */
  private fail(failure: string): void {
    this.failures.push(failure);
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.reject(new Error(`subscriber failed: ${failure}`));
  }

  /** Resolves when `done()` holds (checked on every event), or fails after `timeoutMs`. */
  until(done: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what()}${this.failures.length ? `; failures: ${this.failures.slice(0, 5).join(' | ')}` : ''}`));
      }, timeoutMs);
      this.waiter = {
        done,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.sockets.map((socket) => new Promise<void>((resolve) => {
      if (socket.readyState === WebSocket.CLOSED) {
        resolve();
        return;
      }
      const timer = setTimeout(() => {
        socket.terminate();
        resolve();
      }, 5_000);
      socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.close(1000);
    })));
  }
}

// ---------------------------------------------------------------------------------------------
// The phases.

interface Latencies {
  last: number[];
  first: number[];
  groupLast: number[][];
  groupFirst: number[][];
}

/** Sequential moves of one deal; each waits until every subscriber has the event. */
async function latencies(audience: Audience, via: ServerProcess, tenant: Tenant, moves: number, startCursor: number): Promise<{ latencies: Latencies; cursor: number }> {
  const result: Latencies = { last: [], first: [], groupLast: [], groupFirst: [] };
  for (let g = 0; g < audience.groups; g++) {
    result.groupLast.push([]);
    result.groupFirst.push([]);
  }
  const subscribers = audience.sockets.length;
  const deal = tenant.deals[0]!;
  let cursor = startCursor;
  for (let i = 0; i < moves; i++) {
    const sequence = ++cursor;
    const arrivedAt = await move(via, tenant, deal);
    await audience.until(() => (audience.arrivals.get(sequence)?.count ?? 0) >= subscribers, 15_000,
      () => `event ${sequence} at all ${subscribers} subscribers (got ${audience.arrivals.get(sequence)?.count ?? 0})`);
    const arrival = audience.arrivals.get(sequence)!;
    result.last.push(arrival.last - arrivedAt);
    result.first.push(arrival.first - arrivedAt);
    for (let g = 0; g < audience.groups; g++) {
      result.groupLast[g]!.push(arrival.groupLast[g]! - arrivedAt);
      result.groupFirst[g]!.push(arrival.groupFirst[g]! - arrivedAt);
    }
  }
  return { latencies: result, cursor };
}

interface Throughput {
  committed: number;
  movesPerSecond: number;
  delivered: number;
  eventsPerSecond: number;
  expected: number;
}

/** Moves from several deals at once for a while; counts moves committed and events delivered. */
async function throughput(audience: Audience, via: ServerProcess, tenant: Tenant): Promise<Throughput> {
  const subscribers = audience.sockets.length;
  const startTotal = audience.total;
  const start = performance.now();
  const deadline = start + BURST_SECONDS * 1000;
  let issued = 0;
  let committed = 0;
  let lastCommit = start;
  await Promise.all(tenant.deals.slice(1, 1 + BURST_CONCURRENCY).map(async (deal) => {
    while (issued < BURST_MOVES && performance.now() < deadline) {
      issued++;
      await move(via, tenant, deal);
      committed++;
      lastCommit = performance.now();
    }
  }));
  const expected = committed * subscribers;
  try {
    await audience.until(() => audience.total - startTotal >= expected, 60_000, () => `${expected} deliveries (got ${audience.total - startTotal})`);
  } catch (error) {
    console.log(`  throughput: ${(error as Error).message}`);
  }
  const delivered = audience.total - startTotal;
  return {
    committed,
    movesPerSecond: committed / ((lastCommit - start) / 1000),
    delivered,
    eventsPerSecond: delivered / ((audience.lastAt - start) / 1000),
    expected,
  };
}

type Topology =
  | { kind: 'dealflow'; database: string; redis: boolean }
  /** live-floor.ts: the same sockets and messages without the server's work. */
  | { kind: 'floor' };

/** One topology end to end: start, warm up, measure memory, latency, throughput, stop. */
async function runTopology(scenario: string, instances: Array<{ name: string; subscribers: number; label: string }>, topology: Topology): Promise<Row[]> {
  const servers: ServerProcess[] = [];
  const audiences: Audience[] = [];
  try {
    const profileKey = topology.kind === 'floor' ? 'floor' : topology.redis ? 'redis' : 'in-process';
    // One at a time: each runs the migrations at start.
    for (const instance of instances) {
      servers.push(topology.kind === 'floor'
        ? await startServer(instance.name, { ...process.env }, `live-${profileKey}`, FLOOR_JS)
        : await startServer(instance.name, serverEnv(topology.database, topology.redis), `live-${profileKey}-${instance.name}`));
    }
    const via = servers[0]!;
    const tenant = topology.kind === 'floor'
      ? { token: 'floor', pipelineId: 'floor', stages: ['a', 'b'], deals: Array.from({ length: 1 + BURST_CONCURRENCY }, (_, i) => ({ id: `deal-${i}`, version: 1, stage: 0 })) }
      : await setupTenant(via, instances.map((i) => i.name).join(''), 1 + BURST_CONCURRENCY);
    const cursorNow = (seen: Audience) => (topology.kind === 'floor' ? Math.max(0, ...seen.arrivals.keys()) : eventCursor(via, tenant));
    const total = instances.reduce((sum, instance) => sum + instance.subscribers, 0);

    // Warm up every server's subscription path (graphql-ws, the feed, the bus) before measuring memory.
    const warm = new Audience(servers.length);
    audiences.push(warm);
    for (const [g, server] of servers.entries()) {
      await warm.open(server, g, 5, tenant.token, tenant.pipelineId);
      await untilSubscribed(server, 5);
    }
    let cursor = await cursorNow(warm);
    for (let i = 0; i < 3; i++) {
      const sequence = ++cursor;
      await move(via, tenant, tenant.deals[0]!);
      await warm.until(() => (warm.arrivals.get(sequence)?.count ?? 0) >= warm.sockets.length, 15_000, () => `warm-up event ${sequence}`);
    }
    await warm.close();
    for (const server of servers) await untilSubscribed(server, 0);
    await sleep(2_000);

    const before = servers.map(rssKb);
    const audience = new Audience(servers.length);
    audiences.push(audience);
    const opening = performance.now();
    for (const [g, server] of servers.entries()) await audience.open(server, g, instances[g]!.subscribers, tenant.token, tenant.pipelineId);
    for (const [g, server] of servers.entries()) await untilSubscribed(server, instances[g]!.subscribers);
    console.log(`${scenario}: ${total} subscribers connected and subscribed in ${((performance.now() - opening) / 1000).toFixed(1)} s`);
    await sleep(SETTLE_MS);
    const after = servers.map(rssKb);
    const kbPerConnection = after.reduce((sum, kb, i) => sum + kb - before[i]!, 0) / total;
    for (const [i, server] of servers.entries()) {
      console.log(`  server ${server.name}: RSS ${(before[i]! / 1024).toFixed(1)} MB before, ${(after[i]! / 1024).toFixed(1)} MB after ${instances[i]!.subscribers} idle subscribed connections`);
    }

    cursor = await cursorNow(warm);
    const warmed = await latencies(audience, via, tenant, WARMUP_MOVES, cursor);
    const profile = await startProfiles(servers);
    const measured = await latencies(audience, via, tenant, MOVES, warmed.cursor);
    const burst = await throughput(audience, via, tenant);
    await profile.stop(`live-${profileKey}-client`);
    console.log(`  throughput: ${burst.committed} moves with ${BURST_CONCURRENCY} at once through ${via.name}, ${burst.delivered} of ${burst.expected} deliveries`);

    // Every subscriber must have had every event once.
    const each = WARMUP_MOVES + MOVES + burst.committed;
    const wrong = audience.received.filter((n) => n !== each).length;
    if (wrong > 0) console.log(`  WARNING: ${wrong} of ${total} subscribers did not receive exactly ${each} events`);
    if (audience.failures.length > 0) console.log(`  WARNING: ${audience.failures.length} socket failures, e.g. ${audience.failures.slice(0, 3).join(' | ')}`);

    const { latencies: l } = measured;
    const rows: Row[] = [{
      scenario,
      subscribers: total,
      lastP50: percentile(l.last, 0.5),
      lastP99: percentile(l.last, 0.99),
      firstP50: percentile(l.first, 0.5),
      eventsPerSecond: burst.eventsPerSecond,
      movesPerSecond: burst.movesPerSecond,
      kbPerConnection,
    }];
    if (servers.length > 1) {
      for (const [g, instance] of instances.entries()) {
        rows.push({
          scenario: `  of which on ${instance.label}`,
          subscribers: instance.subscribers,
          lastP50: percentile(l.groupLast[g]!, 0.5),
          lastP99: percentile(l.groupLast[g]!, 0.99),
          firstP50: percentile(l.groupFirst[g]!, 0.5),
          eventsPerSecond: NaN,
          movesPerSecond: NaN,
          kbPerConnection: (after[g]! - before[g]!) / instance.subscribers,
          noTargets: true,
        });
      }
    }
    return rows;
  } finally {
    for (const audience of audiences) await audience.close();
    for (const server of servers) await stopServer(server);
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const rows: Row[] = [];
  try {
    readFileSync(MAIN_JS);
  } catch {
    throw new Error(`${MAIN_JS} is missing: build the server first (tsc -p tsconfig.build.json)`);
  }
  if (CPU_PROF_DIR) mkdirSync(CPU_PROF_DIR, { recursive: true });
  const name = `dealflow_live_bench_${Date.now()}`;
  try {
    const admin = await createConnection(MYSQL_URL);
    await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    scratchDatabase = name;
  } catch (error) {
    console.log(`MariaDB/MySQL not reachable at ${MYSQL_URL} (${(error as Error).message}); the live bench is skipped.`);
    return;
  }
  const started = performance.now();
  const loadBefore = loadavg()[0]!;
  try {
    if (TOPOLOGIES.includes('one')) {
      rows.push(...(await runTopology('1 instance, in-process bus', [{ name: 'A', subscribers: SUBSCRIBERS, label: 'A' }], { kind: 'dealflow', database: name, redis: false })));
    }
    if (TOPOLOGIES.includes('two')) {
      if (await redisAnswers(REDIS_URL)) {
        const half = Math.floor(SUBSCRIBERS / 2);
        rows.push(...(await runTopology('2 instances, Redis, moves via A', [
          { name: 'A', subscribers: SUBSCRIBERS - half, label: 'A (local)' },
          { name: 'B', subscribers: half, label: 'B (via Redis)' },
        ], { kind: 'dealflow', database: name, redis: true })));
      } else {
        console.log(`Redis not reachable at ${REDIS_URL}; the two-instance rows are skipped.`);
      }
    }
    if (TOPOLOGIES.includes('floor')) {
      const [floor] = await runTopology('floor: bare ws fan-out', [{ name: 'floor', subscribers: SUBSCRIBERS, label: 'floor' }], { kind: 'floor' });
      rows.push({ ...floor!, noTargets: true });
    }
  } finally {
    await dropScratch();
  }
  print(rows, (performance.now() - started) / 1000, [loadBefore, loadavg()[0]!]);
}

/** With BENCH_LIVE_CPU_PROF: profiles the servers (SIGUSR2, see cpu-profile.ts) and this process. */
async function startProfiles(servers: ServerProcess[]): Promise<{ stop: (clientName: string) => Promise<void> }> {
  if (!CPU_PROF_DIR) return { stop: () => Promise.resolve() };
  const dir = CPU_PROF_DIR;
  for (const server of servers) server.child.kill('SIGUSR2');
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => {
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result)));
  });
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  return {
    async stop(clientName: string) {
      for (const server of servers) server.child.kill('SIGUSR2');
      const { profile } = (await post('Profiler.stop')) as { profile: object };
      session.disconnect();
      writeFileSync(path.join(dir, `${clientName}.cpuprofile`), JSON.stringify(profile));
      await sleep(1_000); // the servers write theirs
    },
  };
}

function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

function percentile(values: number[], q: number): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function print(rows: Row[], seconds: number, load: number[]): void {
  const num = (n: number, digits = 2, width = 8) => (Number.isNaN(n) ? '-' : n.toFixed(digits)).padStart(width);
  const int = (n: number, width: number) => (Number.isNaN(n) ? '-' : Math.round(n).toLocaleString('en-US')).padStart(width);
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED').padEnd(6);
  console.log(`\nLive pipelines on MariaDB, real server processes (${seconds.toFixed(0)} s; ${cpus().length} cores, load average ${load.map((l) => l.toFixed(1)).join(' → ')}).`);
  console.log(`Latency: ${MOVES} sequential moves over HTTP, after ${WARMUP_MOVES} warm-up,`);
  console.log(`milliseconds from the moveDeal response arriving to the first / last subscriber receiving the event (clients on the same machine).`);
  console.log(`Throughput: up to ${BURST_MOVES} moves (at most ${BURST_SECONDS} s), ${BURST_CONCURRENCY} deals moved at once through the first instance.`);
  console.log(`Memory: server RSS growth per idle subscribed connection, after ${SETTLE_MS / 1000} s to settle.`);
  console.log(`Floor: live-floor.ts, the same sockets and messages with no database and no GraphQL (one JSON.stringify, then ws.send to each).`);
  console.log(
    `${'scenario'.padEnd(32)} ${'subs'.padStart(5)} ${'last p50'.padStart(8)} ${'last p99'.padStart(8)} ${'target'.padEnd(11)} ${'first p50'.padStart(9)} `
    + `${'events/s'.padStart(9)} ${'moves/s'.padStart(8)} ${'KB/conn'.padStart(8)} ${'target'.padEnd(10)}`,
  );
  for (const row of rows) {
    const p99Target = row.noTargets ? ''.padEnd(11) : `<${TARGET_P99_MS} ${verdict(row.lastP99 < TARGET_P99_MS)}`;
    const kbTarget = row.noTargets ? '' : `<${TARGET_KB_PER_CONNECTION} ${verdict(row.kbPerConnection < TARGET_KB_PER_CONNECTION)}`;
    console.log(
      `${row.scenario.padEnd(32)} ${String(row.subscribers).padStart(5)} ${num(row.lastP50)} ${num(row.lastP99)} ${p99Target} ${num(row.firstP50, 2, 9)} `
      + `${int(row.eventsPerSecond, 9)} ${num(row.movesPerSecond, 1)} ${num(row.kbPerConnection, 1)} ${kbTarget}`,
    );
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`${signal}: stopping the servers and dropping the scratch database`);
    killChildren();
    dropScratch().finally(() => process.exit(130));
  });
}
process.once('exit', killChildren);

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    killChildren();
    agent.destroy();
  });
