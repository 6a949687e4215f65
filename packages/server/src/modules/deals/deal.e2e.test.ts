import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type GraphqlClient, type TestServer } from '../../../test/harness';

const DEAL_FIELDS = `id version title type position status expectedCloseDate closedOn lostReason lostNote
  amount { amountMinor currency } stage { id name } owner { id } organization { id } contact { id }`;
const CREATE = `mutation($input: CreateDealInput!) { createDeal(input: $input) { ${DEAL_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateDealInput!) { updateDeal(input: $input) { ${DEAL_FIELDS} } }`;
const MOVE = `mutation($input: MoveDealInput!) { moveDeal(input: $input) { ${DEAL_FIELDS} } }`;
const WIN = `mutation($input: WinDealInput!) { winDeal(input: $input) { ${DEAL_FIELDS} } }`;
const LOSE = `mutation($input: LoseDealInput!) { loseDeal(input: $input) { ${DEAL_FIELDS} } }`;
const REOPEN = `mutation($input: ReopenDealInput!) { reopenDeal(input: $input) { ${DEAL_FIELDS} } }`;
const DEAL = `query($id: ID!) { deal(id: $id) { ${DEAL_FIELDS} stageHistory { fromStage { name } toStage { name } changedBy { id } changedAt } } }`;
const STAGES = `{ pipelines { edges { node { id stages { id name kind probability } } } } }`;
const BOARD = `query($pipelineId: ID!, $first: Int, $filter: DealFilter) { pipelineBoard(pipelineId: $pipelineId, filter: $filter) {
  sum { amountMinor currency } weightedSum { amountMinor currency }
  columns { stage { name } count unconvertedCount sum { amountMinor currency } weightedSum { amountMinor }
    totals { currency count sum { amountMinor } }
    deals(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } } } } }`;
const COUNT = `{ deals { totalCount } }`;

interface Pipeline {
  id: string;
  stages: Array<{ id: string; name: string; kind: string; probability: number }>;
}

async function defaultPipeline(client: GraphqlClient): Promise<Pipeline> {
  const data = await client.query(STAGES);
  return data.pipelines.edges[0].node;
}

