import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GraphqlClient, type TenantSession, type TestServer, type Page, type PageVariables, sleep } from '../../../test/harness';

interface OrganizationNode {
  id: string;
  name: string;
  domain: string | null;
  industry: string | null;
  employeeCount: number | null;
  phone: string | null;
  country: string | null;
  city: string | null;
  address: string | null;
  archivedAt: string | null;
  version: number;
  owner: { id: string } | null;
}

const ORGANIZATION_FIELDS = `id name domain industry employeeCount phone country city address archivedAt version owner { id }`;

const Q = {
  organizations: `query($first: Int, $after: String, $last: Int, $before: String, $filter: OrganizationFilter, $orderBy: OrganizationOrderBy) {
    organizations(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${ORGANIZATION_FIELDS} } }
    }
  }`,
  organization: `query($id: ID!) { organization(id: $id) { ${ORGANIZATION_FIELDS} } }`,
  create: `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORGANIZATION_FIELDS} } }`,
  update: `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ${ORGANIZATION_FIELDS} } }`,
  archive: `mutation($input: IdInput!) { archiveOrganization(input: $input) { ${ORGANIZATION_FIELDS} } }`,
  restore: `mutation($input: IdInput!) { restoreOrganization(input: $input) { ${ORGANIZATION_FIELDS} } }`,
  withOwnerAndContacts: `query($id: ID!) { organization(id: $id) {
    owner { id name email role }
    contacts(orderBy: { field: NAME }) { totalCount edges { node { name organization { id } } } }
  } }`,
  createContact: `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`,
  archiveContact: `mutation($input: IdInput!) { archiveContact(input: $input) { id } }`,
  updateSettings: `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { repsSeeOwnRecordsOnly } }`,
};

async function list(client: GraphqlClient, variables: PageVariables = {}): Promise<Page<OrganizationNode>> {
  return (await client.query<{ organizations: Page<OrganizationNode> }>(Q.organizations, { first: 100, ...variables })).organizations;
}

async function names(client: GraphqlClient, variables: PageVariables = {}): Promise<string[]> {
  return (await list(client, variables)).edges.map((edge) => edge.node.name);
}

/** Creates and waits a moment: ids (UUIDv7) and timestamps order by the millisecond, so order tests need a gap. */
async function create(client: GraphqlClient, input: Record<string, unknown>): Promise<OrganizationNode> {
  const { createOrganization } = await client.query<{ createOrganization: OrganizationNode }>(Q.create, { input });
  await sleep(3);
  return createOrganization;
}

async function update(client: GraphqlClient, input: Record<string, unknown>): Promise<OrganizationNode> {
  const { updateOrganization } = await client.query<{ updateOrganization: OrganizationNode }>(Q.update, { input });
  await sleep(3);
  return updateOrganization;
}

