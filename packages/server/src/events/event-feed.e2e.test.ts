import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOARD, PIPELINE, startTestServer, type GraphqlClient, type TestServer } from '../../test/harness';
import { OutboxEvent } from './outbox-event.entity';

const EVENTS = `query($p: ID!, $after: Int!, $first: Int) { pipelineEvents(pipelineId: $p, after: $after, first: $first) {
  cursor hasMore events { sequence type subjectId payload actor { id } } } }`;

describe('pipeline events (the outbox and catch-up)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  async function setup() {
    const owner = await server.signup();
    const pipeline = (await owner.client.query(PIPELINE)).pipelines.edges[0].node;
    const stage = (name: string) => pipeline.stages.find((s: any) => s.name === name).id as string;
    const cursor = async (client: GraphqlClient = owner.client) => (await client.query(BOARD, { p: pipeline.id })).pipelineBoard.eventCursor as number;
    const events = async (after: number, client: GraphqlClient = owner.client, first?: number) =>
      (await client.query(EVENTS, { p: pipeline.id, after, first })).pipelineEvents;
    return { owner, pipeline, stage, cursor, events };
  }

  it('records each command\'s event with the deal\'s new version, in order, with cursors one apart', async () => {
    const { owner, stage, cursor, events } = await setup();
    const start = await cursor();
    const deal = (await owner.client.query(`mutation { createDeal(input: { title: "Live" }) { id } }`)).createDeal;
    await owner.client.query(`mutation($id: ID!, $s: ID!) { moveDeal(input: { id: $id, version: 1, stageId: $s }) { id } }`, { id: deal.id, s: stage('Closing') });
    await owner.client.query(`mutation($id: ID!) { winDeal(input: { id: $id, version: 2, closedOn: "2026-11-02" }) { id } }`, { id: deal.id });
    const page = await events(start);
    expect(page.events.map((e: any) => [e.type, e.subjectId, e.payload.version])).toEqual([
      ['DealCreated', deal.id, 1],
      ['DealMoved', deal.id, 2],
      ['DealWon', deal.id, 3],
    ]);
    expect(page.events.map((e: any) => e.sequence)).toEqual([start + 1, start + 2, start + 3]);
    expect(page.events[1].payload).toMatchObject({ stageId: stage('Closing'), fromStageId: stage('Prospecting') });
    expect(page.events[2].payload).toMatchObject({ closedOn: '2026-11-02', stageId: stage('Won') });
    expect(page.events[0].actor.id).toBe(owner.userId);
    expect(page).toMatchObject({ hasMore: false, cursor: start + 3 });
    expect(await cursor()).toBe(start + 3);
  });

  it('records nothing for a command that fails', async () => {
    const { owner, stage, cursor, events } = await setup();
    const deal = (await owner.client.query(`mutation { createDeal(input: { title: "Stale" }) { id } }`)).createDeal;
    const before = await cursor();
    const stale = await owner.client.error(`mutation($id: ID!, $s: ID!) { moveDeal(input: { id: $id, version: 7, stageId: $s }) { id } }`, { id: deal.id, s: stage('Closing') });
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect(await cursor()).toBe(before);
    expect((await events(before)).events).toEqual([]);
  });

  it('pages through events, and refuses a bad cursor or page size', async () => {
    const { owner, pipeline, cursor, events } = await setup();
    const start = await cursor();
    for (let i = 0; i < 5; i++) await owner.client.query(`mutation($t: String!) { createDeal(input: { title: $t }) { id } }`, { t: `d${i}` });
    const first = await events(start, owner.client, 2);
    expect(first).toMatchObject({ hasMore: true, cursor: start + 2 });
    const rest = await events(first.cursor, owner.client, 10);
    expect(rest.events).toHaveLength(3);
    expect(rest.hasMore).toBe(false);
    const bad = await owner.client.error(EVENTS, { p: pipeline.id, after: -1 });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const big = await owner.client.error(EVENTS, { p: pipeline.id, after: 0, first: 501 });
    expect(big.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('hands out gap-free cursors when commands run at the same time', async () => {
    const { owner, cursor, events } = await setup();
    const start = await cursor();
    await Promise.all(Array.from({ length: 12 }, (_, i) =>
      owner.client.query(`mutation($t: String!) { createDeal(input: { title: $t }) { id } }`, { t: `parallel ${i}` })));
    const page = await events(start, owner.client, 50);
    expect(page.events.map((e: any) => e.sequence)).toEqual(Array.from({ length: 12 }, (_, i) => start + i + 1));
  });

  it('files a transfer under both pipelines and structure changes under their pipeline', async () => {
    const { owner, pipeline, cursor, events } = await setup();
    const renewals = (await owner.client.query(`mutation { createPipeline(input: { name: "Renewals" }) { id stages { id } } }`)).createPipeline;
    const start = await cursor();
    const deal = (await owner.client.query(`mutation { createDeal(input: { title: "Moving on" }) { id } }`)).createDeal;
    await owner.client.query(`mutation($id: ID!, $s: ID!) { transferDeal(input: { id: $id, version: 1, stageId: $s }) { id } }`, { id: deal.id, s: renewals.stages[0].id });
    await owner.client.query(`mutation($p: ID!) { createStage(input: { pipelineId: $p, name: "Demo", probability: 40 }) { id } }`, { p: pipeline.id });
    expect((await events(start)).events.map((e: any) => e.type)).toEqual(['DealCreated', 'DealTransferredOut', 'StagesChanged']);
    const there = (await owner.client.query(EVENTS, { p: renewals.id, after: start })).pipelineEvents;
    expect(there.events.map((e: any) => [e.type, e.payload.fromPipelineId])).toEqual([['DealTransferredIn', pipeline.id]]);
  });

  it('gives a REP limited to own records only their deals\' events and structure changes', async () => {
    const { owner, pipeline, cursor, events } = await setup();
    const rep = (await server.invite(owner, 'REP')).client;
    await owner.client.query(`mutation { updateTenantSettings(input: { repsSeeOwnRecordsOnly: true }) { id } }`);
    const start = await cursor();
    await owner.client.query(`mutation { createDeal(input: { title: "Owner's" }) { id } }`);
    const mine = (await rep.query(`mutation { createDeal(input: { title: "Rep's" }) { id } }`)).createDeal;
    await owner.client.query(`mutation($p: ID!) { createStage(input: { pipelineId: $p, name: "Review", probability: 45 }) { id } }`, { p: pipeline.id });
    const seen = await events(start, rep);
    expect(seen.events.map((e: any) => [e.type, e.subjectId])).toEqual([['DealCreated', mine.id], ['StagesChanged', pipeline.id]]);
    expect(seen.cursor).toBe(start + 3);
  });

  it('records lead lifecycle, conversion and activity events in the outbox too', async () => {
    const { owner } = await setup();
    const lead = (await owner.client.query(`mutation { createLead(input: { firstName: "Ola", source: INBOUND, email: "ola@fjord.no", companyName: "Fjord" }) { id } }`)).createLead;
    await owner.client.query(`mutation($id: ID!) { changeLeadStatus(input: { id: $id, version: 1, status: SQL }) { id } }`, { id: lead.id });
    const converted = (await owner.client.query(`mutation($id: ID!) { convertLead(input: { id: $id }) { deal { id } } }`, { id: lead.id })).convertLead;
    const task = (await owner.client.query(`mutation($d: ID!) { createActivity(input: { type: CALL, subject: "Kick-off", dealId: $d }) { id } }`, { d: converted.deal.id })).createActivity;
    await owner.client.query(`mutation($id: ID!) { completeActivity(input: { id: $id, outcome: CONNECTED }) { id } }`, { id: task.id });
    const stored = await server.app.database.manager.find(OutboxEvent, { where: { tenantId: owner.tenantId }, order: { sequence: 'ASC' } });
    expect(stored.map((event) => [event.type, event.subjectId])).toEqual([
      ['LeadCreated', lead.id],
      ['LeadStatusChanged', lead.id],
      ['DealCreated', converted.deal.id],
      ['LeadConverted', lead.id],
      ['ActivityCreated', task.id],
      ['ActivityCompleted', task.id],
    ]);
    expect(JSON.parse(stored[3]!.payload)).toMatchObject({ status: 'CONVERTED', fromStatus: 'SQL', dealId: converted.deal.id });
    expect(JSON.parse(stored[5]!.payload)).toMatchObject({ outcome: 'CONNECTED', dealId: converted.deal.id });
  });
});
