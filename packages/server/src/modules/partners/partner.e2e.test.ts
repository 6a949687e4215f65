import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, startTestServer, type GraphqlClient, type TenantSession, type TestServer } from '../../../test/harness';

const PARTNER_FIELDS = `id name type status tier email domain referralCode installationId version
  group { id name } manager { id } users { id email role }`;

const Q = {
  groups: `{ partnerGroups { id name description holdDays defaultInstallationId version } }`,
  createGroup: `mutation($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { id name description holdDays defaultInstallationId version } }`,
  updateGroup: `mutation($input: UpdatePartnerGroupInput!) { updatePartnerGroup(input: $input) { id name description holdDays defaultInstallationId version } }`,
  deleteGroup: `mutation($id: ID!) { deletePartnerGroup(input: { id: $id }) }`,
  partners: `query($first: Int, $after: String, $filter: PartnerFilter, $orderBy: PartnerOrderBy) {
    partners(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`,
  partner: `query($id: ID!) { partner(id: $id) { ${PARTNER_FIELDS} } }`,
  create: `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { ${PARTNER_FIELDS} } }`,
  update: `mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { ${PARTNER_FIELDS} } }`,
  regenerate: `mutation($id: ID!) { regeneratePartnerReferralCode(input: { id: $id }) { id referralCode version } }`,
  invitePartnerUser: `mutation($input: InvitePartnerUserInput!) { invitePartnerUser(input: $input) { acceptUrl invite { email role } } }`,
  inviteUser: `mutation($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl } }`,
  login: `mutation($input: LoginInput!) { login(input: $input) { accessToken user { id role } } }`,
  myPartner: `{ myPartner { id name referralCode } }`,
  team: `{ users(first: 100) { edges { node { id role } } } }`,
  createDeal: `mutation($input: CreateDealInput!) { createDeal(input: $input) { id version } }`,
  deals: `query($filter: DealFilter) { deals(first: 50, filter: $filter) { edges { node { id } } } }`,
  createLead: `mutation($input: CreateLeadInput!) { createLead(input: $input) { id version } }`,
  leads: `query($filter: LeadFilter) { leads(first: 50, filter: $filter) { edges { node { id } } } }`,
  setDealAttribution: `mutation($input: SetDealAttributionInput!) { setDealAttribution(input: $input) {
    id version attribution { source attributedAt partner { id name } attributedBy { id } } } }`,
  setLeadAttribution: `mutation($input: SetLeadAttributionInput!) { setLeadAttribution(input: $input) {
    id version attribution { source attributedAt partner { id } attributedBy { id } } } }`,
  dealAttribution: `query($id: ID!) { deal(id: $id) { attribution { source partner { id } attributedBy { id } } } }`,
};

interface PartnerNode {
  id: string;
  name: string;
  status: string;
  email: string | null;
  domain: string | null;
  referralCode: string;
  version: number;
  group: { id: string; name: string } | null;
  manager: { id: string } | null;
  users: Array<{ id: string; email: string; role: string }>;
}

