import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BACKGROUND_WORK, startTestServer, type TenantSession, type TestServer } from './harness';

/**
 * N+1: the number of SQL statements for a page must not grow with the page size. Relations
 * resolve through per-request DataLoaders, so 10 and 100 deals cost the same statements.
 */
describe('SQL statements per request', () => {
  let server: TestServer;
  let owner: TenantSession;

  beforeAll(async () => {
    server = await startTestServer(NO_BACKGROUND_WORK);
    owner = await server.signup();
    const orgs: string[] = [];
    for (let i = 0; i < 10; i++) {
      orgs.push((await owner.client.query(`mutation($n: String!) { createOrganization(input: { name: $n }) { id } }`, { n: `Org ${i}` })).createOrganization.id);
    }
    for (let i = 0; i < 100; i++) {
      const org = orgs[i % orgs.length];
      const contact = (await owner.client.query(`mutation($o: ID!) { createContact(input: { firstName: "C", organizationId: $o }) { id } }`, { o: org })).createContact.id;
      await owner.client.query(`mutation($c: ID!, $t: String!) { createDeal(input: { title: $t, amountMinor: 100, contactId: $c }) { id } }`, { c: contact, t: `Deal ${i}` });
    }
  }, 120_000);
  afterAll(() => server.close());

  async function statements(query: string, variables: Record<string, unknown>): Promise<number> {
    const before = server.app.database.queries.total;
    await owner.client.query(query, variables);
    return server.app.database.queries.total - before;
  }

  const DEALS = `query($first: Int!) { deals(first: $first) { totalCount edges { node {
    id title amount { amountMinor } status organization { name } contact { firstName } owner { name } stage { name } pipeline { name } } } } }`;

  it('lists 10 and 100 deals with organization, contact, owner and stage in the same number of statements', async () => {
    const ten = await statements(DEALS, { first: 10 });
    const hundred = await statements(DEALS, { first: 100 });
    expect(hundred).toBe(ten);
    expect(ten).toBeLessThanOrEqual(10);
  });

  it('lists 3 or 10 organizations with their contacts, deals\' activities and owners in the same number of statements', async () => {
    const ORGS = `query($first: Int!) { organizations(first: $first) { edges { node { name owner { name }
      contacts(first: 5) { totalCount edges { node { firstName } } } activities(first: 3) { edges { node { subject } } } } } } }`;
    const three = await statements(ORGS, { first: 3 });
    const ten = await statements(ORGS, { first: 10 });
    expect(ten).toBe(three);
  });

  it('renders the board with 5 or 50 cards per column in the same number of statements', async () => {
    const pipeline = (await owner.client.query(`{ pipelines { edges { node { id } } } }`)).pipelines.edges[0].node.id;
    const BOARD = `query($p: ID!, $first: Int!) { pipelineBoard(pipelineId: $p) { sum { amountMinor } columns { count sum { amountMinor }
      deals(first: $first) { edges { node { id title organization { name } contact { firstName } owner { name } } } } } } }`;
    const five = await statements(BOARD, { p: pipeline, first: 5 });
    const fifty = await statements(BOARD, { p: pipeline, first: 50 });
    expect(fifty).toBe(five);
    expect(five).toBeLessThanOrEqual(12);
  });
});
