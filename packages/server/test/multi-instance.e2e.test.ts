import { createConnection } from 'mysql2/promise';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../src/common/ids';
import { ACCEPT, BOARD, CREATE_DEAL as CREATE, createTestDatabase, GraphqlClient, INVITE, MOVE_DEAL as MOVE, PIPELINE, SIGNUP } from './harness';
import { LiveClient, type LiveSubscription } from './live-client';
import { buildServer, freePort, ProcessGroup, type ServerProcess } from './server-process';

const ON_PIPELINE = `subscription($p: ID!, $after: Int) { pipelineEvents(pipelineId: $p, after: $after) { sequence type subjectId payload actor { id } } }`;

const MYSQL_URL = process.env.TEST_MYSQL_URL;
const SHARED_REDIS = 'redis://127.0.0.1:6379';

interface Session {
  client: GraphqlClient;
  token: string;
  userId: string;
  tenantId: string;
}

/**
 * Several real server processes (`node dist/main.js`) on one database and one Redis, as in
 * production behind a load balancer: a change made on one instance reaches live subscribers
 * on another, through Redis, or by reading the outbox when Redis or an instance fails.
 *
 * MariaDB/MySQL only (TEST_MYSQL_URL, `pnpm test:mysql`): instances can only share a server
 * database; the SQLite suite gives every server a file of its own, so there it is skipped.
 */
