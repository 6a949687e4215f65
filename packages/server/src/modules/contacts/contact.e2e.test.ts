import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_BACKGROUND_WORK, startTestServer, type GraphqlClient, type TenantSession, type TestServer, type Page, type PageVariables, sleep } from '../../../test/harness';
import { Contact } from './contact.entity';

interface ContactNode {
  id: string;
  name: string;
  firstName: string;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  isCustomer: boolean;
  customerSince: string | null;
  archivedAt: string | null;
  version: number;
  organization: { id: string; name: string } | null;
  owner: { id: string } | null;
}

const CONTACT_FIELDS = `id name firstName lastName email phone jobTitle isCustomer customerSince archivedAt version
  organization { id name } owner { id }`;

const Q = {
  contacts: `query($first: Int, $after: String, $last: Int, $before: String, $filter: ContactFilter, $orderBy: ContactOrderBy) {
    contacts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${CONTACT_FIELDS} } }
    }
  }`,
  contact: `query($id: ID!) { contact(id: $id) { ${CONTACT_FIELDS} } }`,
  create: `mutation($input: CreateContactInput!) { createContact(input: $input) { ${CONTACT_FIELDS} } }`,
  update: `mutation($input: UpdateContactInput!) { updateContact(input: $input) { ${CONTACT_FIELDS} } }`,
  archive: `mutation($input: IdInput!) { archiveContact(input: $input) { ${CONTACT_FIELDS} } }`,
  restore: `mutation($input: IdInput!) { restoreContact(input: $input) { ${CONTACT_FIELDS} } }`,
  createOrganization: `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }`,
  organizationContacts: `query($id: ID!, $first: Int, $after: String, $orderBy: ContactOrderBy) {
    organization(id: $id) { id contacts(first: $first, after: $after, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }
  }`,
  organizationsWithContacts: `query($first: Int) {
    organizations(first: $first) { edges { node { id contacts(first: 5) { totalCount edges { node { id name } } } } } }
  }`,
  updateSettings: `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { repsSeeOwnRecordsOnly } }`,
};

async function list(client: GraphqlClient, variables: PageVariables = {}): Promise<Page<ContactNode>> {
  return (await client.query<{ contacts: Page<ContactNode> }>(Q.contacts, { first: 100, ...variables })).contacts;
}

async function names(client: GraphqlClient, variables: PageVariables = {}): Promise<string[]> {
  return (await list(client, variables)).edges.map((edge) => edge.node.name);
}

/** Creates and waits a moment: ids (UUIDv7) and timestamps order by the millisecond, so order tests need a gap. */
async function create(client: GraphqlClient, input: Record<string, unknown>): Promise<ContactNode> {
  const { createContact } = await client.query<{ createContact: ContactNode }>(Q.create, { input });
  await sleep(3);
  return createContact;
}

async function createOrganization(client: GraphqlClient, name: string): Promise<string> {
  return (await client.query<{ createOrganization: { id: string } }>(Q.createOrganization, { input: { name } })).createOrganization.id;
}