describe('deals', () => {
  let server: TestServer;
  let client: GraphqlClient;
  let pipeline: Pipeline;
  let stage: (name: string) => string;
  let ownerId: string;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    const owner = await server.signup();
    client = owner.client;
    ownerId = owner.userId;
    pipeline = await defaultPipeline(client);
    stage = (name) => pipeline.stages.find((s) => s.name === name)!.id;
  });

  const create = async (input: Record<string, unknown>) => (await client.query(CREATE, { input })).createDeal;

  it('creates a deal in the first stage of the default pipeline, in the workspace currency, owned by me', async () => {
    const deal = await create({ title: 'Acme rollout', amountMinor: 1_250_000 });
    expect(deal).toMatchObject({
      title: 'Acme rollout',
      type: 'NEW',
      status: 'OPEN',
      version: 1,
      amount: { amountMinor: 1_250_000, currency: 'USD' },
      stage: { name: 'Prospecting' },
      owner: { id: ownerId },
    });
    const read = (await client.query(DEAL, { id: deal.id })).deal;
    expect(read.stageHistory).toEqual([{ fromStage: null, toStage: { name: 'Prospecting' }, changedBy: { id: ownerId }, changedAt: expect.any(String) }]);
  });

  it('takes the contact\'s organization when none is given', async () => {
    const org = (await client.query(`mutation { createOrganization(input: { name: "Globex", domain: "globex.com" }) { id } }`)).createOrganization;
    const contact = (await client.query(`mutation($o: ID!) { createContact(input: { firstName: "Hank", organizationId: $o }) { id } }`, { o: org.id })).createContact;
    const deal = await create({ title: 'Globex pilot', contactId: contact.id });
    expect(deal.organization).toEqual({ id: org.id });
    expect(deal.contact).toEqual({ id: contact.id });
  });

  it.each([
    [{ title: 'x', amountMinor: -5 }, 'amountMinor', 'BAD_USER_INPUT'],
    [{ title: 'x', amountMinor: 10.5 }, 'amountMinor', 'BAD_USER_INPUT'],
    [{ title: 'x', currency: 'XYZ' }, 'currency', 'BAD_USER_INPUT'],
    [{ title: '   ' }, 'title', 'BAD_USER_INPUT'],
    [{ title: 'x'.repeat(201) }, 'title', 'BAD_USER_INPUT'],
    [{ title: 'x', expectedCloseDate: '2026-02-30' }, 'expectedCloseDate', 'BAD_USER_INPUT'],
    [{ title: 'x', stageId: '01900000-0000-7000-8000-000000000000' }, 'stageId', 'NOT_FOUND'],
    [{ title: 'x', organizationId: 'not-a-uuid' }, 'organizationId', 'NOT_FOUND'],
  ])('refuses %j with %s / %s and writes nothing', async (input, field, code) => {
    const error = await client.error(CREATE, { input });
    expect(error.extensions).toMatchObject({ code, field });
    expect(error.message).not.toMatch(/SQL|stack|at \w+ \(/);
    expect((await client.query(COUNT)).deals.totalCount).toBe(0);
  });

  it('refuses to create a deal in a won stage or another pipeline\'s stage', async () => {
    const won = await client.error(CREATE, { input: { title: 'x', stageId: stage('Won') } });
    expect(won.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stageId' });
    const other = (await client.query(`mutation { createPipeline(input: { name: "Renewals" }) { id } }`)).createPipeline;
    const mismatch = await client.error(CREATE, { input: { title: 'x', pipelineId: other.id, stageId: stage('Approach') } });
    expect(mismatch.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stageId' });
  });

  it('moves a deal between stages and within a column, recording each stage change', async () => {
    const a = await create({ title: 'A' });
    const b = await create({ title: 'B' });
    const c = await create({ title: 'C' });
    // Newest on top: C, B, A in Prospecting. Move A to Approach, then C below A there.
    const movedA = (await client.query(MOVE, { input: { id: a.id, version: a.version, stageId: stage('Approach') } })).moveDeal;
    expect(movedA).toMatchObject({ stage: { name: 'Approach' }, version: 2 });
    await client.query(MOVE, { input: { id: c.id, version: c.version, stageId: stage('Approach'), afterDealId: a.id } });
    await client.query(MOVE, { input: { id: b.id, version: b.version, stageId: stage('Approach'), beforeDealId: c.id } });
    const board = (await client.query(BOARD, { pipelineId: pipeline.id })).pipelineBoard;
    const approach = board.columns.find((column: any) => column.stage.name === 'Approach');
    expect(approach.deals.edges.map((edge: any) => edge.node.title)).toEqual(['A', 'B', 'C']);
    const history = (await client.query(DEAL, { id: a.id })).deal.stageHistory;
    expect(history.map((step: any) => [step.fromStage?.name ?? null, step.toStage.name])).toEqual([
      [null, 'Prospecting'],
      ['Prospecting', 'Approach'],
    ]);
  });

  it('keeps order through many moves into the same gap', async () => {
    await create({ title: 'top' });
    const bottom = await create({ title: 'bottom' });
    // bottom is above top now; keep dropping new cards right below `bottom`.
    const titles: string[] = [];
    for (let i = 0; i < 25; i++) {
      const deal = await create({ title: `n${i}` });
      await client.query(MOVE, { input: { id: deal.id, version: 1, stageId: stage('Prospecting'), afterDealId: bottom.id } });
      titles.unshift(`n${i}`);
    }
    const board = (await client.query(BOARD, { pipelineId: pipeline.id, first: 50 })).pipelineBoard;
    const column = board.columns.find((col: any) => col.stage.name === 'Prospecting');
    expect(column.deals.edges.map((edge: any) => edge.node.title)).toEqual(['bottom', ...titles, 'top']);
  });

  it('a stale version is CONFLICT with the current version, and nothing changes', async () => {
    const deal = await create({ title: 'Contested' });
    await client.query(UPDATE, { input: { id: deal.id, version: 1, title: 'First edit' } });
    const stale = await client.error(MOVE, { input: { id: deal.id, version: 1, stageId: stage('Closing') } });
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const read = (await client.query(DEAL, { id: deal.id })).deal;
    expect(read).toMatchObject({ title: 'First edit', version: 2, stage: { name: 'Prospecting' } });
    expect(read.stageHistory).toHaveLength(1);
  });

  it('refuses a move to another pipeline\'s stage or straight into won', async () => {
    const deal = await create({ title: 'Stay' });
    const other = (await client.query(`mutation { createPipeline(input: { name: "Partners" }) { stages { id } } }`)).createPipeline;
    const cross = await client.error(MOVE, { input: { id: deal.id, version: 1, stageId: other.stages[0].id } });
    expect(cross.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stageId' });
    const won = await client.error(MOVE, { input: { id: deal.id, version: 1, stageId: stage('Won') } });
    expect(won.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stageId' });
    expect((await client.query(DEAL, { id: deal.id })).deal.version).toBe(1);
  });

  it('transfers an open deal to another pipeline, with history, but not within its own', async () => {
    const renewals = (await client.query(`mutation { createPipeline(input: { name: "Renewals", stages: [{ name: "Due", probability: 70 }] }) { id stages { id name } } }`)).createPipeline;
    const deal = await create({ title: 'Renew Acme', stageId: stage('Closing') });
    const TRANSFER = `mutation($input: TransferDealInput!) { transferDeal(input: $input) { version pipeline { id } ${DEAL_FIELDS} } }`;
    const same = await client.error(TRANSFER, { input: { id: deal.id, version: 1, stageId: stage('Approach') } });
    expect(same.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stageId' });
    const due = renewals.stages.find((s: any) => s.name === 'Due').id;
    const moved = (await client.query(TRANSFER, { input: { id: deal.id, version: 1, stageId: due } })).transferDeal;
    expect(moved).toMatchObject({ version: 2, pipeline: { id: renewals.id }, stage: { name: 'Due' }, status: 'OPEN' });
    const history = (await client.query(DEAL, { id: deal.id })).deal.stageHistory;
    expect(history.map((step: any) => [step.fromStage?.name ?? null, step.toStage.name])).toEqual([[null, 'Closing'], ['Closing', 'Due']]);
  });

  it('wins with a date, marks the contact a customer, reopens to where it was, loses with a reason', async () => {
    const contact = (await client.query(`mutation { createContact(input: { firstName: "Ann" }) { id } }`)).createContact;
    const deal = await create({ title: 'Closing time', contactId: contact.id, stageId: stage('Closing') });
    const won = (await client.query(WIN, { input: { id: deal.id, version: 1, closedOn: '2026-11-20' } })).winDeal;
    expect(won).toMatchObject({ status: 'WON', closedOn: '2026-11-20', stage: { name: 'Won' } });
    const customer = await client.query(`query($id: ID!) { contact(id: $id) { isCustomer } }`, { id: contact.id });
    expect(customer.contact.isCustomer).toBe(true);
    const again = await client.error(WIN, { input: { id: deal.id, version: won.version } });
    expect(again.extensions?.code).toBe('CONFLICT');
    const reopened = (await client.query(REOPEN, { input: { id: deal.id, version: won.version } })).reopenDeal;
    expect(reopened).toMatchObject({ status: 'OPEN', closedOn: null, stage: { name: 'Closing' } });
    const lost = (await client.query(LOSE, { input: { id: deal.id, version: reopened.version, reason: 'COMPETITOR', note: 'Cheaper offer' } })).loseDeal;
    expect(lost).toMatchObject({ status: 'LOST', lostReason: 'COMPETITOR', lostNote: 'Cheaper offer', stage: { name: 'Lost' } });
    expect(lost.closedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const history = (await client.query(DEAL, { id: deal.id })).deal.stageHistory;
    expect(history.map((step: any) => step.toStage.name)).toEqual(['Closing', 'Won', 'Closing', 'Lost']);
  });

  it('deletes a deal with its history, keeping its activities unlinked', async () => {
    const deal = await create({ title: 'Short-lived' });
    const call = (await client.query(`mutation($d: ID!) { createActivity(input: { type: CALL, subject: "Intro", dealId: $d }) { id } }`, { d: deal.id })).createActivity;
    expect((await client.query(`mutation($id: ID!) { deleteDeal(input: { id: $id }) }`, { id: deal.id })).deleteDeal).toBe(deal.id);
    expect((await client.query(DEAL, { id: deal.id })).deal).toBeNull();
    const activity = await client.query(`query($id: ID!) { activity(id: $id) { subject deal { id } } }`, { id: call.id });
    expect(activity.activity).toEqual({ subject: 'Intro', deal: null });
    expect((await client.query(`query($d: ID!) { activities(filter: { dealId: $d }) { totalCount } }`, { d: deal.id })).activities.totalCount).toBe(0);
  });

  it('lists with filters and orders, paging both ways', async () => {
    for (const [title, amount, type] of [['Alpha', 300, 'NEW'], ['Bravo', 100, 'UPSELL'], ['Charlie', 200, 'NEW']] as const) {
      await create({ title, amountMinor: amount, type });
    }
    const byAmount = await client.query(`{ deals(orderBy: { field: AMOUNT, direction: DESC }) { edges { node { title } } } }`);
    expect(byAmount.deals.edges.map((e: any) => e.node.title)).toEqual(['Alpha', 'Charlie', 'Bravo']);
    const upsell = await client.query(`{ deals(filter: { type: [UPSELL] }) { totalCount edges { node { title } } } }`);
    expect(upsell.deals).toMatchObject({ totalCount: 1, edges: [{ node: { title: 'Bravo' } }] });
    const search = await client.query(`{ deals(filter: { search: "arl" }) { edges { node { title } } } }`);
    expect(search.deals.edges.map((e: any) => e.node.title)).toEqual(['Charlie']);
    const first = await client.query(`{ deals(first: 2, orderBy: { field: TITLE }) { pageInfo { endCursor hasNextPage } edges { node { title } } } }`);
    expect(first.deals.edges.map((e: any) => e.node.title)).toEqual(['Alpha', 'Bravo']);
    await create({ title: 'Aardvark' }); // inserted before the cursor: must not shift the next page
    const next = await client.query(`query($after: String) { deals(first: 2, after: $after, orderBy: { field: TITLE }) { pageInfo { hasNextPage hasPreviousPage startCursor } edges { node { title } } } }`, { after: first.deals.pageInfo.endCursor });
    expect(next.deals.edges.map((e: any) => e.node.title)).toEqual(['Charlie']);
    expect(next.deals.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await client.query(`query($before: String) { deals(last: 2, before: $before, orderBy: { field: TITLE }) { pageInfo { hasPreviousPage } edges { node { title } } } }`, { before: next.deals.pageInfo.startCursor });
    expect(back.deals.edges.map((e: any) => e.node.title)).toEqual(['Alpha', 'Bravo']);
    expect(back.deals.pageInfo.hasPreviousPage).toBe(true);
    const won = await client.query(`{ deals(filter: { status: [WON] }) { totalCount } }`);
    expect(won.deals.totalCount).toBe(0);
  });

  it('the board sums each column in the base currency and weights it by probability', async () => {
    await client.query(`mutation { setExchangeRate(input: { currency: "EUR", rate: "1.1" }) { rate } }`);
    await create({ title: 'usd', amountMinor: 100_000, stageId: stage('Presentation') });
    await create({ title: 'eur', amountMinor: 50_000, currency: 'EUR', stageId: stage('Presentation') });
    await create({ title: 'gbp', amountMinor: 70_000, currency: 'GBP', stageId: stage('Presentation') });
    await create({ title: 'yen', amountMinor: 1_000, currency: 'JPY', stageId: stage('Closing') });
    const board = (await client.query(BOARD, { pipelineId: pipeline.id })).pipelineBoard;
    const presentation = board.columns.find((column: any) => column.stage.name === 'Presentation');
    expect(presentation).toMatchObject({
      count: 3,
      unconvertedCount: 1, // GBP has no rate
      sum: { amountMinor: 155_000, currency: 'USD' }, // 1000.00 + 500.00 × 1.1
      weightedSum: { amountMinor: 77_500 }, // × 50 %
    });
    expect(presentation.totals).toHaveLength(3);
    expect(board.columns.map((column: any) => column.stage.name)).toEqual(pipeline.stages.map((s) => s.name));
    expect(board.weightedSum.amountMinor).toBe(77_500);
  });

  it('pages a board column', async () => {
    for (let i = 0; i < 5; i++) await create({ title: `deal ${i}` });
    const board = (await client.query(BOARD, { pipelineId: pipeline.id, first: 2 })).pipelineBoard;
    const column = board.columns[0];
    expect(column.deals.totalCount).toBe(5);
    expect(column.deals.edges.map((e: any) => e.node.title)).toEqual(['deal 4', 'deal 3']);
    const next = await client.query(
      `query($p: ID!, $after: String) { pipelineBoard(pipelineId: $p) { columns { deals(first: 2, after: $after) { edges { node { title } } } } } }`,
      { p: pipeline.id, after: column.deals.pageInfo.endCursor },
    );
    expect(next.pipelineBoard.columns[0].deals.edges.map((e: any) => e.node.title)).toEqual(['deal 2', 'deal 1']);
  });
});

describe('deals of a REP limited to their own records', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('shows and moves only their own deals, and counts only those on the board', async () => {
    const owner = await server.signup();
    const rep = (await server.invite(owner, 'REP')).client;
    const theirs = (await owner.client.query(CREATE, { input: { title: 'Owner deal', amountMinor: 100 } })).createDeal;
    const mine = (await rep.query(CREATE, { input: { title: 'Rep deal', amountMinor: 50 } })).createDeal;
    const pipeline = await defaultPipeline(owner.client);

    // Before the setting, a REP sees the whole team's pipeline.
    expect((await rep.query(COUNT)).deals.totalCount).toBe(2);
    await owner.client.query(`mutation { updateTenantSettings(input: { repsSeeOwnRecordsOnly: true }) { repsSeeOwnRecordsOnly } }`);

    const list = await rep.query(`{ deals { totalCount edges { node { id } } } }`);
    expect(list.deals).toEqual({ totalCount: 1, edges: [{ node: { id: mine.id } }] });
    const ownerId = (await owner.client.query(`{ me { id } }`)).me.id;
    const filtered = await rep.query(`query($o: ID!) { deals(filter: { ownerId: $o }) { totalCount } }`, { o: ownerId });
    expect(filtered.deals.totalCount).toBe(0); // a filter on the owner must not lift the limit
    expect((await rep.query(DEAL, { id: theirs.id })).deal).toBeNull();
    const move = await rep.error(MOVE, { input: { id: theirs.id, version: 1, stageId: pipeline.stages[1]!.id } });
    expect(move.extensions?.code).toBe('NOT_FOUND');
    const board = (await rep.query(BOARD, { pipelineId: pipeline.id })).pipelineBoard;
    expect(board.columns[0]).toMatchObject({ count: 1, sum: { amountMinor: 50 } });
    const forOwner = await rep.error(CREATE, { input: { title: 'For the boss', ownerId } });
    expect(forOwner.extensions?.code).toBe('FORBIDDEN');
    // The owner still sees everything.
    expect((await owner.client.query(COUNT)).deals.totalCount).toBe(2);
  });
});
