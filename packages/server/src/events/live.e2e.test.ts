import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOARD, CREATE_DEAL as CREATE, MOVE_DEAL as MOVE, PIPELINE, startTestServer, type TenantSession, type TestServer } from '../../test/harness';
import { LiveClient, rawConnect } from '../../test/live-client';
import { pruneOldEvents } from '../jobs/event-retention';
import { OutboxEvent } from './outbox-event.entity';

const ON_PIPELINE = `subscription($p: ID!, $after: Int) { pipelineEvents(pipelineId: $p, after: $after) {
  sequence type subjectId payload actor { id } deal { title owner { id } } } }`;
const ON_DEAL = `subscription($id: ID!) { dealEvents(id: $id) { sequence type subjectId payload } }`;
const NOTIFICATIONS = `subscription { myNotifications { sequence type subjectId payload actor { id } } }`;
const JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256';

describe('live subscriptions over graphql-ws', () => {
  let server: TestServer;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await server.close();
  });

  function live(token: string | null): LiveClient {
    const client = new LiveClient(server.url, token);
    clients.push(client);
    return client;
  }

  async function tenant() {
    const owner = await server.signup();
    const pipeline = (await owner.client.query(PIPELINE)).pipelines.edges[0].node;
    const stage = (name: string) => pipeline.stages.find((s: any) => s.name === name).id as string;
    const create = async (session: { client: TenantSession['client'] }, title: string, ownerId?: string) =>
      (await session.client.query(CREATE, { t: title, o: ownerId })).createDeal as { id: string; version: number };
    return { owner, pipeline, stage, create };
  }

  /** Subscribers counted on the server, so a test changes things only once they listen. */
  const subscribed = () => server.app.live.hub.stats().subscribers;

  async function watch(token: string, query: string, variables: Record<string, unknown>) {
    const before = subscribed();
    const subscription = live(token).subscribe(query, variables);
    await subscription.ready(server.app.live, before + 1);
    return subscription;
  }

  it('shows another user\'s create and moves live, in order, with the deal\'s version and gap-free cursors', async () => {
    const { owner, pipeline, stage, create } = await tenant();
    const manager = await server.invite(owner, 'MANAGER');
    const start = (await owner.client.query(BOARD, { p: pipeline.id })).pipelineBoard.eventCursor;
    const board = await watch(owner.token, ON_PIPELINE, { p: pipeline.id });
    const deal = await create(manager, 'Live one');
    await manager.client.query(MOVE, { id: deal.id, v: 1, s: stage('Preparation') });
    await manager.client.query(MOVE, { id: deal.id, v: 2, s: stage('Closing') });
    const events = await board.waitFor(3);
    expect(events[0].deal).toMatchObject({ title: 'Live one', owner: { id: manager.userId } });
    expect(events.map((e) => [e.type, e.subjectId, e.payload.version, e.payload.stageId])).toEqual([
      ['DealCreated', deal.id, 1, stage('Prospecting')],
      ['DealMoved', deal.id, 2, stage('Preparation')],
      ['DealMoved', deal.id, 3, stage('Closing')],
    ]);
    expect(events.map((e) => e.sequence)).toEqual([start + 1, start + 2, start + 3]);
    expect(events[2].actor.id).toBe(manager.userId);
    const stored = await server.app.database.manager.find(OutboxEvent, { where: { tenantId: owner.tenantId } });
    expect(stored.every((event) => event.dispatchedAt !== null)).toBe(true);
  });

  it('follows one deal with its activities, and nothing about the deal next to it', async () => {
    const { owner, stage, create } = await tenant();
    const watched = await create(owner, 'Watched');
    const other = await create(owner, 'Other');
    const start = (await owner.client.query(`query($id: ID!) { dealEvents(id: $id, after: 0) { cursor } }`, { id: watched.id })).dealEvents.cursor;
    const feed = await watch(owner.token, ON_DEAL, { id: watched.id });
    const logCall = `mutation($d: ID!) { createActivity(input: { type: CALL, subject: "Pricing call", dealId: $d }) { id } }`;
    await owner.client.query(MOVE, { id: other.id, v: 1, s: stage('Closing') });
    await owner.client.query(logCall, { d: other.id });
    await owner.client.query(MOVE, { id: watched.id, v: 1, s: stage('Closing') });
    const call = (await owner.client.query(logCall, { d: watched.id })).createActivity;
    await owner.client.query(`mutation($id: ID!) { winDeal(input: { id: $id, version: 2 }) { id } }`, { id: watched.id });
    const events = await feed.waitFor(3);
    const expected = [['DealMoved', watched.id], ['ActivityCreated', call.id], ['DealWon', watched.id]];
    expect(events.map((e) => [e.type, e.subjectId])).toEqual(expected);
    const caughtUp = (await owner.client.query(`query($id: ID!, $a: Int!) { dealEvents(id: $id, after: $a) { events { type subjectId } } }`, { id: watched.id, a: start })).dealEvents;
    expect(caughtUp.events.map((e: any) => [e.type, e.subjectId])).toEqual(expected);
  });

  it('gives another tenant nothing, and refuses it the first tenant\'s pipeline and deal as not found', async () => {
    const a = await tenant();
    const b = await tenant();
    const aBoard = await watch(a.owner.token, ON_PIPELINE, { p: a.pipeline.id });
    const bBoard = await watch(b.owner.token, ON_PIPELINE, { p: b.pipeline.id });
    const aDeal = await a.create(a.owner, 'Secret');
    await a.owner.client.query(MOVE, { id: aDeal.id, v: 1, s: a.stage('Closing') });
    await aBoard.waitFor(2);
    // A's events went out before B's own change was even made: had B received them, they would be first.
    const bDeal = await b.create(b.owner, 'Mine');
    const seen = await bBoard.waitFor(1);
    expect(seen.map((e) => e.subjectId)).toEqual([bDeal.id]);

    const foreignPipeline = await live(b.owner.token).subscribe(ON_PIPELINE, { p: a.pipeline.id }).refusal();
    expect(foreignPipeline.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'pipelineId' });
    const foreignDeal = await live(b.owner.token).subscribe(ON_DEAL, { id: aDeal.id }).refusal();
    expect(foreignDeal.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('gives a REP limited to own records their deals, structure changes, and the deal that was taken from them', async () => {
    const { owner, pipeline, stage, create } = await tenant();
    const rep = await server.invite(owner, 'REP');
    const other = await server.invite(owner, 'REP');
    await owner.client.query(`mutation { updateTenantSettings(input: { repsSeeOwnRecordsOnly: true }) { id } }`);
    const repBoard = await watch(rep.client.token!, ON_PIPELINE, { p: pipeline.id });
    const otherBoard = await watch(other.client.token!, ON_PIPELINE, { p: pipeline.id });
    const ownersDeal = await create(owner, 'Owner\'s');
    await owner.client.query(MOVE, { id: ownersDeal.id, v: 1, s: stage('Closing') });
    const repsDeal = await create(rep, 'Rep\'s');
    await owner.client.query(`mutation($p: ID!) { createStage(input: { pipelineId: $p, name: "Review", probability: 45 }) { id } }`, { p: pipeline.id });
    await owner.client.query(`mutation($id: ID!, $o: ID!) { updateDeal(input: { id: $id, version: 1, ownerId: $o }) { id } }`, { id: repsDeal.id, o: other.userId });
    await owner.client.query(MOVE, { id: repsDeal.id, v: 2, s: stage('Closing') });
    const sentinel = await create(rep, 'Rep\'s second');
    const events = await repBoard.waitFor(4);
    expect(events.map((e) => [e.type, e.subjectId])).toEqual([
      ['DealCreated', repsDeal.id],
      ['StagesChanged', pipeline.id],
      ['DealUpdated', repsDeal.id],
      ['DealCreated', sentinel.id],
    ]);
    // The same event, each with what they may read: the card is gone for one, arrives for the other.
    expect(events[2].deal).toBeNull();
    const given = await otherBoard.waitFor(3);
    expect(given.map((e) => [e.type, e.subjectId, e.deal?.title ?? null])).toEqual([
      ['StagesChanged', pipeline.id, null],
      ['DealUpdated', repsDeal.id, 'Rep\'s'],
      ['DealMoved', repsDeal.id, 'Rep\'s'],
    ]);
    const refused = await live(rep.client.token!).subscribe(ON_DEAL, { id: ownersDeal.id }).refusal();
    expect(refused.extensions?.code).toBe('NOT_FOUND');
  });

  it('replays what a reconnecting board missed, then goes on live, with no event twice', async () => {
    const { owner, pipeline, stage, create } = await tenant();
    const first = await watch(owner.token, ON_PIPELINE, { p: pipeline.id });
    const deal = await create(owner, 'Reconnect');
    const [created] = await first.waitFor(1);
    first.stop();
    await owner.client.query(MOVE, { id: deal.id, v: 1, s: stage('Preparation') });
    await owner.client.query(MOVE, { id: deal.id, v: 2, s: stage('Approach') });
    const resumed = await watch(owner.token, ON_PIPELINE, { p: pipeline.id, after: created.sequence });
    await owner.client.query(MOVE, { id: deal.id, v: 3, s: stage('Closing') });
    const events = await resumed.waitFor(3);
    expect(events.map((e) => [e.sequence, e.payload.version])).toEqual([
      [created.sequence + 1, 2],
      [created.sequence + 2, 3],
      [created.sequence + 3, 4],
    ]);
    await create(owner, 'Sentinel');
    expect((await resumed.waitFor(4)).map((e) => e.sequence)).toEqual([1, 2, 3, 4].map((n) => created.sequence + n));
  });

  it('takes a cursor newer than this instance has dispatched (a board loaded just now) without asking to reload', async () => {
    const paused = await startTestServer({ OUTBOX_DISPATCH: 'off' });
    try {
      const owner = await paused.signup();
      const pipeline = (await owner.client.query(PIPELINE)).pipelines.edges[0].node;
      const client = new LiveClient(paused.url, owner.token);
      clients.push(client);
      const early = client.subscribe(ON_PIPELINE, { p: pipeline.id });
      await early.ready(paused.app.live, 1);
      const before = (await owner.client.query(CREATE, { t: 'Committed, not yet dispatched' })).createDeal;
      const cursor = (await owner.client.query(BOARD, { p: pipeline.id })).pipelineBoard.eventCursor;
      const late = client.subscribe(ON_PIPELINE, { p: pipeline.id, after: cursor });
      await late.ready(paused.app.live, 2);
      const after = (await owner.client.query(CREATE, { t: 'After the board was loaded' })).createDeal;
      paused.app.live.dispatcher.start();
      expect((await early.waitFor(2)).map((e) => e.subjectId)).toEqual([before.id, after.id]);
      expect((await late.waitFor(1)).map((e) => [e.type, e.subjectId])).toEqual([['DealCreated', after.id]]);
      await owner.client.query(CREATE, { t: 'Sentinel' });
      expect(await late.waitFor(2)).toHaveLength(2);
    } finally {
      await paused.close();
    }
  });

  it('tells a client whose cursor is older than the events kept to reload, live and in catch-up', async () => {
    const { owner, pipeline, create } = await tenant();
    await create(owner, 'Old news');
    await create(owner, 'Older news');
    const farFuture = new Date(Date.now() + 400 * 24 * 3600 * 1000);
    expect(await pruneOldEvents(server.app.database, 30, farFuture)).toBeGreaterThanOrEqual(2);
    const page = (await owner.client.query(`query($p: ID!) { pipelineEvents(pipelineId: $p, after: 0) { reloadRequired cursor events { sequence } } }`, { p: pipeline.id })).pipelineEvents;
    expect(page).toMatchObject({ reloadRequired: true, events: [] });
    const board = await watch(owner.token, ON_PIPELINE, { p: pipeline.id, after: 0 });
    const fresh = await create(owner, 'After the reload');
    const events = await board.waitFor(2);
    expect(events.map((e) => e.type)).toEqual(['ReloadRequired', 'DealCreated']);
    expect(events[0].sequence).toBe(page.cursor);
    expect(events[1].subjectId).toBe(fresh.id);
  });

  it('notifies people of deals and leads given to them by someone else, and of their tasks falling due, once', async () => {
    const { owner, create } = await tenant();
    const rep = await server.invite(owner, 'REP');
    const inbox = await watch(rep.client.token!, NOTIFICATIONS, {});
    await create(rep, 'Self-assigned: no notice');
    const given = await create(owner, 'Handed over', rep.userId);
    const lead = (await owner.client.query(`mutation($o: ID!) { createLead(input: { firstName: "Nora", source: REFERRAL, ownerId: $o }) { id } }`, { o: rep.userId })).createLead;
    const dueAt = new Date(Date.now() - 60_000).toISOString();
    const task = (await rep.client.query(`mutation($d: DateTimeISO!) { createActivity(input: { type: TASK, subject: "Send the quote", dueAt: $d }) { id } }`, { d: dueAt })).createActivity;
    await server.app.live.taskNotices.runNow();
    await server.app.live.taskNotices.runNow();
    const events = await inbox.waitFor(3);
    expect(events.map((e) => [e.type, e.subjectId, e.payload.title])).toEqual([
      ['DealAssigned', given.id, 'Handed over'],
      ['LeadAssigned', lead.id, 'Nora'],
      ['TaskDue', task.id, 'Send the quote'],
    ]);
    expect(events[0].actor.id).toBe(owner.userId);
    expect(events[2].actor).toBeNull();
    const caughtUp = (await rep.client.query(`{ myNotifications(after: 0) { events { type } } }`)).myNotifications;
    expect(caughtUp.events.map((e: any) => e.type)).toEqual(['DealAssigned', 'LeadAssigned', 'TaskDue']);
    const ownersView = (await owner.client.query(`{ myNotifications(after: 0) { events { type } } }`)).myNotifications;
    expect(ownersView.events).toEqual([]);
  });

  it('refuses a socket without a token, with a bad one or an expired one, with 4401 and the reason', async () => {
    const owner = await server.signup();
    expect(await rawConnect(server.url, {})).toMatchObject({ acknowledged: false, code: 4401, reason: expect.stringContaining('Send an access token') });
    expect(await rawConnect(server.url, { authorization: 'Bearer nonsense' })).toMatchObject({ acknowledged: false, code: 4401, reason: expect.stringContaining('not valid') });
    const expired = await new SignJWT({ tid: owner.tenantId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(owner.userId)
      .setIssuer('dealflow')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(JWT_SECRET));
    expect(await rawConnect(server.url, { authorization: `Bearer ${expired}` })).toMatchObject({ acknowledged: false, code: 4401, reason: expect.stringContaining('expired') });
    expect(await rawConnect(server.url, { authorization: `Bearer ${owner.token}` })).toEqual({ acknowledged: true });
  });

  it('serves only subscriptions over the socket, under the same limits as HTTP', async () => {
    const owner = await server.signup();
    const query = await live(owner.token).subscribe(`{ me { id } }`).refusal();
    expect(query).toMatchObject({ extensions: { code: 'BAD_REQUEST' }, message: expect.stringContaining('HTTP') });
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: sequence`).join(' ');
    const limited = await live(owner.token).subscribe(`subscription($p: ID!) { pipelineEvents(pipelineId: $p) { ${aliases} } }`, { p: 'x' }).refusal();
    expect(limited).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }, message: expect.stringMatching(/alias/i) });
    const unknown = await live(owner.token).subscribe(`subscription { nothingHere }`).refusal();
    expect(unknown.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badCursor = await live(owner.token).subscribe(`subscription { myNotifications(after: -3) { sequence } }`).refusal();
    expect(badCursor.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('closes a live socket with 4401 when its access token expires', async () => {
    const shortLived = await startTestServer({ ACCESS_TOKEN_TTL: '1' });
    try {
      const owner = await shortLived.signup();
      const client = new LiveClient(shortLived.url, owner.token);
      client.subscribe(NOTIFICATIONS);
      const closed = await client.waitForClose(4000);
      expect(closed).toMatchObject({ code: 4401, reason: expect.stringContaining('expired') });
      await client.close();
    } finally {
      await shortLived.close();
    }
  });

  it('closes sockets with 1001 Going Away on shutdown', async () => {
    const leaving = await startTestServer();
    const owner = await leaving.signup();
    const client = new LiveClient(leaving.url, owner.token);
    const inbox = client.subscribe(NOTIFICATIONS);
    await inbox.ready(leaving.app.live, 1);
    const closing = leaving.close();
    expect(await client.waitForClose()).toMatchObject({ code: 1001 });
    await closing;
    await client.close();
  });
});