describe('partners', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  async function createGroup(owner: TenantSession, input: Record<string, unknown>): Promise<{ id: string; name: string }> {
    return (await owner.client.query(Q.createGroup, { input })).createPartnerGroup;
  }

  async function createPartner(client: GraphqlClient, input: Record<string, unknown>): Promise<PartnerNode> {
    return (await client.query(Q.create, { input: { type: 'RESELLER', ...input } })).createPartner;
  }

  /** Invites a person to `partnerId`'s portal and accepts for them; returns their login. */
  async function partnerUser(owner: TenantSession, partnerId: string): Promise<{ email: string; password: string; client: GraphqlClient; userId: string }> {
    const email = `portal-${Math.random().toString(36).slice(2)}@partner.example`;
    const invited = (await owner.client.query(Q.invitePartnerUser, { input: { partnerId, email } })).invitePartnerUser;
    expect(invited.invite).toEqual({ email, role: 'PARTNER' });
    const token = new URL(invited.acceptUrl).searchParams.get('token');
    const password = 'partner password 123';
    const accepted = (await server.client.query(ACCEPT, { input: { token, name: 'Pat Partner', password } })).acceptInvite;
    expect(accepted.user.role).toBe('PARTNER');
    return { email, password, client: server.client.as(accepted.accessToken), userId: accepted.user.id };
  }

  describe('partner groups', () => {
    it('creates, lists and updates groups, holding 30 days unless told otherwise', async () => {
      const owner = await server.signup();
      const installation = '0190f2a4-0000-7000-8000-000000000001';
      const resellers = await createGroup(owner, { name: ' Resellers ', description: 'Resell as is', defaultInstallationId: installation });
      expect(resellers).toMatchObject({ name: 'Resellers', description: 'Resell as is', holdDays: 30, defaultInstallationId: installation, version: 1 });
      await createGroup(owner, { name: 'Alliances', holdDays: 0 });
      const updated = (await owner.client.query(Q.updateGroup, { input: { id: resellers.id, holdDays: 45, description: null, defaultInstallationId: null } })).updatePartnerGroup;
      expect(updated).toMatchObject({ name: 'Resellers', description: null, holdDays: 45, defaultInstallationId: null, version: 2 });
      const { partnerGroups } = await owner.client.query(Q.groups);
      expect(partnerGroups.map((group: { name: string }) => group.name)).toEqual(['Alliances', 'Resellers']);
    });

    it('refuses bad input field by field', async () => {
      const owner = await server.signup();
      await createGroup(owner, { name: 'Resellers' });
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ name: 'RESELLERS' }, 'name'],
        [{ name: 'Slow', holdDays: 3651 }, 'holdDays'],
        [{ name: 'Negative', holdDays: -1 }, 'holdDays'],
        [{ name: 'Odd', defaultInstallationId: 'not-an-id' }, 'defaultInstallationId'],
      ];
      for (const [input, field] of cases) {
        const error = await owner.client.error(Q.createGroup, { input });
        expect(error.extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      const unknown = await owner.client.error(Q.updateGroup, { input: { id: '0190f2a4-0000-7000-8000-000000000002', name: 'X' } });
      expect(unknown).toMatchObject({ message: 'Partner group not found', extensions: { code: 'NOT_FOUND', field: 'id' } });
    });

    it('deletes only an empty group', async () => {
      const owner = await server.signup();
      const group = await createGroup(owner, { name: 'Resellers' });
      const partner = await createPartner(owner.client, { name: 'Acme Partners', groupId: group.id });
      const refused = await owner.client.error(Q.deleteGroup, { id: group.id });
      expect(refused).toMatchObject({ message: 'Resellers still has partners; move them to another group first', extensions: { code: 'CONFLICT' } });
      await owner.client.query(Q.update, { input: { id: partner.id, groupId: null } });
      expect((await owner.client.query(Q.deleteGroup, { id: group.id })).deletePartnerGroup).toBe(group.id);
      expect((await owner.client.query(Q.groups)).partnerGroups).toEqual([]);
    });

    it('lets managers change groups and the rest of the team read them', async () => {
      const owner = await server.signup();
      const rep = await server.invite(owner, 'REP');
      const manager = await server.invite(owner, 'MANAGER');
      expect((await rep.client.error(Q.createGroup, { input: { name: 'Nope' } })).extensions?.code).toBe('FORBIDDEN');
      await manager.client.query(Q.createGroup, { input: { name: 'By a manager' } });
      expect((await rep.client.query(Q.groups)).partnerGroups).toHaveLength(1);
    });
  });

  describe('partner records', () => {
    it('creates a partner with normalised contact details, its group, its manager and a referral code', async () => {
      const owner = await server.signup();
      const manager = await server.invite(owner, 'MANAGER');
      const group = await createGroup(owner, { name: 'Resellers' });
      const partner = await createPartner(owner.client, {
        name: ' Acme Partners ',
        type: 'VAR',
        tier: 'gold',
        email: ' Deals@ACME-Partners.com ',
        domain: 'https://www.Acme-Partners.com/about',
        groupId: group.id,
        managerId: manager.userId,
      });
      expect(partner).toMatchObject({
        name: 'Acme Partners',
        type: 'VAR',
        status: 'ACTIVE',
        tier: 'gold',
        email: 'deals@acme-partners.com',
        domain: 'acme-partners.com',
        installationId: null,
        group: { id: group.id, name: 'Resellers' },
        manager: { id: manager.userId },
        users: [],
      });
      expect(partner.referralCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
      expect((await owner.client.query(Q.partner, { id: partner.id })).partner).toEqual(partner);
    });

    it('refuses bad input with the field to fix', async () => {
      const owner = await server.signup();
      const other = await server.signup();
      const foreignGroup = await createGroup(other, { name: 'Theirs' });
      await createPartner(owner.client, { name: 'Acme Partners' });
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [{ name: 'acme partners' }, 'BAD_USER_INPUT', 'name'],
        [{ name: 'Web', domain: 'not a domain' }, 'BAD_USER_INPUT', 'domain'],
        [{ name: 'Mail', email: 'nobody' }, 'BAD_USER_INPUT', 'email'],
        [{ name: 'Group', groupId: foreignGroup.id }, 'NOT_FOUND', 'groupId'],
        [{ name: 'Managed', managerId: other.userId }, 'NOT_FOUND', 'managerId'],
        [{ name: 'Plugin', installationId: 'nope' }, 'BAD_USER_INPUT', 'installationId'],
      ];
      for (const [input, code, field] of cases) {
        const error = await owner.client.error(Q.create, { input: { type: 'AFFILIATE', ...input } });
        expect(error.extensions, JSON.stringify(input)).toMatchObject({ code, field });
      }
    });

    it('lists partners with search, type, status and group filters, a page at a time', async () => {
      const owner = await server.signup();
      const group = await createGroup(owner, { name: 'Affiliates' });
      await createPartner(owner.client, { name: 'Alpha Resell', email: 'a@alpha.example' });
      await createPartner(owner.client, { name: 'Beta Links', type: 'AFFILIATE', groupId: group.id });
      await createPartner(owner.client, { name: 'Gamma Links', type: 'AFFILIATE', status: 'SUSPENDED', domain: 'gamma.example' });
      const names = async (variables: Record<string, unknown>) =>
        (await owner.client.query(Q.partners, { first: 10, ...variables })).partners.edges.map((edge: { node: { name: string } }) => edge.node.name);
      expect(await names({})).toEqual(['Alpha Resell', 'Beta Links', 'Gamma Links']);
      expect(await names({ filter: { search: 'links' } })).toEqual(['Beta Links', 'Gamma Links']);
      expect(await names({ filter: { search: 'gamma.example' } })).toEqual(['Gamma Links']);
      expect(await names({ filter: { type: ['AFFILIATE'], status: ['ACTIVE'] } })).toEqual(['Beta Links']);
      expect(await names({ filter: { groupId: group.id } })).toEqual(['Beta Links']);
      expect(await names({ orderBy: { field: 'NAME', direction: 'DESC' } })).toEqual(['Gamma Links', 'Beta Links', 'Alpha Resell']);
      const first = (await owner.client.query(Q.partners, { first: 2 })).partners;
      expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const rest = (await owner.client.query(Q.partners, { first: 2, after: first.pageInfo.endCursor })).partners;
      expect(rest.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Gamma Links']);
    });

    it('updates, suspends and detects stale versions', async () => {
      const owner = await server.signup();
      const partner = await createPartner(owner.client, { name: 'Acme Partners', tier: 'silver' });
      const suspended = (await owner.client.query(Q.update, { input: { id: partner.id, version: 1, status: 'SUSPENDED', tier: null } })).updatePartner;
      expect(suspended).toMatchObject({ status: 'SUSPENDED', tier: null, version: 2, referralCode: partner.referralCode });
      const stale = await owner.client.error(Q.update, { input: { id: partner.id, version: 1, tier: 'gold' } });
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const blank = await owner.client.error(Q.update, { input: { id: partner.id, name: '  ' } });
      expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    });

    it('gives a new referral code on request', async () => {
      const owner = await server.signup();
      const partner = await createPartner(owner.client, { name: 'Acme Partners' });
      const renewed = (await owner.client.query(Q.regenerate, { id: partner.id })).regeneratePartnerReferralCode;
      expect(renewed.referralCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
      expect(renewed.referralCode).not.toBe(partner.referralCode);
    });

    it('lets managers change partners and reps only read them', async () => {
      const owner = await server.signup();
      const rep = await server.invite(owner, 'REP');
      const manager = await server.invite(owner, 'MANAGER');
      const partner = await createPartner(manager.client, { name: 'By a manager' });
      expect((await rep.client.error(Q.create, { input: { name: 'Nope', type: 'VAR' } })).extensions?.code).toBe('FORBIDDEN');
      expect((await rep.client.error(Q.update, { input: { id: partner.id, tier: 'x' } })).extensions?.code).toBe('FORBIDDEN');
      expect((await rep.client.error(Q.regenerate, { id: partner.id })).extensions?.code).toBe('FORBIDDEN');
      expect((await rep.client.query(Q.partner, { id: partner.id })).partner.name).toBe('By a manager');
    });
  });

  describe('partner users', () => {
    it('invites a partner user who accepts, logs in, and sees their partner in the portal', async () => {
      const owner = await server.signup();
      const partner = await createPartner(owner.client, { name: 'Acme Partners' });
      const person = await partnerUser(owner, partner.id);
      const login = (await server.client.query(Q.login, { input: { email: person.email, password: person.password } })).login;
      expect(login.user).toEqual({ id: person.userId, role: 'PARTNER' });
      const portal = server.client.as(login.accessToken);
      expect((await portal.query(Q.myPartner)).myPartner).toEqual({ id: partner.id, name: 'Acme Partners', referralCode: partner.referralCode });
      expect((await owner.client.query(Q.partner, { id: partner.id })).partner.users).toEqual([{ id: person.userId, email: person.email, role: 'PARTNER' }]);
      // They are the partner's, not the team's.
      const team = (await owner.client.query(Q.team)).users.edges.map((edge: { node: { id: string } }) => edge.node.id);
      expect(team).not.toContain(person.userId);
      expect((await owner.client.query(Q.myPartner)).myPartner).toBeNull();
    });

    it('keeps the team\'s side of a partner from its users', async () => {
      const owner = await server.signup();
      const partner = await createPartner(owner.client, { name: 'Acme Partners' });
      const person = await partnerUser(owner, partner.id);
      for (const field of ['group { id }', 'manager { id }', 'users { id }']) {
        const error = await person.client.error(`{ myPartner { id ${field} } }`);
        expect(error.extensions?.code, field).toBe('FORBIDDEN');
      }
    });

    it('requires a PARTNER invite to name a partner of the tenant, and a manager to send it', async () => {
      const owner = await server.signup();
      const other = await server.signup();
      const rep = await server.invite(owner, 'REP');
      const partner = await createPartner(owner.client, { name: 'Acme Partners' });
      const foreign = await createPartner(other.client, { name: 'Foreign' });
      const noPartner = await owner.client.error(Q.inviteUser, { input: { email: 'p@x.example', role: 'PARTNER' } });
      expect(noPartner.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerId' });
      const teamWithPartner = await owner.client.error(Q.inviteUser, { input: { email: 'p@x.example', role: 'REP', partnerId: partner.id } });
      expect(teamWithPartner.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerId' });
      const foreignPartner = await owner.client.error(Q.invitePartnerUser, { input: { email: 'p@x.example', partnerId: foreign.id } });
      expect(foreignPartner.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'partnerId' });
      const byRep = await rep.client.error(Q.invitePartnerUser, { input: { email: 'p@x.example', partnerId: partner.id } });
      expect(byRep.extensions?.code).toBe('FORBIDDEN');
      const viaTeamInvite = (await owner.client.query(Q.inviteUser, { input: { email: 'p@x.example', role: 'PARTNER', partnerId: partner.id } })).inviteUser;
      expect(viaTeamInvite.acceptUrl).toContain('token=');
    });

    it('does not let a partner user own the team\'s records', async () => {
      const owner = await server.signup();
      const partner = await createPartner(owner.client, { name: 'Acme Partners' });
      const person = await partnerUser(owner, partner.id);
      const error = await owner.client.error(Q.createDeal, { input: { title: 'Theirs?', ownerId: person.userId } });
      expect(error).toMatchObject({ message: 'Pat Partner is a partner\'s user and cannot own records', extensions: { code: 'BAD_USER_INPUT', field: 'ownerId' } });
    });
  });

  describe('manual attribution', () => {
    it('credits a deal to a partner, recording who and when, and clears it again', async () => {
      const owner = await server.signup();
      const manager = await server.invite(owner, 'MANAGER');
      const partner = await createPartner(owner.client, { name: 'Acme Partners' });
      const deal = (await owner.client.query(Q.createDeal, { input: { title: 'Big one' } })).createDeal;
      const before = Date.now();
      const credited = (await manager.client.query(Q.setDealAttribution, { input: { dealId: deal.id, partnerId: partner.id, version: deal.version } })).setDealAttribution;
      expect(credited).toMatchObject({
        version: deal.version + 1,
        attribution: { source: 'MANUAL', partner: { id: partner.id, name: 'Acme Partners' }, attributedBy: { id: manager.userId } },
      });
      expect(new Date(credited.attribution.attributedAt).getTime()).toBeGreaterThanOrEqual(before - 5);
      expect((await owner.client.query(Q.dealAttribution, { id: deal.id })).deal.attribution).toEqual({
        source: 'MANUAL', partner: { id: partner.id }, attributedBy: { id: manager.userId },
      });
      await owner.client.query(Q.createDeal, { input: { title: 'Not credited' } });
      const ids = async () => (await owner.client.query(Q.deals, { filter: { partnerId: partner.id } })).deals.edges.map((edge: { node: { id: string } }) => edge.node.id);
      expect(await ids()).toEqual([deal.id]);
      const cleared = (await owner.client.query(Q.setDealAttribution, { input: { dealId: deal.id, partnerId: null } })).setDealAttribution;
      expect(cleared.attribution).toBeNull();
      expect(await ids()).toEqual([]);
    });

    it('credits a lead the same way, and the leads list filters by partner', async () => {
      const owner = await server.signup();
      const partner = await createPartner(owner.client, { name: 'Acme Partners' });
      const lead = (await owner.client.query(Q.createLead, { input: { firstName: 'Lea', source: 'CHANNEL' } })).createLead;
      await owner.client.query(Q.createLead, { input: { firstName: 'Other', source: 'INBOUND' } });
      const credited = (await owner.client.query(Q.setLeadAttribution, { input: { leadId: lead.id, partnerId: partner.id } })).setLeadAttribution;
      expect(credited.attribution).toMatchObject({ source: 'MANUAL', partner: { id: partner.id }, attributedBy: { id: owner.userId } });
      const listed = (await owner.client.query(Q.leads, { filter: { partnerId: partner.id } })).leads.edges;
      expect(listed.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([lead.id]);
    });

    it('refuses reps, suspended partners, unknown records and stale versions', async () => {
      const owner = await server.signup();
      const rep = await server.invite(owner, 'REP');
      const partner = await createPartner(owner.client, { name: 'Acme Partners' });
      const suspended = await createPartner(owner.client, { name: 'Gone Partners', status: 'SUSPENDED' });
      const deal = (await owner.client.query(Q.createDeal, { input: { title: 'Deal' } })).createDeal;
      expect((await rep.client.error(Q.setDealAttribution, { input: { dealId: deal.id, partnerId: partner.id } })).extensions?.code).toBe('FORBIDDEN');
      const toSuspended = await owner.client.error(Q.setDealAttribution, { input: { dealId: deal.id, partnerId: suspended.id } });
      expect(toSuspended).toMatchObject({
        message: 'Gone Partners is suspended and cannot be credited with new business',
        extensions: { code: 'BAD_USER_INPUT', field: 'partnerId' },
      });
      const unknownPartner = await owner.client.error(Q.setDealAttribution, { input: { dealId: deal.id, partnerId: deal.id } });
      expect(unknownPartner.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'partnerId' });
      const stale = await owner.client.error(Q.setDealAttribution, { input: { dealId: deal.id, partnerId: partner.id, version: deal.version + 5 } });
      expect(stale.extensions?.code).toBe('CONFLICT');
    });
  });
});
