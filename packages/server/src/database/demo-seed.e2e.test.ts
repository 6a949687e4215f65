import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GraphqlClient, type TestServer } from '../../test/harness';
import { DEMO_LOGIN, seedDemoTenantIfEmpty } from './demo-seed';

describe('demo data', () => {
  let server: TestServer;
  let client: GraphqlClient;
  beforeAll(async () => {
    server = await startTestServer();
    expect(await seedDemoTenantIfEmpty(server.app)).toEqual(DEMO_LOGIN);
    const login = await server.client.query(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: DEMO_LOGIN });
    client = server.client.as(login.login.accessToken);
  }, 120_000);
  afterAll(() => server.close());

  it('creates the sizes the quickstart promises, and only once', async () => {
    const counts = await client.query(`{ organizations { totalCount } contacts { totalCount } leads { totalCount }
      deals { totalCount } activities { totalCount } users { totalCount edges { node { role jobTitle } } } }`);
    expect(counts.organizations.totalCount).toBe(150);
    expect(counts.contacts.totalCount).toBe(300);
    expect(counts.leads.totalCount).toBe(500);
    expect(counts.deals.totalCount).toBe(200);
    expect(counts.activities.totalCount).toBe(2000);
    expect(new Set(counts.users.edges.map((edge: any) => edge.node.role))).toEqual(new Set(['OWNER', 'ADMIN', 'MANAGER', 'REP']));
    expect(await seedDemoTenantIfEmpty(server.app)).toBeNull();
  });

  it('spreads deals over every stage and over the last twelve months, with history', async () => {
    const pipeline = (await client.query(`{ pipelines { edges { node { id } } } }`)).pipelines.edges[0].node.id;
    const board = await client.query(`query($p: ID!) { pipelineBoard(pipelineId: $p) { weightedSum { amountMinor } columns { stage { name } count } } }`, { p: pipeline });
    for (const column of board.pipelineBoard.columns) expect(column.count, column.stage.name).toBeGreaterThan(0);
    expect(board.pipelineBoard.weightedSum.amountMinor).toBeGreaterThan(0);
    const page = `edges { node { createdAt stageHistory { toStage { name } } } }`;
    const deals = await client.query(`{ newest: deals(first: 100) { ${page} } oldest: deals(first: 100, orderBy: { field: CREATED_AT, direction: ASC }) { ${page} } }`);
    const edges = [...deals.newest.edges, ...deals.oldest.edges];
    const months = new Set(edges.map((edge: any) => edge.node.createdAt.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(11);
    for (const edge of edges) expect(edge.node.stageHistory.length).toBeGreaterThan(0);
  });

  it('runs a partner programme whose won deals are paid into the ledger by the built-in plugins', async () => {
    const programme = await client.query(`{ partners { totalCount } pluginInstallations { name enabled } dealRegistrations { totalCount } }`);
    expect(programme.partners.totalCount).toBe(4);
    expect(programme.pluginInstallations.map((installation: any) => installation.name).sort()).toEqual(['Affiliates 20 %', 'Customer referrals', 'Reseller margin']);
    expect(programme.dealRegistrations.totalCount).toBe(2);
    let entries = 0;
    for (let attempt = 0; attempt < 100 && entries === 0; attempt++) {
      await server.app.pluginRunner.runNow();
      entries = (await client.query(`{ ledgerEntries(first: 1) { totalCount } }`)).ledgerEntries.totalCount;
      if (entries === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(entries).toBeGreaterThan(0);
    const failures = await client.query(`{ pluginRuns(first: 10, filter: { statuses: [RETRYING, FAILED] }) { edges { node { failureMessage } } } }`);
    expect(failures.pluginRuns.edges).toEqual([]);
  });
});