describe('organizations', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const invite = (owner: TenantSession, role: string) => server.invite(owner, role);

  describe('create and read', () => {
    it('creates an organization with every field, normalised and owned by the caller', async () => {
      const owner = await server.signup();
      const created = await create(owner.client, {
        name: '  Acme Corporation ',
        domain: 'https://www.Acme.com/about',
        industry: ' Manufacturing ',
        employeeCount: 250,
        phone: ' +48 22 100 200 ',
        country: 'pl',
        city: ' Warsaw ',
        address: ' ul. Prosta 1 ',
      });
      expect(created).toEqual({
        id: expect.any(String),
        name: 'Acme Corporation',
        domain: 'acme.com',
        industry: 'Manufacturing',
        employeeCount: 250,
        phone: '+48 22 100 200',
        country: 'PL',
        city: 'Warsaw',
        address: 'ul. Prosta 1',
        archivedAt: null,
        version: 1,
        owner: { id: owner.userId },
      });
      expect((await owner.client.query(Q.organization, { id: created.id })).organization).toEqual(created);
      expect((await list(owner.client)).edges.map((edge) => edge.node)).toEqual([created]);
    });

    it('needs only a name; every other field is empty', async () => {
      const owner = await server.signup();
      const created = await create(owner.client, { name: 'Bare' });
      expect(created).toMatchObject({
        name: 'Bare', domain: null, industry: null, employeeCount: null, phone: null, country: null, city: null, address: null,
        owner: { id: owner.userId },
      });
    });

    it.each([
      ['https://www.Acme.com/about', 'acme.com'],
      ['ACME.COM', 'acme.com'],
      ['http://acme.com:8080/path?q=1#top', 'acme.com'],
      ['www.shop.acme.co.uk/', 'shop.acme.co.uk'],
      ['  my-company.io  ', 'my-company.io'],
    ])('stores the domain %j as %j', async (domain, stored) => {
      const owner = await server.signup();
      expect((await create(owner.client, { name: 'Acme', domain })).domain).toBe(stored);
    });

    it('assigns an owner from the team when asked', async () => {
      const owner = await server.signup();
      const rep = await invite(owner, 'REP');
      const created = await create(owner.client, { name: 'Delegated', ownerId: rep.userId });
      expect(created.owner).toEqual({ id: rep.userId });
    });

    it('Organization.owner and Organization.contacts resolve', async () => {
      const owner = await server.signup();
      const acme = await create(owner.client, { name: 'Acme' });
      const other = await create(owner.client, { name: 'Other' });
      for (const firstName of ['Zed', 'Ann']) {
        await owner.client.query(Q.createContact, { input: { firstName, organizationId: acme.id } });
      }
      const archived = await owner.client.query(Q.createContact, { input: { firstName: 'Gone', organizationId: acme.id } });
      await owner.client.query(Q.archiveContact, { input: { id: archived.createContact.id } });
      await owner.client.query(Q.createContact, { input: { firstName: 'Elsewhere', organizationId: other.id } });

      const read = (await owner.client.query(Q.withOwnerAndContacts, { id: acme.id })).organization;
      expect(read.owner).toEqual({ id: owner.userId, name: 'Olivia Owner', email: owner.email, role: 'OWNER' });
      expect(read.contacts).toEqual({
        totalCount: 2,
        edges: [{ node: { name: 'Ann', organization: { id: acme.id } } }, { node: { name: 'Zed', organization: { id: acme.id } } }],
      });
    });
  });

  describe('update', () => {
    it('a stale version is a CONFLICT, and changes nothing', async () => {
      const owner = await server.signup();
      const created = await create(owner.client, { name: 'Acme' });
      await update(owner.client, { id: created.id, version: 1, industry: 'Retail' });
      const error = await owner.client.error(Q.update, { input: { id: created.id, version: 1, industry: 'Lost update' } });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect((await update(owner.client, { id: created.id })).industry).toBe('Retail');
    });

    it('keeps what is left out and clears what is null or blank', async () => {
      const owner = await server.signup();
      const full = {
        name: 'Acme', domain: 'acme.com', industry: 'Manufacturing', employeeCount: 250,
        phone: '+48 22 100 200', country: 'PL', city: 'Warsaw', address: 'ul. Prosta 1',
      };
      const created = await create(owner.client, full);

      const renamed = await update(owner.client, { id: created.id, name: ' Acme Group ' });
      expect(renamed).toEqual({ ...created, ...full, name: 'Acme Group', version: 2 });

      const retyped = await update(owner.client, { id: created.id, industry: 'Retail', domain: 'https://www.ACME.org/', country: 'de' });
      expect(retyped).toEqual({ ...renamed, industry: 'Retail', domain: 'acme.org', country: 'DE', version: 3 });

      const cleared = await update(owner.client, {
        id: created.id, domain: null, industry: '   ', employeeCount: null, phone: '', country: null, city: ' ', address: null,
      });
      expect(cleared).toEqual({
        ...created,
        name: 'Acme Group',
        domain: null, industry: null, employeeCount: null, phone: null, country: null, city: null, address: null,
        version: 4,
      });
      expect((await owner.client.query(Q.organization, { id: created.id })).organization).toEqual(cleared);
    });

    it('reassigns the owner; ownerId: null keeps the current owner', async () => {
      const owner = await server.signup();
      const rep = await invite(owner, 'REP');
      const created = await create(owner.client, { name: 'Acme' });
      expect((await update(owner.client, { id: created.id, ownerId: rep.userId })).owner).toEqual({ id: rep.userId });
      const kept = await update(owner.client, { id: created.id, ownerId: null, city: 'Haifa' });
      expect(kept).toMatchObject({ owner: { id: rep.userId }, city: 'Haifa', version: 3 });
    });

    it.each([
      ['a blank name', { name: '   ' }],
      ['an empty name', { name: '' }],
      ['a null name', { name: null }],
    ])('refuses %s on name and changes nothing', async (_case, patch) => {
      const owner = await server.signup();
      const created = await create(owner.client, { name: 'Acme', city: 'Warsaw' });
      const error = await owner.client.error(Q.update, { input: { id: created.id, city: 'Cairo', ...patch } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      expect((await owner.client.query(Q.organization, { id: created.id })).organization).toEqual(created);
    });
  });

  describe('domain uniqueness', () => {
    it('a domain is unique within the workspace however it is spelled, but another workspace may use it', async () => {
      const owner = await server.signup();
      const acme = await create(owner.client, { name: 'Acme', domain: 'acme.com' });
      const other = await create(owner.client, { name: 'Other', domain: 'other.com' });

      const duplicate = await owner.client.error(Q.create, { input: { name: 'Acme again', domain: 'https://WWW.Acme.com/contact' } });
      expect(duplicate.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'domain' });
      const taken = await owner.client.error(Q.update, { input: { id: other.id, domain: 'ACME.com' } });
      expect(taken.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'domain' });
      expect((await list(owner.client)).edges.map((edge) => edge.node)).toEqual([acme, other]);

      // Sending its own domain again is no conflict.
      expect((await update(owner.client, { id: acme.id, domain: 'www.acme.com' })).domain).toBe('acme.com');

      const neighbour = await server.signup();
      const theirs = await create(neighbour.client, { name: 'Acme (their view)', domain: 'acme.com' });
      expect(theirs.domain).toBe('acme.com');

      // Freed once the first one lets go of it.
      await update(owner.client, { id: acme.id, domain: null });
      expect((await update(owner.client, { id: other.id, domain: 'acme.com' })).domain).toBe('acme.com');
    });

    it('several organizations may have no domain', async () => {
      const owner = await server.signup();
      await create(owner.client, { name: 'One' });
      await create(owner.client, { name: 'Two', domain: '' });
      await create(owner.client, { name: 'Three', domain: null });
      expect((await list(owner.client)).totalCount).toBe(3);
    });
  });

  describe('archive and restore', () => {
    it('archived organizations leave the default list and show with archived: true; both are idempotent', async () => {
      const owner = await server.signup();
      await create(owner.client, { name: 'Kept' });
      const gone = await create(owner.client, { name: 'Gone' });

      const archived = (await owner.client.query(Q.archive, { input: { id: gone.id } })).archiveOrganization;
      expect(archived).toMatchObject({ archivedAt: expect.any(String), version: 2 });
      const again = (await owner.client.query(Q.archive, { input: { id: gone.id } })).archiveOrganization;
      expect(again).toMatchObject({ archivedAt: archived.archivedAt, version: 2 });

      expect(await names(owner.client)).toEqual(['Kept']);
      expect((await list(owner.client)).totalCount).toBe(1);
      expect(await names(owner.client, { filter: { archived: true } })).toEqual(['Gone']);
      expect(await names(owner.client, { filter: { archived: false } })).toEqual(['Kept']);
      expect((await owner.client.query(Q.organization, { id: gone.id })).organization.archivedAt).toBe(archived.archivedAt);

      const restored = (await owner.client.query(Q.restore, { input: { id: gone.id } })).restoreOrganization;
      expect(restored).toMatchObject({ archivedAt: null, version: 3 });
      expect((await owner.client.query(Q.restore, { input: { id: gone.id } })).restoreOrganization.version).toBe(3);
      expect(await names(owner.client)).toEqual(['Gone', 'Kept']);
      expect(await names(owner.client, { filter: { archived: true } })).toEqual([]);
    });
  });

  describe('filters', () => {
    let owner: TenantSession;
    let colleague: { userId: string };
    /** In creation order, which the filter checks list by, so that collation plays no part. */
    const byCreation = { field: 'CREATED_AT', direction: 'ASC' };
    const find = (filter: object) => names(owner.client, { filter, orderBy: byCreation });

    beforeAll(async () => {
      owner = await server.signup();
      colleague = await invite(owner, 'REP');
      for (const input of [
        { name: 'Acme', domain: 'acme.com', industry: 'Manufacturing', country: 'PL' },
        { name: 'Globex', domain: 'globex.io', industry: 'Energy', country: 'DE', ownerId: colleague.userId },
        { name: 'Initech', domain: 'initech.com', industry: 'Software', country: 'US' },
        { name: 'Save 50% now', industry: 'Retail', country: 'PL', ownerId: colleague.userId },
        { name: 'Save 500 now', industry: 'Retail', country: 'IL' },
        { name: 'Snake_Case Ltd', domain: 'snake.eg', industry: 'Software', country: 'EG' },
        { name: 'SnakeXCase Ltd', industry: 'Software' },
      ]) {
        await create(owner.client, input);
      }
      const archived = await create(owner.client, { name: 'Acme Archive', domain: 'acme-archive.com', industry: 'Manufacturing', country: 'PL' });
      await owner.client.query(Q.archive, { input: { id: archived.id } });
    });

    it('search matches name or domain, ignoring case', async () => {
      expect(await find({ search: 'acme' })).toEqual(['Acme']);
      expect(await find({ search: 'GLOB' })).toEqual(['Globex']);
      expect(await find({ search: 'globex.io' })).toEqual(['Globex']);
      expect(await find({ search: '.com' })).toEqual(['Acme', 'Initech']);
      expect(await find({ search: 'snake.eg' })).toEqual(['Snake_Case Ltd']);
      expect(await find({ search: '  tech ' })).toEqual(['Initech']);
      expect(await find({ search: 'nothing like it' })).toEqual([]);
    });

    it('search treats % and _ literally', async () => {
      expect(await find({ search: '50%' })).toEqual(['Save 50% now']);
      expect(await find({ search: '0% n' })).toEqual(['Save 50% now']);
      expect(await find({ search: 'e_C' })).toEqual(['Snake_Case Ltd']);
      expect(await find({ search: '%' })).toEqual(['Save 50% now']);
      expect(await find({ search: '_' })).toEqual(['Snake_Case Ltd']);
      expect(await find({ search: '!' })).toEqual([]);
    });

    it('filters by owner, industry and country (given in any case)', async () => {
      expect(await find({ ownerId: colleague.userId })).toEqual(['Globex', 'Save 50% now']);
      expect(await find({ ownerId: owner.userId })).toEqual(['Acme', 'Initech', 'Save 500 now', 'Snake_Case Ltd', 'SnakeXCase Ltd']);
      expect(await find({ industry: 'Software' })).toEqual(['Initech', 'Snake_Case Ltd', 'SnakeXCase Ltd']);
      expect(await find({ industry: 'Retail' })).toEqual(['Save 50% now', 'Save 500 now']);
      expect(await find({ country: 'PL' })).toEqual(['Acme', 'Save 50% now']);
      expect(await find({ country: 'pl' })).toEqual(['Acme', 'Save 50% now']);
      expect(await find({ country: 'EG' })).toEqual(['Snake_Case Ltd']);
      expect(await find({ country: 'FR' })).toEqual([]);
    });

    it('archived: false is the default, true lists only archived ones; filters combine', async () => {
      expect((await list(owner.client)).totalCount).toBe(7);
      expect((await list(owner.client, { filter: { archived: false } })).totalCount).toBe(7);
      expect(await find({ archived: true })).toEqual(['Acme Archive']);
      expect(await find({ archived: true, search: 'acme', country: 'PL', industry: 'Manufacturing', ownerId: owner.userId }))
        .toEqual(['Acme Archive']);
      expect(await find({ archived: true, ownerId: colleague.userId })).toEqual([]);
      expect(await find({ country: 'PL', ownerId: colleague.userId })).toEqual(['Save 50% now']);
      expect(await find({ industry: 'Software', search: 'snake' })).toEqual(['Snake_Case Ltd', 'SnakeXCase Ltd']);
      expect((await list(owner.client, { filter: { industry: 'Software', country: 'US' } })).totalCount).toBe(1);
    });
  });

  describe('order and pagination', () => {
    it('orders by name, creation and last update, both ways, ties broken by id', async () => {
      const owner = await server.signup();
      const created: OrganizationNode[] = [];
      for (const name of ['Mango', 'Apple', 'Zeta', 'Mango', 'Kiwi']) created.push(await create(owner.client, { name }));
      await update(owner.client, { id: created[1]!.id, city: 'Lagos' });
      // Apple, Kiwi, Mango (the older first), Mango, Zeta.
      const byName = [created[1], created[4], created[0], created[3], created[2]].map((o) => o!.id);
      const byCreation = created.map((o) => o.id);
      const byUpdate = [created[0], created[2], created[3], created[4], created[1]].map((o) => o!.id);
      const idsIn = async (field: string, direction: string) =>
        (await list(owner.client, { orderBy: { field, direction } })).edges.map((edge) => edge.node.id);

      expect(await idsIn('NAME', 'ASC')).toEqual(byName);
      expect(await idsIn('NAME', 'DESC')).toEqual([...byName].reverse());
      expect(await idsIn('CREATED_AT', 'ASC')).toEqual(byCreation);
      expect(await idsIn('CREATED_AT', 'DESC')).toEqual([...byCreation].reverse());
      expect(await idsIn('UPDATED_AT', 'ASC')).toEqual(byUpdate);
      expect(await idsIn('UPDATED_AT', 'DESC')).toEqual([...byUpdate].reverse());
      expect((await list(owner.client)).edges.map((edge) => edge.node.id)).toEqual(byName);
      // NAME without a direction is ascending.
      expect((await owner.client.query(`{ organizations(orderBy: { field: NAME }) { edges { node { id } } } }`))
        .organizations.edges.map((edge: any) => edge.node.id)).toEqual(byName);
    });

    it('pages forward with first/after, stable while organizations are added', async () => {
      const owner = await server.signup();
      for (const name of ['Bravo', 'Delta', 'Foxtrot', 'Hotel', 'Juliet', 'Lima', 'November']) await create(owner.client, { name });

      const first = await list(owner.client, { first: 3 });
      expect(first.edges.map((edge) => edge.node.name)).toEqual(['Bravo', 'Delta', 'Foxtrot']);
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(first.pageInfo.startCursor).toBe(first.edges[0]!.cursor);
      expect(first.pageInfo.endCursor).toBe(first.edges[2]!.cursor);
      expect(first.totalCount).toBe(7);

      await create(owner.client, { name: 'Alpha' }); // before the cursor: neither repeated nor shifting the page
      await create(owner.client, { name: 'Charlie' }); // before the cursor too
      const second = await list(owner.client, { first: 3, after: first.pageInfo.endCursor });
      expect(second.edges.map((edge) => edge.node.name)).toEqual(['Hotel', 'Juliet', 'Lima']);
      expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

      await create(owner.client, { name: 'Mike' }); // after the cursor: shows up in place
      const third = await list(owner.client, { first: 3, after: second.pageInfo.endCursor });
      expect(third.edges.map((edge) => edge.node.name)).toEqual(['Mike', 'November']);
      expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect(third.totalCount).toBe(10);

      const exact = await list(owner.client, { first: 2, after: second.pageInfo.endCursor });
      expect(exact.edges.map((edge) => edge.node.name)).toEqual(['Mike', 'November']);
      expect(exact.pageInfo.hasNextPage).toBe(false);
    });

    it('pages newest first without repeating rows when newer ones arrive between fetches', async () => {
      const owner = await server.signup();
      for (const name of ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven']) await create(owner.client, { name });
      const orderBy = { field: 'CREATED_AT', direction: 'DESC' };
      const first = await list(owner.client, { first: 3, orderBy });
      expect(first.edges.map((edge) => edge.node.name)).toEqual(['Seven', 'Six', 'Five']);
      await create(owner.client, { name: 'Eight' }); // sorts before the cursor
      const second = await list(owner.client, { first: 3, after: first.pageInfo.endCursor, orderBy });
      expect(second.edges.map((edge) => edge.node.name)).toEqual(['Four', 'Three', 'Two']);
      expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
      const third = await list(owner.client, { first: 3, after: second.pageInfo.endCursor, orderBy });
      expect(third.edges.map((edge) => edge.node.name)).toEqual(['One']);
      expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    });

    it('pages backward with last/before, stable while organizations are added', async () => {
      const owner = await server.signup();
      for (const name of ['Bravo', 'Delta', 'Foxtrot', 'Hotel', 'Juliet', 'Lima', 'November']) await create(owner.client, { name });

      const last = await list(owner.client, { first: undefined, last: 3 });
      expect(last.edges.map((edge) => edge.node.name)).toEqual(['Juliet', 'Lima', 'November']);
      expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
      expect(last.totalCount).toBe(7);

      await create(owner.client, { name: 'Kilo' }); // after the cursor: already passed
      await create(owner.client, { name: 'Echo' }); // before it: shows up in place
      const previous = await list(owner.client, { first: undefined, last: 3, before: last.pageInfo.startCursor });
      expect(previous.edges.map((edge) => edge.node.name)).toEqual(['Echo', 'Foxtrot', 'Hotel']);
      expect(previous.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });

      const earliest = await list(owner.client, { first: undefined, last: 3, before: previous.pageInfo.startCursor });
      expect(earliest.edges.map((edge) => edge.node.name)).toEqual(['Bravo', 'Delta']);
      expect(earliest.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });

      // Going forward again from a backward page picks up where it ended.
      const forward = await list(owner.client, { first: 3, after: previous.pageInfo.endCursor });
      expect(forward.edges.map((edge) => edge.node.name)).toEqual(['Juliet', 'Kilo', 'Lima']);

      const descending = { field: 'NAME', direction: 'DESC' };
      const tail = await list(owner.client, { first: undefined, last: 3, orderBy: descending });
      expect(tail.edges.map((edge) => edge.node.name)).toEqual(['Echo', 'Delta', 'Bravo']);
      const beforeTail = await list(owner.client, { first: undefined, last: 3, before: tail.pageInfo.startCursor, orderBy: descending });
      expect(beforeTail.edges.map((edge) => edge.node.name)).toEqual(['Juliet', 'Hotel', 'Foxtrot']);
    });

    it('pages by last update with cursors that carry the timestamp', async () => {
      const owner = await server.signup();
      const created: OrganizationNode[] = [];
      for (const name of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) created.push(await create(owner.client, { name }));
      await update(owner.client, { id: created[0]!.id, city: 'Oslo' }); // A is now the most recently updated
      const orderBy = { field: 'UPDATED_AT', direction: 'ASC' };
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 5; pages++) {
        const page = await list(owner.client, { first: 3, after, orderBy });
        seen.push(...page.edges.map((edge) => edge.node.name));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(['B', 'C', 'D', 'E', 'F', 'G', 'A']);
    });

    it('refuses a page over 100, a cursor from nowhere and first together with last', async () => {
      const owner = await server.signup();
      await create(owner.client, { name: 'Only' });
      expect((await owner.client.error(Q.organizations, { first: 101 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect((await owner.client.error(Q.organizations, { first: -1 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect((await owner.client.error(Q.organizations, { first: undefined, last: 101 })).extensions)
        .toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
      expect((await list(owner.client, { first: 100 })).totalCount).toBe(1);
      expect((await owner.client.error(Q.organizations, { first: 3, after: 'not-a-cursor' })).extensions)
        .toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect((await owner.client.error(Q.organizations, { first: undefined, last: 3, before: 'bm9wZQ' })).extensions)
        .toMatchObject({ code: 'BAD_USER_INPUT', field: 'before' });
      const both = await owner.client.error(Q.organizations, { first: 3, last: 3 });
      expect(both.extensions?.code).toBe('BAD_USER_INPUT');
      expect(both.extensions?.field).toBe('last');
    });

    // A NAME cursor decoded for a timestamp order must not become an Invalid Date.
    it('a cursor of one order used with a timestamp order is refused as a bad cursor', async () => {
      const owner = await server.signup();
      for (const name of ['A', 'B', 'C']) await create(owner.client, { name });
      const byName = await list(owner.client, { first: 1 });
      const result = await owner.client.request(Q.organizations, {
        first: 1, after: byName.pageInfo.endCursor, orderBy: { field: 'UPDATED_AT', direction: 'ASC' },
      });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  describe('bad input', () => {
    let owner: TenantSession;
    let other: TenantSession;
    let organization: OrganizationNode;

    beforeAll(async () => {
      owner = await server.signup();
      other = await server.signup();
      organization = await create(owner.client, { name: 'Acme', domain: 'acme.com', employeeCount: 10, country: 'PL' });
    });

    async function expectNothingWritten(): Promise<void> {
      const organizations = await list(owner.client, { filter: {} });
      expect(organizations.edges.map((edge) => edge.node)).toEqual([organization]);
      expect(await names(owner.client, { filter: { archived: true } })).toEqual([]);
    }

    it.each([
      ['a missing name', { name: '' }, 'name'],
      ['a blank name', { name: '   ' }, 'name'],
      ['a name over 200 characters', { name: 'x'.repeat(201) }, 'name'],
      ['a domain over 253 characters', { name: 'Ok', domain: `${'a'.repeat(250)}.com` }, 'domain'],
      ['a domain that is not one', { name: 'Ok', domain: 'not a domain' }, 'domain'],
      ['a domain without a top level', { name: 'Ok', domain: 'localhost' }, 'domain'],
      ['a negative employee count', { name: 'Ok', employeeCount: -1 }, 'employeeCount'],
      ['a fractional employee count', { name: 'Ok', employeeCount: 2.5 }, 'employeeCount'],
      ['an unknown country code', { name: 'Ok', country: 'XX' }, 'country'],
      ['a country name', { name: 'Ok', country: 'Poland' }, 'country'],
      ['a country code with a digit', { name: 'Ok', country: 'P1' }, 'country'],
      ['an industry over 120 characters', { name: 'Ok', industry: 'x'.repeat(121) }, 'industry'],
      ['a phone over 40 characters', { name: 'Ok', phone: '1'.repeat(41) }, 'phone'],
      ['a city over 120 characters', { name: 'Ok', city: 'x'.repeat(121) }, 'city'],
      ['an address over 300 characters', { name: 'Ok', address: 'x'.repeat(301) }, 'address'],
    ])('create refuses %s, naming the field', async (_case, input, field) => {
      const error = await owner.client.error(Q.create, { input });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).not.toMatch(/SQL|stack|at \w+ \(/);
      await expectNothingWritten();
    });

    it('an owner of another workspace, or no one, looks missing on create and update', async () => {
      const byOwner = await owner.client.error(Q.create, { input: { name: 'Ok', ownerId: other.userId } });
      expect(byOwner.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'ownerId' });
      const unknown = await owner.client.error(Q.create, { input: { name: 'Ok', ownerId: 'no-such-user' } });
      expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'ownerId' });
      const reassign = await owner.client.error(Q.update, { input: { id: organization.id, city: 'Changed', ownerId: other.userId } });
      expect(reassign.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'ownerId' });
      await expectNothingWritten();
    });

    it.each([
      ['a name over 200 characters', { name: 'x'.repeat(201) }, 'name'],
      ['a bad domain', { domain: 'not a domain' }, 'domain'],
      ['a domain over 253 characters', { domain: `${'a'.repeat(250)}.com` }, 'domain'],
      ['a negative employee count', { employeeCount: -5 }, 'employeeCount'],
      ['an unknown country code', { country: 'XX' }, 'country'],
      ['a country name', { country: 'Poland' }, 'country'],
    ])('update refuses %s and changes nothing', async (_case, patch, field) => {
      const error = await owner.client.error(Q.update, { input: { id: organization.id, city: 'Changed', ...patch } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      await expectNothingWritten();
    });

    it('another workspace can neither see nor change an organization', async () => {
      expect((await other.client.query(Q.organization, { id: organization.id })).organization).toBeNull();
      expect((await list(other.client)).totalCount).toBe(0);
      for (const [query, input] of [
        [Q.update, { id: organization.id, name: 'Hacked' }],
        [Q.archive, { id: organization.id }],
        [Q.restore, { id: organization.id }],
      ] as const) {
        expect((await other.client.error(query, { input })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      }
      await expectNothingWritten();
    });

    it('anonymous callers are turned away', async () => {
      expect((await server.client.error(Q.organizations)).extensions?.code).toBe('UNAUTHENTICATED');
      expect((await server.client.error(Q.create, { input: { name: 'Anon' } })).extensions?.code).toBe('UNAUTHENTICATED');
      await expectNothingWritten();
    });
  });

  describe('a REP limited to their own records', () => {
    it('sees, edits and assigns only organizations they own', async () => {
      const owner = await server.signup();
      await owner.client.query(Q.updateSettings, { input: { repsSeeOwnRecordsOnly: true } });
      const rep = await invite(owner, 'REP');
      const ownersOrganization = await create(owner.client, { name: 'Owned by owner', domain: 'owner.com' });
      const repsOrganization = await create(owner.client, { name: 'Owned by rep', ownerId: rep.userId });

      expect(await names(rep.client)).toEqual(['Owned by rep']);
      expect((await list(rep.client)).totalCount).toBe(1);
      expect(await names(rep.client, { filter: { ownerId: rep.userId } })).toEqual(['Owned by rep']);

      // Someone else's organization looks missing: null by id, NOT_FOUND (not FORBIDDEN) on change.
      const byId = await rep.client.request(Q.organization, { id: ownersOrganization.id });
      expect(byId).toEqual({ data: { organization: null } });
      const hidden = await rep.client.error(Q.update, { input: { id: ownersOrganization.id, city: 'Mine now' } });
      expect(hidden.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      const archive = await rep.client.error(Q.archive, { input: { id: ownersOrganization.id } });
      expect(archive.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });

      const giveAway = await rep.client.error(Q.create, { input: { name: 'For the boss', ownerId: owner.userId } });
      expect(giveAway.extensions?.code).toBe('FORBIDDEN');
      const handOver = await rep.client.error(Q.update, { input: { id: repsOrganization.id, ownerId: owner.userId } });
      expect(handOver.extensions?.code).toBe('FORBIDDEN');
      // A domain held by an organization the rep cannot see is still taken (not a database error).
      const hiddenDomain = await rep.client.error(Q.create, { input: { name: 'Copy', domain: 'owner.com' } });
      expect(hiddenDomain.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'domain' });

      const own = await create(rep.client, { name: 'Mine' });
      expect(own.owner).toEqual({ id: rep.userId });
      const edited = await update(rep.client, { id: repsOrganization.id, city: 'Cairo' });
      expect(edited).toMatchObject({ city: 'Cairo', owner: { id: rep.userId }, version: 2 });

      expect(await names(rep.client)).toEqual(['Mine', 'Owned by rep']);
      expect(await names(owner.client)).toEqual(['Mine', 'Owned by owner', 'Owned by rep']);
      expect((await owner.client.query(Q.organization, { id: ownersOrganization.id })).organization).toEqual(ownersOrganization);
    });

    // The filter's own `:ownerId` parameter once replaced the one the scope binds for the limit.
    it('filtering by another user\'s id does not lift the own-records limit', async () => {
      const owner = await server.signup();
      await owner.client.query(Q.updateSettings, { input: { repsSeeOwnRecordsOnly: true } });
      const rep = await invite(owner, 'REP');
      await create(owner.client, { name: 'Owned by owner' });
      await create(owner.client, { name: 'Owned by rep', ownerId: rep.userId });
      expect(await names(rep.client)).toEqual(['Owned by rep']);
      const filtered = await list(rep.client, { filter: { ownerId: owner.userId } });
      expect(filtered.edges.map((edge) => edge.node.name)).toEqual([]);
      expect(filtered.totalCount).toBe(0);
    });

    it('a REP sees everything when the workspace does not limit them', async () => {
      const owner = await server.signup();
      const rep = await invite(owner, 'REP');
      const ownersOrganization = await create(owner.client, { name: 'Shared' });
      expect(await names(rep.client)).toEqual(['Shared']);
      expect((await update(rep.client, { id: ownersOrganization.id, city: 'Lima' })).city).toBe('Lima');
    });
  });
});
