import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, startTestServer, type GraphqlClient, type TenantSession, type TestServer } from '../../../test/harness';

/**
 * What a partner's user can reach: their own partner's registrations, referrals and deals
 * through the portal operations, nothing of another partner's, nothing of another tenant's,
 * and none of the team's operations.
 */
const Q = {
  createPartner: `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id referralCode } }`,
  invitePartnerUser: `mutation($input: InvitePartnerUserInput!) { invitePartnerUser(input: $input) { acceptUrl } }`,
  submit: `mutation($input: SubmitDealRegistrationInput!) { submitDealRegistration(input: $input) { id } }`,
  createDeal: `mutation($input: CreateDealInput!) { createDeal(input: $input) { id version } }`,
  setDealAttribution: `mutation($input: SetDealAttributionInput!) { setDealAttribution(input: $input) { id } }`,
  createLead: `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
  myPartner: `{ myPartner { id } }`,
  registrations: `{ dealRegistrations(first: 100) { totalCount edges { node { id partner { id } } } } }`,
  registration: `query($id: ID!) { dealRegistration(id: $id) { id } }`,
  referrals: `{ referrals(first: 100) { totalCount edges { node { id partner { id } lead { id } } } } }`,
  partnerDeals: `{ partnerDeals(first: 100) { totalCount edges { node { id title amount { amountMinor currency } stage { name } status attribution { partner { id } } } } } }`,
};

/** Team operations a partner's user must be refused, each with valid arguments. */
const TEAM_ONLY: Array<[string, Record<string, unknown>]> = [
  ['{ deals(first: 5) { totalCount } }', {}],
  ['{ contacts(first: 5) { totalCount } }', {}],
  ['{ leads(first: 5) { totalCount } }', {}],
  ['{ organizations(first: 5) { totalCount } }', {}],
  ['{ partners(first: 5) { totalCount } }', {}],
  ['{ partnerGroups { id } }', {}],
  ['{ users(first: 5) { totalCount } }', {}],
  ['{ pipelines { edges { node { id } } } }', {}],
  [`mutation { createDeal(input: { title: "Mine now" }) { id } }`, {}],
  [`mutation { createContact(input: { firstName: "Eve" }) { id } }`, {}],
  [`mutation { createPartner(input: { name: "Self-made", type: VAR }) { id } }`, {}],
];

describe('partner isolation', () => {
  let server: TestServer;
  let tenantA: TenantSession;
  let tenantB: TenantSession;
  const a1 = { id: '', code: '', portal: null as unknown as GraphqlClient, registration: '', deal: '', lead: '' };
  const a2 = { id: '', code: '', portal: null as unknown as GraphqlClient, registration: '', deal: '', lead: '' };
  const b1 = { id: '', code: '', portal: null as unknown as GraphqlClient, registration: '', deal: '', lead: '' };

  async function portalUser(owner: TenantSession, partnerId: string): Promise<GraphqlClient> {
    const email = `portal-${Math.random().toString(36).slice(2)}@partner.example`;
    const { acceptUrl } = (await owner.client.query(Q.invitePartnerUser, { input: { partnerId, email } })).invitePartnerUser;
    const token = new URL(acceptUrl).searchParams.get('token');
    const accepted = await server.client.query(ACCEPT, { input: { token, name: 'Pat Partner', password: 'partner password 123' } });
    return server.client.as(accepted.acceptInvite.accessToken);
  }

  /** A partner with a portal user, a registration, a credited deal and a referred lead. */
  async function seedPartner(owner: TenantSession, name: string, into: typeof a1): Promise<void> {
    const partner = (await owner.client.query(Q.createPartner, { input: { name, type: 'RESELLER' } })).createPartner;
    into.id = partner.id;
    into.code = partner.referralCode;
    into.portal = await portalUser(owner, partner.id);
    into.registration = (await into.portal.query(Q.submit, {
      input: { title: `${name} opportunity`, organizationName: 'Initech', amountMinor: 1000, currency: 'USD' },
    })).submitDealRegistration.id;
    into.deal = (await owner.client.query(Q.createDeal, { input: { title: `${name} deal`, amountMinor: 9900 } })).createDeal.id;
    await owner.client.query(Q.setDealAttribution, { input: { dealId: into.deal, partnerId: partner.id } });
    into.lead = (await owner.client.query(Q.createLead, { input: { firstName: `${name} lead`, source: 'INBOUND', referralCode: partner.referralCode } })).createLead.id;
  }

  beforeAll(async () => {
    server = await startTestServer();
    tenantA = await server.signup('Tenant A');
    tenantB = await server.signup('Tenant B');
    await seedPartner(tenantA, 'Partner One', a1);
    await seedPartner(tenantA, 'Partner Two', a2);
    await seedPartner(tenantB, 'Partner Bee', b1);
    // The team's own deal, credited to nobody.
    await tenantA.client.query(Q.createDeal, { input: { title: 'Team only' } });
  }, 60_000);
  afterAll(() => server.close());

  it('shows a partner user their own partner, registrations, referrals and deals', async () => {
    expect((await a1.portal.query(Q.myPartner)).myPartner).toEqual({ id: a1.id });
    expect((await a1.portal.query(Q.registrations)).dealRegistrations).toEqual({
      totalCount: 1,
      edges: [{ node: { id: a1.registration, partner: { id: a1.id } } }],
    });
    expect((await a1.portal.query(Q.referrals)).referrals).toMatchObject({
      totalCount: 1,
      edges: [{ node: { partner: { id: a1.id }, lead: { id: a1.lead } } }],
    });
    expect((await a1.portal.query(Q.partnerDeals)).partnerDeals).toEqual({
      totalCount: 1,
      edges: [{ node: {
        id: a1.deal,
        title: 'Partner One deal',
        amount: { amountMinor: 9900, currency: 'USD' },
        stage: { name: 'Prospecting' },
        status: 'OPEN',
        attribution: { partner: { id: a1.id } },
      } }],
    });
  });

  it('shows them nothing of another partner of the same tenant', async () => {
    expect((await a1.portal.query(Q.registration, { id: a2.registration })).dealRegistration).toBeNull();
    const everything = JSON.stringify([
      await a1.portal.query(Q.registrations),
      await a1.portal.query(Q.referrals),
      await a1.portal.query(Q.partnerDeals),
    ]);
    for (const id of [a2.id, a2.registration, a2.deal, a2.lead]) expect(everything).not.toContain(id);
    const other = await a1.portal.error(Q.submit, { input: { title: 'T', organizationName: 'O', amountMinor: 1, currency: 'USD', partnerId: a2.id } });
    expect(other.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'partnerId' });
  });

  it('shows them nothing of another tenant', async () => {
    expect((await a1.portal.query(Q.registration, { id: b1.registration })).dealRegistration).toBeNull();
    expect((await b1.portal.query(Q.registration, { id: a1.registration })).dealRegistration).toBeNull();
    expect((await b1.portal.query(Q.myPartner)).myPartner).toEqual({ id: b1.id });
    const everything = JSON.stringify([
      await b1.portal.query(Q.registrations),
      await b1.portal.query(Q.referrals),
      await b1.portal.query(Q.partnerDeals),
    ]);
    for (const id of [a1.id, a1.registration, a1.deal, a1.lead, a2.id]) expect(everything).not.toContain(id);
    expect((await b1.portal.query(Q.partnerDeals)).partnerDeals.totalCount).toBe(1);
  });

  it('refuses them every team operation', async () => {
    for (const [operation, variables] of TEAM_ONLY) {
      const error = await a1.portal.error(operation, variables);
      expect(error.extensions?.code, operation).toBe('FORBIDDEN');
    }
    for (const [operation, input] of [
      ['mutation($input: ApproveDealRegistrationInput!) { approveDealRegistration(input: $input) { id } }', { id: a1.registration }],
      ['mutation($input: SetDealAttributionInput!) { setDealAttribution(input: $input) { id } }', { dealId: a1.deal, partnerId: a1.id }],
      ['mutation($input: IdInput!) { regeneratePartnerReferralCode(input: $input) { id } }', { id: a1.id }],
    ] as const) {
      expect((await a1.portal.error(operation, { input })).extensions?.code, operation).toBe('FORBIDDEN');
    }
  });

  it('lets the team see every partner\'s registrations, referrals and credited deals', async () => {
    expect((await tenantA.client.query(Q.registrations)).dealRegistrations.totalCount).toBe(2);
    expect((await tenantA.client.query(Q.referrals)).referrals.totalCount).toBe(2);
    expect((await tenantA.client.query(Q.partnerDeals)).partnerDeals.totalCount).toBe(2);
  });
});