describe('contacts', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(NO_BACKGROUND_WORK);
  });
  afterAll(() => server.close());

  const invite = (owner: TenantSession, role: string) => server.invite(owner, role);

  /** What the deals module does when a deal with this contact is won. */
  async function markCustomer(tenantId: string, id: string): Promise<void> {
    await server.app.database.manager.update(Contact, { tenantId, id }, { customerSince: new Date() });
  }

  describe('create, read, update, archive', () => {
    it('creates a contact owned by the caller, with a normalised email and its organization', async () => {
      const owner = await server.signup();
      const organizationId = await createOrganization(owner.client, 'Acme');
      const created = await create(owner.client, {
        firstName: '  Anna ',
        lastName: ' Nowak ',
        email: ' Anna.Nowak@ACME.com ',
        phone: '+48 600 100 200',
        jobTitle: 'Head of Procurement',
        organizationId,
      });
      expect(created).toMatchObject({
        name: 'Anna Nowak',
        firstName: 'Anna',
        lastName: 'Nowak',
        email: 'anna.nowak@acme.com',
        phone: '+48 600 100 200',
        jobTitle: 'Head of Procurement',
        isCustomer: false,
        customerSince: null,
        archivedAt: null,
        version: 1,
        organization: { id: organizationId, name: 'Acme' },
        owner: { id: owner.userId },
      });
      const fetched = await owner.client.query<{ contact: ContactNode }>(Q.contact, { id: created.id });
      expect(fetched.contact).toEqual(created);
    });

    it('a contact needs only a first name', async () => {
      const owner = await server.signup();
      const created = await create(owner.client, { firstName: 'Cher' });
      expect(created).toMatchObject({ name: 'Cher', lastName: null, email: null, organization: null });
    });

    it('update keeps what is left out, clears what is null or blank and keeps the name in step', async () => {
      const owner = await server.signup();
      const acme = await createOrganization(owner.client, 'Acme');
      const globex = await createOrganization(owner.client, 'Globex');
      const colleague = await invite(owner, 'REP');
      const contact = await create(owner.client, { firstName: 'Anna', lastName: 'Nowak', email: 'anna@acme.com', phone: '123', organizationId: acme });

      const renamed = (await owner.client.query(Q.update, { input: { id: contact.id, firstName: ' Anne ', organizationId: globex } })).updateContact;
      expect(renamed).toMatchObject({ name: 'Anne Nowak', lastName: 'Nowak', email: 'anna@acme.com', phone: '123', organization: { id: globex }, version: 2 });

      const cleared = (await owner.client.query(Q.update, {
        input: { id: contact.id, lastName: '  ', email: null, phone: '', organizationId: null, ownerId: colleague.userId },
      })).updateContact;
      expect(cleared).toMatchObject({
        name: 'Anne', lastName: null, email: null, phone: null, organization: null, owner: { id: colleague.userId }, version: 3,
      });
      expect((await owner.client.query(Q.contact, { id: contact.id })).contact).toEqual(cleared);
    });

    it('a stale version is a CONFLICT, and changes nothing', async () => {
      const owner = await server.signup();
      const contact = await create(owner.client, { firstName: 'Anna' });
      await owner.client.query(Q.update, { input: { id: contact.id, version: 1, phone: '123' } });
      const error = await owner.client.error(Q.update, { input: { id: contact.id, version: 1, phone: '999' } });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect((await owner.client.query(Q.contact, { id: contact.id })).contact).toMatchObject({ phone: '123', version: 2 });
    });

    it('archive hides a contact from the list until it is restored; both are idempotent', async () => {
      const owner = await server.signup();
      const kept = await create(owner.client, { firstName: 'Kept' });
      const gone = await create(owner.client, { firstName: 'Gone' });
      const archived = (await owner.client.query(Q.archive, { input: { id: gone.id } })).archiveContact;
      expect(archived.archivedAt).toBeTruthy();
      const again = (await owner.client.query(Q.archive, { input: { id: gone.id } })).archiveContact;
      expect(again.archivedAt).toBe(archived.archivedAt);
      expect(await names(owner.client)).toEqual([kept.name]);
      expect(await names(owner.client, { filter: { archived: true } })).toEqual(['Gone']);
      expect((await owner.client.query(Q.contact, { id: gone.id })).contact.archivedAt).toBe(archived.archivedAt);

      const restored = (await owner.client.query(Q.restore, { input: { id: gone.id } })).restoreContact;
      expect(restored.archivedAt).toBeNull();
      expect(await names(owner.client)).toEqual(['Gone', 'Kept']);
    });
  });

  describe('filters', () => {
    let owner: TenantSession;
    let colleague: { userId: string };
    let acme: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      owner = await server.signup();
      colleague = await invite(owner, 'REP');
      acme = await createOrganization(owner.client, 'Acme');
      for (const [firstName, lastName, email, organizationId, ownerId] of [
        ['Anna', 'Nowak', 'anna@acme.com', acme, undefined],
        ['Boris', 'Ivanov', 'boris@globex.com', undefined, colleague.userId],
        ['Chana', 'Levi', null, acme, colleague.userId],
        ['Dawid', '50%_off', 'dawid@example.com', undefined, undefined],
      ] as const) {
        ids[firstName] = (await create(owner.client, { firstName, lastName, email, organizationId, ownerId })).id;
      }
      await markCustomer(owner.tenantId, ids.Anna!);
      await markCustomer(owner.tenantId, ids.Boris!);
      const archived = await create(owner.client, { firstName: 'Anna', lastName: 'Archived', organizationId: acme });
      await owner.client.query(Q.archive, { input: { id: archived.id } });
    });

    it('search matches first name, last name or email, ignoring case, and treats % and _ literally', async () => {
      expect(await names(owner.client, { filter: { search: 'ann' } })).toEqual(['Anna Nowak']);
      expect(await names(owner.client, { filter: { search: 'LEVI' } })).toEqual(['Chana Levi']);
      expect(await names(owner.client, { filter: { search: 'globex.com' } })).toEqual(['Boris Ivanov']);
      expect(await names(owner.client, { filter: { search: 'a N' } })).toEqual(['Anna Nowak']);
      expect(await names(owner.client, { filter: { search: '%_' } })).toEqual(['Dawid 50%_off']);
      expect(await names(owner.client, { filter: { search: 'nobody' } })).toEqual([]);
    });

    it('filters by organization and by owner', async () => {
      expect(await names(owner.client, { filter: { organizationId: acme } })).toEqual(['Anna Nowak', 'Chana Levi']);
      expect(await names(owner.client, { filter: { ownerId: colleague.userId } })).toEqual(['Boris Ivanov', 'Chana Levi']);
      expect(await names(owner.client, { filter: { ownerId: owner.userId, organizationId: acme } })).toEqual(['Anna Nowak']);
    });

    it('isCustomer tells customers (who have bought) from prospects', async () => {
      expect(await names(owner.client, { filter: { isCustomer: true } })).toEqual(['Anna Nowak', 'Boris Ivanov']);
      expect(await names(owner.client, { filter: { isCustomer: false } })).toEqual(['Chana Levi', 'Dawid 50%_off']);
      const anna = (await owner.client.query(Q.contact, { id: ids.Anna })).contact as ContactNode;
      expect(anna.isCustomer).toBe(true);
      expect(anna.customerSince).toBeTruthy();
    });

    it('archived: false is the default, true lists only archived ones; filters combine', async () => {
      expect((await list(owner.client)).totalCount).toBe(4);
      expect((await list(owner.client, { filter: { archived: false } })).totalCount).toBe(4);
      expect(await names(owner.client, { filter: { archived: true } })).toEqual(['Anna Archived']);
      expect(await names(owner.client, { filter: { archived: true, search: 'anna', organizationId: acme, isCustomer: false } }))
        .toEqual(['Anna Archived']);
    });
  });

  describe('order and pagination', () => {
    it('orders by name, creation and last update, both ways, ties broken by id', async () => {
      const owner = await server.signup();
      const created: ContactNode[] = [];
      for (const [firstName, lastName] of [['Maria', 'Kowalska'], ['Ahmed', 'Saleh'], ['Zoe', null], ['Maria', 'Kowalska'], ['Igor', 'Petrov']]) {
        created.push(await create(owner.client, { firstName, lastName }));
      }
      await owner.client.query(Q.update, { input: { id: created[1]!.id, phone: '555' } });
      const byName = [...created].sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1)).map((c) => c.id);
      const byCreation = created.map((c) => c.id);
      const byUpdate = [created[0], created[2], created[3], created[4], created[1]].map((c) => c!.id);
      const idsIn = async (field: string, direction: string) =>
        (await list(owner.client, { orderBy: { field, direction } })).edges.map((edge) => edge.node.id);

      expect(await idsIn('NAME', 'ASC')).toEqual(byName);
      expect(await idsIn('NAME', 'DESC')).toEqual([...byName].reverse());
      expect(await idsIn('CREATED_AT', 'ASC')).toEqual(byCreation);
      expect(await idsIn('CREATED_AT', 'DESC')).toEqual([...byCreation].reverse());
      expect(await idsIn('UPDATED_AT', 'ASC')).toEqual(byUpdate);
      expect(await idsIn('UPDATED_AT', 'DESC')).toEqual([...byUpdate].reverse());
      expect((await list(owner.client)).edges.map((edge) => edge.node.id)).toEqual(byName);
    });

    it('pages forward with first/after and stays stable while contacts are added', async () => {
      const owner = await server.signup();
      for (const name of ['Bea', 'Dan', 'Fay', 'Hal', 'Kim']) await create(owner.client, { firstName: name });

      const first = await list(owner.client, { first: 2 });
      expect(first.edges.map((edge) => edge.node.name)).toEqual(['Bea', 'Dan']);
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(first.totalCount).toBe(5);

      await create(owner.client, { firstName: 'Abe' }); // before the cursor: not repeated
      await create(owner.client, { firstName: 'Eve' }); // after it: shows up in place
      const second = await list(owner.client, { first: 2, after: first.pageInfo.endCursor });
      expect(second.edges.map((edge) => edge.node.name)).toEqual(['Eve', 'Fay']);
      expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

      await create(owner.client, { firstName: 'Cal' });
      const third = await list(owner.client, { first: 2, after: second.pageInfo.endCursor });
      expect(third.edges.map((edge) => edge.node.name)).toEqual(['Hal', 'Kim']);
      expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect(third.totalCount).toBe(8);
    });

    it('newest-first pages do not repeat rows when newer ones arrive between fetches', async () => {
      const owner = await server.signup();
      for (const name of ['One', 'Two', 'Three', 'Four']) await create(owner.client, { firstName: name });
      const orderBy = { field: 'CREATED_AT', direction: 'DESC' };
      const first = await list(owner.client, { first: 2, orderBy });
      expect(first.edges.map((edge) => edge.node.name)).toEqual(['Four', 'Three']);
      await create(owner.client, { firstName: 'Five' });
      const second = await list(owner.client, { first: 2, after: first.pageInfo.endCursor, orderBy });
      expect(second.edges.map((edge) => edge.node.name)).toEqual(['Two', 'One']);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it('pages backward with last/before and stays stable while contacts are added', async () => {
      const owner = await server.signup();
      for (const name of ['Bea', 'Dan', 'Fay', 'Hal', 'Kim']) await create(owner.client, { firstName: name });

      const last = await list(owner.client, { first: undefined, last: 2 });
      expect(last.edges.map((edge) => edge.node.name)).toEqual(['Hal', 'Kim']);
      expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });

      await create(owner.client, { firstName: 'Ivy' }); // after the cursor: already passed
      await create(owner.client, { firstName: 'Gus' }); // before it: shows up in place
      const previous = await list(owner.client, { first: undefined, last: 2, before: last.pageInfo.startCursor });
      expect(previous.edges.map((edge) => edge.node.name)).toEqual(['Fay', 'Gus']);
      expect(previous.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });

      const earliest = await list(owner.client, { first: undefined, last: 5, before: previous.pageInfo.startCursor });
      expect(earliest.edges.map((edge) => edge.node.name)).toEqual(['Bea', 'Dan']);
      expect(earliest.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });

      const byUpdateDesc = { field: 'UPDATED_AT', direction: 'DESC' };
      const newest = await list(owner.client, { first: undefined, last: 3, orderBy: byUpdateDesc });
      expect(newest.edges.map((edge) => edge.node.name)).toEqual(['Fay', 'Dan', 'Bea']);
      const before = await list(owner.client, { first: undefined, last: 2, before: newest.pageInfo.startCursor, orderBy: byUpdateDesc });
      expect(before.edges.map((edge) => edge.node.name)).toEqual(['Kim', 'Hal']);
    });

    it('refuses a cursor from nowhere and first together with last', async () => {
      const owner = await server.signup();
      const cursor = await owner.client.error(Q.contacts, { first: 2, after: 'not-a-cursor' });
      expect(cursor.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      const both = await owner.client.error(Q.contacts, { first: 2, last: 2 });
      expect(both.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
    });
  });

  describe('bad input', () => {
    let owner: TenantSession;
    let other: TenantSession;
    let contact: ContactNode;

    beforeAll(async () => {
      owner = await server.signup();
      other = await server.signup();
      contact = await create(owner.client, { firstName: 'Anna', lastName: 'Nowak', email: 'anna@acme.com' });
    });

    async function expectNothingWritten(): Promise<void> {
      const contacts = await list(owner.client);
      expect(contacts.edges.map((edge) => edge.node)).toEqual([contact]);
    }

    it.each([
      ['a missing first name', { firstName: '' }, 'firstName'],
      ['a blank first name', { firstName: '   ' }, 'firstName'],
      ['a first name over 100 characters', { firstName: 'x'.repeat(101) }, 'firstName'],
      ['a last name over 100 characters', { firstName: 'Ok', lastName: 'x'.repeat(101) }, 'lastName'],
      ['a phone over 40 characters', { firstName: 'Ok', phone: '1'.repeat(41) }, 'phone'],
      ['a job title over 120 characters', { firstName: 'Ok', jobTitle: 'x'.repeat(121) }, 'jobTitle'],
      ['an email that is not one', { firstName: 'Ok', email: 'anna at acme' }, 'email'],
      ['an email over 254 characters', { firstName: 'Ok', email: `${'a'.repeat(250)}@acme.com` }, 'email'],
    ])('create refuses %s, naming the field', async (_case, input, field) => {
      const error = await owner.client.error(Q.create, { input });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      await expectNothingWritten();
    });

    it('an organization or owner of another tenant looks missing, on create and update', async () => {
      const theirOrganization = await createOrganization(other.client, 'Theirs');
      const byOrganization = await owner.client.error(Q.create, { input: { firstName: 'Ok', organizationId: theirOrganization } });
      expect(byOrganization.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'organizationId' });
      const byOwner = await owner.client.error(Q.create, { input: { firstName: 'Ok', ownerId: other.userId } });
      expect(byOwner.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'ownerId' });
      const unknown = await owner.client.error(Q.create, { input: { firstName: 'Ok', organizationId: 'no-such-id' } });
      expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'organizationId' });
      const update = await owner.client.error(Q.update, { input: { id: contact.id, lastName: 'Changed', organizationId: theirOrganization } });
      expect(update.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'organizationId' });
      const reassign = await owner.client.error(Q.update, { input: { id: contact.id, lastName: 'Changed', ownerId: other.userId } });
      expect(reassign.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'ownerId' });
      await expectNothingWritten();
    });

    it.each([
      ['a blank first name', { firstName: ' ' }, 'firstName'],
      ['an empty first name', { firstName: '' }, 'firstName'],
      ['a bad email', { email: 'anna@' }, 'email'],
      ['a last name over 100 characters', { lastName: 'x'.repeat(101) }, 'lastName'],
    ])('update refuses %s and changes nothing', async (_case, patch, field) => {
      const error = await owner.client.error(Q.update, { input: { id: contact.id, phone: '999', ...patch } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      await expectNothingWritten();
    });

    it('another tenant can neither see nor change a contact', async () => {
      expect((await other.client.query(Q.contact, { id: contact.id })).contact).toBeNull();
      expect((await list(other.client)).totalCount).toBe(0);
      const update = await other.client.error(Q.update, { input: { id: contact.id, firstName: 'Hacked' } });
      expect(update.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      const archive = await other.client.error(Q.archive, { input: { id: contact.id } });
      expect(archive.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      await expectNothingWritten();
    });

    it('anonymous callers are turned away', async () => {
      expect((await server.client.error(Q.contacts)).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('a REP limited to their own records', () => {
    it('sees, edits and assigns only contacts they own', async () => {
      const owner = await server.signup();
      await owner.client.query(Q.updateSettings, { input: { repsSeeOwnRecordsOnly: true } });
      const rep = await invite(owner, 'REP');
      const ownersContact = await create(owner.client, { firstName: 'Owned', lastName: 'ByOwner' });
      const repsContact = await create(owner.client, { firstName: 'Owned', lastName: 'ByRep', ownerId: rep.userId });

      expect(await names(rep.client)).toEqual(['Owned ByRep']);
      expect((await rep.client.query(Q.contact, { id: ownersContact.id })).contact).toBeNull();
      const update = await rep.client.error(Q.update, { input: { id: ownersContact.id, phone: '1' } });
      expect(update.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      const giveAway = await rep.client.error(Q.create, { input: { firstName: 'New', ownerId: owner.userId } });
      expect(giveAway.extensions?.code).toBe('FORBIDDEN');

      const own = await create(rep.client, { firstName: 'Mine' });
      expect(own.owner).toEqual({ id: rep.userId });
      expect(await names(rep.client)).toEqual(['Mine', 'Owned ByRep']);
      expect(await names(owner.client)).toEqual(['Mine', 'Owned ByOwner', 'Owned ByRep']);
      expect((await rep.client.query(Q.contact, { id: repsContact.id })).contact.id).toBe(repsContact.id);
    });
  });

  describe('Organization.contacts', () => {
    it('lists an organization\'s current contacts, paged', async () => {
      const owner = await server.signup();
      const acme = await createOrganization(owner.client, 'Acme');
      const empty = await createOrganization(owner.client, 'Empty');
      for (const name of ['Cyd', 'Ari', 'Bo']) await create(owner.client, { firstName: name, organizationId: acme });
      const archived = await create(owner.client, { firstName: 'Old', organizationId: acme });
      await owner.client.query(Q.archive, { input: { id: archived.id } });
      await create(owner.client, { firstName: 'Elsewhere' });

      const first = (await owner.client.query(Q.organizationContacts, { id: acme, first: 2 })).organization.contacts;
      expect(first.totalCount).toBe(3);
      expect(first.edges.map((edge: any) => edge.node.name)).toEqual(['Ari', 'Bo']);
      const rest = (await owner.client.query(Q.organizationContacts, { id: acme, first: 2, after: first.pageInfo.endCursor }))
        .organization.contacts;
      expect(rest.edges.map((edge: any) => edge.node.name)).toEqual(['Cyd']);
      expect(rest.pageInfo.hasNextPage).toBe(false);
      const newest = (await owner.client.query(Q.organizationContacts, { id: acme, orderBy: { field: 'CREATED_AT', direction: 'DESC' } }))
        .organization.contacts;
      expect(newest.edges.map((edge: any) => edge.node.name)).toEqual(['Bo', 'Ari', 'Cyd']);
      expect((await owner.client.query(Q.organizationContacts, { id: empty })).organization.contacts.totalCount).toBe(0);
    });
  });

  it('loads organizations and owners of a page in batches: statements do not grow with the page', async () => {
    const owner = await server.signup();
    const organizations = [];
    for (const name of ['A', 'B', 'C', 'D', 'E', 'F']) organizations.push(await createOrganization(owner.client, name));
    for (const [index, organizationId] of organizations.entries()) {
      await create(owner.client, { firstName: `Person ${index}`, organizationId });
    }
    const statements = async (first: number) => {
      const before = server.app.database.queries.total;
      const page = await list(owner.client, { first });
      expect(page.edges.every((edge) => edge.node.organization && edge.node.owner)).toBe(true);
      return server.app.database.queries.total - before;
    };
    expect(await statements(6)).toBe(await statements(2));
  });
});