describe.skipIf(!MYSQL_URL)('several server instances on one database (MariaDB/MySQL only: instances must share a database)', () => {
  const processes = new ProcessGroup();
  const clients: LiveClient[] = [];
  let databaseUrl: string;
  let dropDatabase: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    await buildServer();
    const { database, drop } = await createTestDatabase();
    if (database.type === 'sqlite') throw new Error('TEST_MYSQL_URL is set, yet the harness made a SQLite database');
    databaseUrl = database.url;
    dropDatabase = drop;
  }, 90_000);

  beforeEach(({ onTestFailed }) => {
    processes.clear();
    // A failure shows what every process of the test printed (the servers' logs, Redis's).
    onTestFailed(() => {
      console.error(`Output of the processes of the failed test:\n${processes.report()}`);
    });
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
    // Kept until the next test starts: onTestFailed runs after this hook.
    await processes.stopAll();
  });

  afterAll(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
    await processes.dispose();
    await dropDatabase?.();
  });

  /** Starts an instance on the test database; start the first alone, it applies the migrations. */
  function startInstance(name: string, env: Record<string, string> = {}): Promise<ServerProcess> {
    return processes.startServer(name, {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: databaseUrl,
      REDIS_URL: SHARED_REDIS,
      // Every instance must accept the tokens of every other.
      JWT_SECRET: 'multi-instance-secret-long-enough-for-hs256',
      DEMO_DATA: 'off',
      // info, for "Redis is back".
      LOG_LEVEL: 'info',
      TASK_NOTICE_INTERVAL_MS: '0',
      OUTBOX_DISPATCH: 'on',
      ...env,
    });
  }

  async function signup(server: ServerProcess): Promise<Session> {
    const anonymous = new GraphqlClient(server.url);
    const { signup: result } = await anonymous.query<{ signup: any }>(SIGNUP, {
      input: { companyName: `Company ${newId().slice(-6)}`, name: 'Olivia Owner', email: `owner-${newId()}@example.com`, password: 'correct horse battery' },
    });
    return { client: anonymous.as(result.accessToken), token: result.accessToken, userId: result.user.id, tenantId: result.tenant.id };
  }

  async function invite(server: ServerProcess, owner: Session, role: string): Promise<Session> {
    const invited = await owner.client.query(INVITE, { input: { email: `${role.toLowerCase()}-${newId()}@example.com`, role } });
    const token = new URL(invited.inviteUser.acceptUrl).searchParams.get('token');
    const anonymous = new GraphqlClient(server.url);
    const accepted = await anonymous.query(ACCEPT, { input: { token, name: `${role} Member`, password: 'member password 123' } });
    const { accessToken, user } = accepted.acceptInvite;
    return { client: anonymous.as(accessToken), token: accessToken, userId: user.id, tenantId: owner.tenantId };
  }

  /** A new tenant signed up through `server`, with its default pipeline. */
  async function tenant(server: ServerProcess) {
    const owner = await signup(server);
    const pipeline = (await owner.client.query(PIPELINE)).pipelines.edges[0].node as { id: string; stages: { id: string; name: string }[] };
    const stage = (name: string) => pipeline.stages.find((s) => s.name === name)!.id;
    const cursor = async () => (await owner.client.query(BOARD, { p: pipeline.id })).pipelineBoard.eventCursor as number;
    return { owner, pipeline, stage, cursor };
  }

  /** The same session, talking to another instance. */
  const on = (server: ServerProcess, session: Session): GraphqlClient => new GraphqlClient(server.url, session.token);

  async function createDeal(client: GraphqlClient, title: string): Promise<{ id: string; version: number }> {
    return (await client.query(CREATE, { t: title })).createDeal;
  }

  async function moveDeal(client: GraphqlClient, id: string, version: number, stageId: string): Promise<number> {
    return (await client.query(MOVE, { id, v: version, s: stageId })).moveDeal.version as number;
  }

  /** Subscribes to a pipeline's board on `server` and waits until the server feeds it. */
  async function watchBoard(server: ServerProcess, token: string, pipelineId: string): Promise<LiveSubscription> {
    const before = (await server.health()).liveSubscribers;
    const client = new LiveClient(server.url, token);
    clients.push(client);
    const subscription = client.subscribe(ON_PIPELINE, { p: pipelineId });
    await server.waitForSubscribers(before + 1);
    return subscription;
  }

  /** Reads outbox rows straight from the database the instances share. */
  async function outboxRow(tenantId: string, sequence: number): Promise<{ type: string; dispatched_at: Date | null }> {
    const connection = await createConnection(databaseUrl);
    try {
      const [rows] = await connection.query('SELECT type, dispatched_at FROM outbox_event WHERE tenant_id = ? AND sequence = ?', [tenantId, sequence]);
      const [row] = rows as { type: string; dispatched_at: Date | null }[];
      if (!row) throw new Error(`No outbox event ${sequence} for tenant ${tenantId}`);
      return row;
    } finally {
      await connection.end();
    }
  }

  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('delivers changes made on A to subscribers on B once each, in order, and only to those who may see them', async () => {
    const a = await startInstance('A');
    const b = await startInstance('B');
    const first = await tenant(a);
    const second = await tenant(a);
    const rep = await invite(a, first.owner, 'REP');
    await first.owner.client.query(`mutation { updateTenantSettings(input: { repsSeeOwnRecordsOnly: true }) { id } }`);

    const board = await watchBoard(b, first.owner.token, first.pipeline.id);
    const repBoard = await watchBoard(b, rep.token, first.pipeline.id);
    const otherTenantsBoard = await watchBoard(b, second.owner.token, second.pipeline.id);
    const start = await first.cursor();

    // Six changes through A: a deal and five moves, each with the version the previous one returned.
    const deal = await createDeal(first.owner.client, 'Across instances');
    const route = ['Preparation', 'Approach', 'Closing', 'Approach', 'Closing'];
    let version = deal.version;
    for (const name of route) version = await moveDeal(first.owner.client, deal.id, version, first.stage(name));
    expect(version).toBe(6);

    const events = await board.waitFor(6);
    expect(events.map((e) => [e.sequence, e.type, e.subjectId, e.payload.version, e.payload.stageId])).toEqual([
      [start + 1, 'DealCreated', deal.id, 1, first.stage('Prospecting')],
      ...route.map((name, i) => [start + 2 + i, 'DealMoved', deal.id, i + 2, first.stage(name)]),
    ]);
    expect(events.every((e) => e.actor.id === first.owner.userId)).toBe(true);

    // The owner's six events have reached B's feed of the tenant; had the REP's board been given
    // any of them, they would come before the REP's own deal.
    const repsDeal = await createDeal(rep.client, 'Rep\'s own');
    const seenByRep = await repBoard.waitFor(1);
    expect(seenByRep.map((e) => [e.sequence, e.type, e.subjectId])).toEqual([[start + 7, 'DealCreated', repsDeal.id]]);
    // And the owner's board got nothing twice: the REP's deal is its seventh event.
    expect((await board.waitFor(7)).map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => start + n));
    expect(board.events[6].subjectId).toBe(repsDeal.id);

    // Everything of the first tenant has reached B; the other tenant's first event must be its own.
    const secondsDeal = await createDeal(second.owner.client, 'Other tenant');
    const seenByOtherTenant = await otherTenantsBoard.waitFor(1);
    expect(seenByOtherTenant.map((e) => [e.type, e.subjectId])).toEqual([['DealCreated', secondsDeal.id]]);
    expect([board.errors, repBoard.errors, otherTenantsBoard.errors]).toEqual([null, null, null]);
  });

  it('delivers an event whose instance crashed after the commit, once, when an instance dispatches again', async () => {
    const a = await startInstance('A', { OUTBOX_DISPATCH: 'off' });
    const b = await startInstance('B', { OUTBOX_DISPATCH: 'off' });
    const { owner, pipeline, stage, cursor } = await tenant(a);
    const deal = await createDeal(owner.client, 'Crash survivor');
    const board = await watchBoard(b, owner.token, pipeline.id);

    // The command commits on A; nobody dispatches its event.
    expect(await moveDeal(owner.client, deal.id, 1, stage('Closing'))).toBe(2);
    const moved = await cursor();
    expect(await outboxRow(owner.tenantId, moved)).toMatchObject({ type: 'DealMoved', dispatched_at: null });
    expect(await a.kill()).toMatchObject({ signal: 'SIGKILL' });

    const restarted = await startInstance('A (restarted)', { OUTBOX_DISPATCH: 'on' });
    const [delivered] = await board.waitFor(1).catch(async (error: Error) => {
      const { dispatched_at } = await outboxRow(owner.tenantId, moved);
      throw new Error(`${error.message}; the event is ${dispatched_at ? `marked dispatched (at ${dispatched_at.toISOString()}) yet never reached B` : 'still not dispatched'}`);
    });
    expect(delivered).toMatchObject({ sequence: moved, type: 'DealMoved', subjectId: deal.id, payload: { version: 2, stageId: stage('Closing') } });
    // Nothing twice: the next change is the next event the board receives.
    expect(await moveDeal(on(restarted, owner), deal.id, 2, stage('Approach'))).toBe(3);
    const events = await board.waitFor(2);
    expect(events.map((e) => [e.sequence, e.type, e.payload.version])).toEqual([
      [moved, 'DealMoved', 2],
      [moved + 1, 'DealMoved', 3],
    ]);
    // Marked in the dispatcher's transaction, which commits just after it publishes.
    const row = await until(() => outboxRow(owner.tenantId, moved), (r) => r.dispatched_at !== null, 5000, 'the event to be marked dispatched');
    expect(row.dispatched_at).toBeInstanceOf(Date);
  });

  it('keeps live updates flowing between instances through a Redis outage, and reports it', async () => {
    const port = await freePort();
    const redisUrl = `redis://127.0.0.1:${port}`;
    const redis = await processes.startRedis('redis-server', port);
    const a = await startInstance('A', { REDIS_URL: redisUrl });
    const b = await startInstance('B', { REDIS_URL: redisUrl });
    const { owner, pipeline, stage, cursor } = await tenant(a);
    const deal = await createDeal(owner.client, 'Through the outage');
    const board = await watchBoard(b, owner.token, pipeline.id);
    for (const server of [a, b]) await server.waitForHealth((h) => h.status === 'ok' && h.eventBus === 'connected', 5000, 'Redis to be connected');
    const start = await cursor();

    await redis.kill();
    for (const server of [a, b]) await server.waitForHealth((h) => h.eventBus === 'disconnected', 5000, 'the outage to be noticed');
    // Made on A during the outage: B learns of it by reading the outbox every second.
    expect(await moveDeal(owner.client, deal.id, 1, stage('Preparation'))).toBe(2);
    const duringOutage = await board.waitFor(1, 8000);
    expect(duringOutage.map((e) => [e.sequence, e.type, e.payload.version])).toEqual([[start + 1, 'DealMoved', 2]]);
    expect(await b.health()).toMatchObject({ status: 'degraded', eventBus: 'disconnected', liveSubscribers: 1 });
    expect((await on(b, owner).query(BOARD, { p: pipeline.id })).pipelineBoard.eventCursor).toBe(start + 1);
    expect(b.stderr).toMatch(/warn \[redis\] Redis is unavailable/);

    const outputBefore = b.output.length;
    await processes.startRedis('redis-server (restarted)', port);
    await b.waitForHealth((h) => h.status === 'ok' && h.eventBus === 'connected', 10_000, 'status ok once Redis is back');
    await b.waitForOutput(/info \[redis\] Redis is back/, 5000, outputBefore);
    await a.waitForHealth((h) => h.eventBus === 'connected', 10_000, 'A to reconnect to Redis');

    expect(await moveDeal(owner.client, deal.id, 2, stage('Closing'))).toBe(3);
    const events = await board.waitFor(2);
    expect(events.map((e) => [e.sequence, e.type, e.payload.version])).toEqual([
      [start + 1, 'DealMoved', 2],
      [start + 2, 'DealMoved', 3],
    ]);
  });

  it('pays each won deal once when two instances dispatch and run plugins on the same queue', async () => {
    // Short polls, so that both instances keep reaching for the same rows.
    const fast = { PLUGIN_POLL_MS: '50', OUTBOX_POLL_MS: '50' };
    const a = await startInstance('A', fast);
    const b = await startInstance('B', fast);
    const { owner } = await tenant(a);
    const versionId = (await owner.client.query(`mutation { addBuiltInPlugin(input: { key: "affiliate-commission" }) { id } }`)).addBuiltInPlugin.id;
    const installation = (await owner.client.query(`mutation($v: ID!) { installPlugin(input: { versionId: $v, name: "Affiliates", settings: { rateBasisPoints: 1000, holdDays: 0 } }) { id } }`, { v: versionId })).installPlugin.id;
    const group = (await owner.client.query(`mutation($i: ID!) { createPartnerGroup(input: { name: "Affiliates", holdDays: 0, defaultInstallationId: $i }) { id } }`, { i: installation })).createPartnerGroup.id;
    const partner = (await owner.client.query(`mutation($g: ID!) { createPartner(input: { name: "Twin Affiliates", type: AFFILIATE, groupId: $g }) { id } }`, { g: group })).createPartner.id;

    const deals = 12;
    await Promise.all(Array.from({ length: deals }, async (_, index) => {
      const client = on(index % 2 === 0 ? a : b, owner);
      const deal = (await client.query(`mutation($t: String!) { createDeal(input: { title: $t, amountMinor: 100000 }) { id } }`, { t: `Deal ${index}` })).createDeal.id;
      const { version } = (await client.query(`mutation($d: ID!, $p: ID!) { setDealAttribution(input: { dealId: $d, partnerId: $p }) { version } }`, { d: deal, p: partner })).setDealAttribution;
      await client.query(`mutation($d: ID!, $v: Int!) { winDeal(input: { id: $d, version: $v }) { id } }`, { d: deal, v: version });
    }));

    const ledger = async () => (await owner.client.query(`{ ledgerEntries(first: 100) { totalCount edges { node { amount { amountMinor } } } } pluginRuns(first: 100) { totalCount edges { node { status } } } }`));
    const settled = await until(ledger, (r) => r.ledgerEntries.totalCount >= deals && r.pluginRuns.edges.every((edge: any) => edge.node.status === 'SUCCEEDED'), 20_000, 'every deal to be paid');
    expect(settled.ledgerEntries.totalCount).toBe(deals);
    expect(settled.pluginRuns.totalCount).toBe(deals);
    expect(settled.ledgerEntries.edges.every((edge: any) => edge.node.amount.amountMinor === 10_000)).toBe(true);
  });

  it('on SIGTERM in production closes sockets with 1001, leaves nothing undispatched, and exits cleanly', async () => {
    const a = await startInstance('A', { NODE_ENV: 'production', OUTBOX_POLL_MS: '60000' });
    const b = await startInstance('B');
    const { owner, pipeline, cursor } = await tenant(a);
    const board = await watchBoard(b, owner.token, pipeline.id);
    const client = new LiveClient(a.url, owner.token);
    clients.push(client);
    client.subscribe(ON_PIPELINE, { p: pipeline.id });
    await a.waitForSubscribers(1);
    const start = await cursor();
    const deal = await createDeal(owner.client, 'Made just before the shutdown');
    const exit = a.stop('SIGTERM');
    expect(await client.waitForClose()).toMatchObject({ code: 1001 });
    expect(await exit).toEqual({ code: 0, signal: null });
    expect(a.stdout).toMatch(/SIGTERM: shutting down/);
    const [created] = await board.waitFor(1);
    expect(created).toMatchObject({ sequence: start + 1, type: 'DealCreated', subjectId: deal.id });
    expect((await outboxRow(owner.tenantId, start + 1)).dispatched_at).toBeInstanceOf(Date);
  });
});
