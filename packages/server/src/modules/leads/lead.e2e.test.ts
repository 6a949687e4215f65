import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../common/ids';
import { RequestContext } from '../../tenancy/request-context';
import { GraphqlClient, NO_BACKGROUND_WORK, startTestServer, type TenantSession, type TestServer } from '../../../test/harness';
import { LeadStatusChange } from './lead-status-change.entity';

const LEAD_FIELDS = `
  id version firstName lastName name email phone companyName jobTitle companyWebsite companyEmployeeCount
  source sourceDetail status score disqualifiedReason createdAt updatedAt
  convertedAt convertedContactId convertedOrganizationId convertedDealId
  owner { id }
  history { fromStatus toStatus reason changedAt changedById changedBy { id } }
`;
const CREATE = `mutation($input: CreateLeadInput!) { createLead(input: $input) { ${LEAD_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateLeadInput!) { updateLead(input: $input) { ${LEAD_FIELDS} } }`;
const CHANGE_STATUS = `mutation($input: ChangeLeadStatusInput!) { changeLeadStatus(input: $input) { ${LEAD_FIELDS} } }`;
const DELETE = `mutation($input: IdInput!) { deleteLead(input: $input) }`;
const GET = `query($id: ID!) { lead(id: $id) { ${LEAD_FIELDS} } }`;
const LIST = `
  query($first: Int, $after: String, $last: Int, $before: String, $filter: LeadFilter, $orderBy: LeadOrderBy) {
    leads(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id name score status source updatedAt owner { id } } }
    }
  }
`;
const SETTINGS = `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { repsSeeOwnRecordsOnly } }`;

type Lead = Record<string, any>;

async function createLead(client: GraphqlClient, input: Record<string, unknown> = {}): Promise<Lead> {
  const data = await client.query(CREATE, { input: { firstName: 'Lena', source: 'INBOUND', ...input } });
  return data.createLead;
}

async function getLead(client: GraphqlClient, id: string): Promise<Lead | null> {
  return (await client.query(GET, { id })).lead;
}

async function leadCount(client: GraphqlClient): Promise<number> {
  return (await client.query(LIST, { first: 0 })).leads.totalCount;
}

async function listIds(client: GraphqlClient, variables: Record<string, unknown>): Promise<string[]> {
  const data = await client.query(LIST, { first: 100, ...variables });
  return data.leads.edges.map((edge: any) => edge.node.id);
}

/** Every id of the list, walking it `size` at a time forward, then backward from the end. */
async function walk(client: GraphqlClient, variables: Record<string, unknown>, size: number) {
  const forward: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { leads }: any = await client.query(LIST, { ...variables, first: size, after });
    forward.push(...leads.edges.map((edge: any) => edge.node.id));
    if (!leads.pageInfo.hasNextPage) break;
    after = leads.pageInfo.endCursor;
  }
  const backward: string[] = [];
  let before: string | null = null;
  for (;;) {
    const { leads }: any = await client.query(LIST, { ...variables, last: size, before });
    backward.unshift(...leads.edges.map((edge: any) => edge.node.id));
    if (!leads.pageInfo.hasPreviousPage) break;
    before = leads.pageInfo.startCursor;
  }
  return { forward, backward };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates leads one by one, a few ms apart, so their time-ordered ids follow the given order. */
async function createInOrder(client: GraphqlClient, names: string[]): Promise<void> {
  for (const firstName of names) {
    await createLead(client, { firstName });
    await pause(3);
  }
}

describe('leads', () => {
  let server: TestServer;
  let owner: TenantSession;
  let other: TenantSession;

  beforeAll(async () => {
    server = await startTestServer(NO_BACKGROUND_WORK);
    owner = await server.signup('Lead Co');
    other = await server.signup('Other Co');
  });
  afterAll(() => server.close());

  const invite = (owner: TenantSession, role: string) => server.invite(owner, role);

  /** Runs `work` as the tenant's owner inside one transaction, the way a command would. */
  function asOwner<T>(session: TenantSession, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
    return server.app.database.transaction((manager) => work(RequestContext.asOwner(manager, session.tenantId, session.userId)));
  }

  describe('create, read, update, delete', () => {
    it('creates a lead with normalised fields, owned by the caller, starting at LEAD with one history row', async () => {
      const lead = await createLead(owner.client, {
        firstName: '  Ada ',
        lastName: ' Lovelace ',
        email: ' Ada@Example.COM ',
        phone: '+48 600 100 200',
        companyName: 'Analytical Engines',
        jobTitle: 'CTO',
        companyWebsite: 'https://engines.example.com/',
        companyEmployeeCount: 120,
        source: 'EVENT',
        sourceDetail: 'Web Summit 2026',
      });
      expect(lead).toMatchObject({
        firstName: 'Ada',
        lastName: 'Lovelace',
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        companyWebsite: 'https://engines.example.com/',
        companyEmployeeCount: 120,
        source: 'EVENT',
        sourceDetail: 'Web Summit 2026',
        status: 'LEAD',
        score: 0,
        version: 1,
        disqualifiedReason: null,
        convertedAt: null,
        convertedDealId: null,
        owner: { id: owner.userId },
      });
      expect(lead.history).toEqual([
        { fromStatus: null, toStatus: 'LEAD', reason: null, changedAt: lead.createdAt, changedById: owner.userId, changedBy: { id: owner.userId } },
      ]);
      expect(await getLead(owner.client, lead.id)).toEqual(lead);
    });

    it('may start a lead further down the funnel, but not disqualified or converted', async () => {
      const lead = await createLead(owner.client, { status: 'SQL', score: 80 });
      expect(lead).toMatchObject({ status: 'SQL', score: 80 });
      expect(lead.history).toMatchObject([{ fromStatus: null, toStatus: 'SQL' }]);
      const before = await leadCount(owner.client);
      for (const status of ['CONVERTED', 'DISQUALIFIED']) {
        const error = await owner.client.error(CREATE, { input: { firstName: 'X', source: 'OTHER', status } });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
      }
      expect(await leadCount(owner.client)).toBe(before);
    });

    it('updates only what is sent: undefined keeps, null or blank clears, and the name follows', async () => {
      const lead = await createLead(owner.client, {
        firstName: 'Grace', lastName: 'Hopper', email: 'grace@navy.example', phone: '123', companyName: 'Navy', score: 10,
      });
      const { updateLead } = await owner.client.query(UPDATE, {
        input: { id: lead.id, lastName: null, email: '', phone: '   ', score: 55, jobTitle: 'Admiral', source: 'REFERRAL' },
      });
      expect(updateLead).toMatchObject({
        firstName: 'Grace',
        lastName: null,
        name: 'Grace',
        email: null,
        phone: null,
        companyName: 'Navy',
        score: 55,
        jobTitle: 'Admiral',
        source: 'REFERRAL',
        status: 'LEAD',
        version: 2,
      });
      const renamed = (await owner.client.query(UPDATE, { input: { id: lead.id, firstName: 'Amazing Grace' } })).updateLead;
      expect(renamed).toMatchObject({ name: 'Amazing Grace', version: 3 });
      expect(renamed.history).toHaveLength(1);
      expect(await getLead(owner.client, lead.id)).toEqual(renamed);
    });

    it('refuses to blank out what a lead must have', async () => {
      const lead = await createLead(owner.client, { score: 30 });
      for (const [input, field] of [
        [{ firstName: '  ' }, 'firstName'],
        [{ firstName: null }, 'firstName'],
        [{ source: null }, 'source'],
        [{ score: null }, 'score'],
      ] as const) {
        const error = await owner.client.error(UPDATE, { input: { id: lead.id, ...input } });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      expect(await getLead(owner.client, lead.id)).toEqual(lead);
    });

    it('rejects bad input naming the field, and writes nothing', async () => {
      const otherLead = await createLead(other.client);
      const before = await leadCount(owner.client);
      const long = (n: number) => 'x'.repeat(n);
      const cases: [Record<string, unknown>, string, string][] = [
        [{ firstName: '' }, 'firstName', 'BAD_USER_INPUT'],
        [{ firstName: '   ' }, 'firstName', 'BAD_USER_INPUT'],
        [{ firstName: long(101) }, 'firstName', 'BAD_USER_INPUT'],
        [{ lastName: long(101) }, 'lastName', 'BAD_USER_INPUT'],
        [{ companyName: long(201) }, 'companyName', 'BAD_USER_INPUT'],
        [{ sourceDetail: long(201) }, 'sourceDetail', 'BAD_USER_INPUT'],
        [{ email: 'not an email' }, 'email', 'BAD_USER_INPUT'],
        [{ email: `${long(250)}@example.com` }, 'email', 'BAD_USER_INPUT'],
        [{ companyWebsite: 'not a website' }, 'companyWebsite', 'BAD_USER_INPUT'],
        [{ score: 101 }, 'score', 'BAD_USER_INPUT'],
        [{ score: -1 }, 'score', 'BAD_USER_INPUT'],
        [{ companyEmployeeCount: -5 }, 'companyEmployeeCount', 'BAD_USER_INPUT'],
        [{ source: 'TELEPATHY' }, 'source', 'BAD_USER_INPUT'],
        [{ ownerId: other.userId }, 'ownerId', 'NOT_FOUND'],
      ];
      for (const [input, field, code] of cases) {
        const error = await owner.client.error(CREATE, { input: { firstName: 'Valid', source: 'INBOUND', ...input } });
        expect(error.extensions, JSON.stringify(input)).toMatchObject({ code, field });
      }
      const update = await owner.client.error(UPDATE, { input: { id: otherLead.id, firstName: 'Mine now' } });
      expect(update.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect(await leadCount(owner.client)).toBe(before);
      expect(await getLead(owner.client, otherLead.id)).toBeNull();
      expect((await getLead(other.client, otherLead.id))?.firstName).toBe('Lena');
    });

    it('a stale version is a CONFLICT carrying the current one, and changes nothing', async () => {
      const lead = await createLead(owner.client);
      await owner.client.query(UPDATE, { input: { id: lead.id, version: 1, score: 20 } });
      const error = await owner.client.error(UPDATE, { input: { id: lead.id, version: 1, score: 90, companyName: 'Lost Update' } });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(error.message).toContain('Reload');
      expect(await getLead(owner.client, lead.id)).toMatchObject({ score: 20, companyName: null, version: 2 });
    });

    it('deleting needs a manager, and takes the history with it', async () => {
      const lead = await createLead(owner.client);
      await owner.client.query(CHANGE_STATUS, { input: { id: lead.id, status: 'MQL', version: 1 } });
      const rep = await invite(owner, 'REP');
      const refused = await rep.client.error(DELETE, { input: { id: lead.id } });
      expect(refused.extensions?.code).toBe('FORBIDDEN');
      expect(refused.message).toContain('delete leads');
      const manager = await invite(owner, 'MANAGER');
      expect((await manager.client.query(DELETE, { input: { id: lead.id } })).deleteLead).toBe(lead.id);
      expect(await getLead(owner.client, lead.id)).toBeNull();
      const history = await asOwner(owner, (ctx) => ctx.data.repo(LeadStatusChange).count({ leadId: lead.id }));
      expect(history).toBe(0);
      const again = await owner.client.error(DELETE, { input: { id: lead.id } });
      expect(again.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    });
  });

  describe('status lifecycle', () => {
    async function move(lead: Lead, status: string, reason?: string): Promise<Lead> {
      const current = (await getLead(owner.client, lead.id))!;
      return (await owner.client.query(CHANGE_STATUS, { input: { id: lead.id, status, reason, version: current.version } })).changeLeadStatus;
    }

    async function refuse(lead: Lead, status: string, reason?: string) {
      const current = (await getLead(owner.client, lead.id))!;
      const error = await owner.client.error(CHANGE_STATUS, { input: { id: lead.id, status, reason, version: current.version } });
      expect(await getLead(owner.client, lead.id)).toEqual(current);
      return error;
    }

    it('moves forward and back through the funnel, recording from, to, by and why', async () => {
      const lead = await createLead(owner.client);
      await move(lead, 'MQL', 'Downloaded the pricing guide');
      await move(lead, 'SAL');
      await move(lead, 'SQL', 'Meeting booked');
      const back = await move(lead, 'SAL', 'Budget owner unclear');
      expect(back).toMatchObject({ status: 'SAL', version: 5 });
      expect(back.history.map((h: any) => [h.fromStatus, h.toStatus, h.reason, h.changedById])).toEqual([
        [null, 'LEAD', null, owner.userId],
        ['LEAD', 'MQL', 'Downloaded the pricing guide', owner.userId],
        ['MQL', 'SAL', null, owner.userId],
        ['SAL', 'SQL', 'Meeting booked', owner.userId],
        ['SQL', 'SAL', 'Budget owner unclear', owner.userId],
      ]);
      const times = back.history.map((h: any) => h.changedAt);
      expect([...times].sort()).toEqual(times);
    });

    it('skips steps in either direction', async () => {
      const lead = await createLead(owner.client);
      expect((await move(lead, 'SQL')).status).toBe('SQL');
      expect((await move(lead, 'LEAD')).status).toBe('LEAD');
    });

    it('disqualifies from any funnel step only with a reason', async () => {
      for (const start of ['LEAD', 'MQL', 'SAL', 'SQL']) {
        const lead = await createLead(owner.client, { status: start });
        for (const reason of [undefined, '   ']) {
          const error = await refuse(lead, 'DISQUALIFIED', reason);
          expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
        }
        const out = await move(lead, 'DISQUALIFIED', ' No budget this year ');
        expect(out).toMatchObject({ status: 'DISQUALIFIED', disqualifiedReason: 'No budget this year' });
        expect(out.history.at(-1)).toMatchObject({ fromStatus: start, toStatus: 'DISQUALIFIED', reason: 'No budget this year' });
      }
    });

    it('requalifies a disqualified lead only back to LEAD, clearing the reason', async () => {
      const lead = await createLead(owner.client, { status: 'SAL' });
      await move(lead, 'DISQUALIFIED', 'Student project');
      for (const status of ['MQL', 'SAL', 'SQL']) {
        const error = await refuse(lead, status);
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
        expect(error.message).toContain('requalified to LEAD');
      }
      const back = await move(lead, 'LEAD', 'Got funding');
      expect(back).toMatchObject({ status: 'LEAD', disqualifiedReason: null });
      expect(back.history.at(-1)).toMatchObject({ fromStatus: 'DISQUALIFIED', toStatus: 'LEAD', reason: 'Got funding' });
    });

    it('never sets CONVERTED by hand, nor the status a lead already has', async () => {
      const lead = await createLead(owner.client, { status: 'SQL' });
      const converted = await refuse(lead, 'CONVERTED');
      expect(converted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
      expect(converted.message).toContain('converting');
      const same = await refuse(lead, 'SQL');
      expect(same.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    });

    it('a stale version is a CONFLICT carrying the current one, and changes nothing', async () => {
      const lead = await createLead(owner.client);
      await owner.client.query(UPDATE, { input: { id: lead.id, score: 40 } });
      const error = await owner.client.error(CHANGE_STATUS, { input: { id: lead.id, status: 'MQL', version: 1 } });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const after = await getLead(owner.client, lead.id);
      expect(after).toMatchObject({ status: 'LEAD', version: 2 });
      expect(after!.history).toHaveLength(1);
    });

    it('conversion (markConverted) freezes the lead: no edits, status changes or deletion', async () => {
      const lead = await createLead(owner.client, { status: 'SQL' });
      const links = { contactId: newId(), organizationId: newId(), dealId: newId() };
      await asOwner(owner, async (ctx) => {
        const found = await server.app.services.leads.get(ctx, lead.id);
        await server.app.services.leads.markConverted(ctx, found, links);
      });
      const converted = (await getLead(owner.client, lead.id))!;
      expect(converted).toMatchObject({
        status: 'CONVERTED',
        convertedContactId: links.contactId,
        convertedOrganizationId: links.organizationId,
        convertedDealId: links.dealId,
        version: 2,
      });
      expect(converted.convertedAt).toBeTruthy();
      expect(converted.history.at(-1)).toMatchObject({ fromStatus: 'SQL', toStatus: 'CONVERTED', changedById: owner.userId });

      const edit = await owner.client.error(UPDATE, { input: { id: lead.id, score: 99 } });
      expect(edit.extensions?.code).toBe('CONFLICT');
      expect(edit.message).toContain('converted');
      for (const status of ['LEAD', 'DISQUALIFIED']) {
        const error = await owner.client.error(CHANGE_STATUS, { input: { id: lead.id, status, reason: 'x', version: 2 } });
        expect(error.extensions?.code).toBe('CONFLICT');
      }
      expect((await owner.client.error(DELETE, { input: { id: lead.id } })).extensions?.code).toBe('CONFLICT');
      const twice = asOwner(owner, async (ctx) => {
        const found = await server.app.services.leads.get(ctx, lead.id);
        return server.app.services.leads.markConverted(ctx, found, links);
      });
      await expect(twice).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
      expect(await getLead(owner.client, lead.id)).toEqual(converted);
    });

    it('a disqualified lead must be requalified before it is converted', async () => {
      const lead = await createLead(owner.client);
      await move(lead, 'DISQUALIFIED', 'Competitor');
      const attempt = asOwner(owner, async (ctx) => {
        const found = await server.app.services.leads.get(ctx, lead.id);
        return server.app.services.leads.markConverted(ctx, found, { contactId: newId(), organizationId: null, dealId: null });
      });
      await expect(attempt).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
      expect((await getLead(owner.client, lead.id))!.status).toBe('DISQUALIFIED');
    });
  });

  describe('lists', () => {
    let session: TenantSession;
    let rep: { client: GraphqlClient; userId: string };
    const leads: Record<string, Lead> = {};

    beforeAll(async () => {
      session = await server.signup('List Co');
      rep = await invite(session, 'REP');
      const rows: [string, Record<string, unknown>, GraphqlClient?][] = [
        ['alice', { firstName: 'Alice', lastName: 'Adams', email: 'alice@alpha.example', companyName: 'Alpha', source: 'INBOUND', score: 10 }],
        ['bob', { firstName: 'Bob', lastName: 'Brown', email: 'bob@beta.example', companyName: 'Beta Bikes', source: 'OUTBOUND', score: 50, status: 'MQL' }],
        ['carol', { firstName: 'Carol', companyName: 'Gamma 100%', source: 'REFERRAL', score: 50, status: 'SQL' }],
        ['dave', { firstName: 'Dave', lastName: 'Davis', email: 'dave@delta.example', source: 'EVENT', score: 90 }, rep.client],
        ['eve', { firstName: 'Eve', lastName: 'Evans', source: 'CHANNEL', score: 0, status: 'SAL' }],
      ];
      for (const [key, input, client] of rows) {
        leads[key] = await createLead(client ?? session.client, input);
        await pause(3);
      }
      // Touch them in another order so UPDATED_AT differs from CREATED_AT.
      for (const key of ['carol', 'alice', 'eve', 'bob', 'dave']) {
        leads[key] = (await session.client.query(UPDATE, { input: { id: leads[key]!.id, sourceDetail: `touched ${key}` } })).updateLead;
        await pause(3);
      }
    });

    const ids = (...keys: string[]) => keys.map((key) => leads[key]!.id);

    it('filters by search over names, email and company', async () => {
      const search = async (text: string) => (await listIds(session.client, { filter: { search: text } })).sort();
      expect(await search('alice')).toEqual(ids('alice'));
      expect(await search('BROWN')).toEqual(ids('bob'));
      expect(await search('delta.example')).toEqual(ids('dave'));
      expect(await search('Bikes')).toEqual(ids('bob'));
      expect(await search('100%')).toEqual(ids('carol'));
      expect(await search('Eve Evans')).toEqual(ids('eve'));
      expect(await search('nobody')).toEqual([]);
    });

    it('filters by status, source, owner and minimum score', async () => {
      const sorted = async (filter: Record<string, unknown>) => (await listIds(session.client, { filter })).sort();
      expect(await sorted({ status: ['MQL', 'SQL'] })).toEqual(ids('bob', 'carol').sort());
      expect(await sorted({ status: [] })).toHaveLength(5);
      expect(await sorted({ source: ['EVENT', 'CHANNEL'] })).toEqual(ids('dave', 'eve').sort());
      expect(await sorted({ ownerId: rep.userId })).toEqual(ids('dave'));
      expect(await sorted({ minScore: 50 })).toEqual(ids('bob', 'carol', 'dave').sort());
      expect(await sorted({ minScore: 50, status: ['MQL'], source: ['OUTBOUND'] })).toEqual(ids('bob'));
    });

    it('filters by creation time: after is inclusive, before exclusive', async () => {
      const carolCreated = leads.carol!.createdAt;
      expect((await listIds(session.client, { filter: { createdAfter: carolCreated } })).sort()).toEqual(ids('carol', 'dave', 'eve').sort());
      expect((await listIds(session.client, { filter: { createdBefore: carolCreated } })).sort()).toEqual(ids('alice', 'bob').sort());
      const window = { createdAfter: leads.bob!.createdAt, createdBefore: leads.dave!.createdAt };
      expect((await listIds(session.client, { filter: window })).sort()).toEqual(ids('bob', 'carol').sort());
    });

    it('rejects a filter out of range', async () => {
      const error = await session.client.error(LIST, { filter: { minScore: 101 } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minScore' });
    });

    it('lists newest first by default', async () => {
      expect(await listIds(session.client, {})).toEqual(ids('eve', 'dave', 'carol', 'bob', 'alice'));
    });

    const byId = (a: Lead, b: Lead) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const orders: [string, (a: Lead, b: Lead) => number][] = [
      ['CREATED_AT', byId],
      ['UPDATED_AT', (a, b) => a.updatedAt.localeCompare(b.updatedAt) || byId(a, b)],
      ['SCORE', (a, b) => a.score - b.score || byId(a, b)],
      ['NAME', (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : byId(a, b))],
    ];
    for (const [field, compare] of orders) {
      for (const direction of ['ASC', 'DESC']) {
        it(`orders by ${field} ${direction}, the same walking forward and backward`, async () => {
          const expected = Object.values(leads).sort(compare).map((lead) => lead.id);
          if (direction === 'DESC') expected.reverse();
          const { forward, backward } = await walk(session.client, { orderBy: { field, direction } }, 2);
          expect(forward).toEqual(expected);
          expect(backward).toEqual(expected);
        });
      }
    }

    it('keeps forward pages stable when leads are inserted between fetches', async () => {
      const tenant = await server.signup('Paging Forward Co');
      await createInOrder(tenant.client, ['Bianca', 'Cedric', 'Dora', 'Emil', 'Fiona']);
      const variables = { orderBy: { field: 'NAME', direction: 'ASC' } };
      const first = (await tenant.client.query(LIST, { ...variables, first: 2 })).leads;
      expect(first.edges.map((e: any) => e.node.name)).toEqual(['Bianca', 'Cedric']);
      await createInOrder(tenant.client, ['Aaron', 'Cecil', 'Zoe']);
      const second = (await tenant.client.query(LIST, { ...variables, first: 2, after: first.pageInfo.endCursor })).leads;
      expect(second.edges.map((e: any) => e.node.name)).toEqual(['Dora', 'Emil']);
      expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      const third = (await tenant.client.query(LIST, { ...variables, first: 2, after: second.pageInfo.endCursor })).leads;
      expect(third.edges.map((e: any) => e.node.name)).toEqual(['Fiona', 'Zoe']);
      expect(third.pageInfo.hasNextPage).toBe(false);

      // Newest first: leads created after the first page appear before it, never inside the next one.
      const newest = (await tenant.client.query(LIST, { first: 3 })).leads;
      await createLead(tenant.client, { firstName: 'Newer' });
      const next = (await tenant.client.query(LIST, { first: 3, after: newest.pageInfo.endCursor })).leads;
      const seen = [...newest.edges, ...next.edges].map((e: any) => e.node.name);
      expect(seen).toEqual(['Zoe', 'Cecil', 'Aaron', 'Fiona', 'Emil', 'Dora']);
    });

    it('keeps backward pages stable when leads are inserted between fetches', async () => {
      const tenant = await server.signup('Paging Backward Co');
      await createInOrder(tenant.client, ['Bianca', 'Cedric', 'Dora', 'Emil', 'Fiona']);
      const variables = { orderBy: { field: 'NAME', direction: 'ASC' } };
      const last = (await tenant.client.query(LIST, { ...variables, last: 2 })).leads;
      expect(last.edges.map((e: any) => e.node.name)).toEqual(['Emil', 'Fiona']);
      expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      await createInOrder(tenant.client, ['Aaron', 'Eva']);
      const middle = (await tenant.client.query(LIST, { ...variables, last: 2, before: last.pageInfo.startCursor })).leads;
      expect(middle.edges.map((e: any) => e.node.name)).toEqual(['Cedric', 'Dora']);
      expect(middle.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      const start = (await tenant.client.query(LIST, { ...variables, last: 2, before: middle.pageInfo.startCursor })).leads;
      expect(start.edges.map((e: any) => e.node.name)).toEqual(['Aaron', 'Bianca']);
      expect(start.pageInfo.hasPreviousPage).toBe(false);
    });

    it('rejects a cursor from another ordering', async () => {
      const page = (await session.client.query(LIST, { first: 1, orderBy: { field: 'SCORE', direction: 'ASC' } })).leads;
      const error = await session.client.error(LIST, { first: 1, after: page.pageInfo.endCursor, orderBy: { field: 'NAME', direction: 'ASC' } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('loads history and owners for a whole page in a fixed number of statements', async () => {
      const query = `query($first: Int) { leads(first: $first) { edges { node { id history { toStatus changedBy { id } } owner { id } } } } }`;
      const statements = async (first: number) => {
        const before = server.app.database.queries.total;
        await session.client.query(query, { first });
        return server.app.database.queries.total - before;
      };
      expect(await statements(5)).toBe(await statements(1));
    });
  });

  it('a REP limited to their own records sees and edits only their own leads', async () => {
    const boss = await server.signup('Limited Co');
    const rep = await invite(boss, 'REP');
    const bossLead = await createLead(boss.client, { firstName: 'Boss' });
    const repLead = await createLead(rep.client, { firstName: 'Mine' });
    expect((await listIds(rep.client, {})).sort()).toEqual([bossLead.id, repLead.id].sort());

    await boss.client.query(SETTINGS, { input: { repsSeeOwnRecordsOnly: true } });
    expect(await listIds(rep.client, {})).toEqual([repLead.id]);
    expect((await listIds(boss.client, {})).sort()).toEqual([bossLead.id, repLead.id].sort());
    expect(await getLead(rep.client, bossLead.id)).toBeNull();
    const edit = await rep.client.error(UPDATE, { input: { id: bossLead.id, score: 1 } });
    expect(edit.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const move = await rep.client.error(CHANGE_STATUS, { input: { id: bossLead.id, status: 'MQL', version: 1 } });
    expect(move.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const assign = await rep.client.error(CREATE, { input: { firstName: 'For boss', source: 'OTHER', ownerId: boss.userId } });
    expect(assign.extensions?.code).toBe('FORBIDDEN');
    expect(await listIds(boss.client, {})).toHaveLength(2);
  });
});
