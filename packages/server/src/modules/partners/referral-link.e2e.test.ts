import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TenantSession, type TestServer } from '../../../test/harness';

const INVITATION = `query($w: String!, $c: String!) { referralInvitation(workspace: $w, referralCode: $c) { workspaceName referrerName } }`;
const SUBMIT = `mutation($input: SubmitReferralInput!) { submitReferral(input: $input) }`;
const LEADS = `{ leads(first: 100) { totalCount edges { node { name email source owner { id } attribution { partner { id } source } } } } }`;

/** Referral links: public, answered without a login, each answer one lead credited to the referrer. */
describe('referral links', () => {
  let server: TestServer;
  let owner: TenantSession;
  let slug: string;
  let partnerCode: string;
  let partnerId: string;
  let managerId: string;

  beforeAll(async () => {
    server = await startTestServer();
    owner = await server.signup('Linked Co');
    slug = (await owner.client.query(`{ tenant { slug } }`)).tenant.slug;
    const manager = await server.invite(owner, 'MANAGER');
    managerId = manager.userId;
    const { createPartner } = await owner.client.query(`mutation($m: ID!) { createPartner(input: { name: "Beacon Partners", type: REFERRAL, managerId: $m }) { id referralCode } }`, { m: managerId });
    partnerCode = createPartner.referralCode;
    partnerId = createPartner.id;
  });
  afterAll(() => server?.close());

  const answer = (code: string, email: string, workspace = slug) =>
    server.client.request(SUBMIT, { input: { workspace, referralCode: code, firstName: 'Robin', lastName: 'Referred', email, companyName: 'Referred Ltd' } });

  it('tells who invites to which company, without a login', async () => {
    const { referralInvitation } = await server.client.query(INVITATION, { w: slug, c: partnerCode.toLowerCase() });
    expect(referralInvitation).toEqual({ workspaceName: 'Linked Co', referrerName: 'Beacon Partners' });
  });

  it('turns an answer into one lead credited to the partner and filed under their channel manager', async () => {
    expect((await answer(partnerCode, 'robin@referred.example')).data).toEqual({ submitReferral: true });
    // Answering again changes nothing.
    expect((await answer(partnerCode, 'Robin@Referred.example')).data).toEqual({ submitReferral: true });
    const leads = (await owner.client.query(LEADS)).leads.edges.map((edge: any) => edge.node).filter((lead: any) => lead.email === 'robin@referred.example');
    expect(leads).toEqual([expect.objectContaining({
      name: 'Robin Referred', source: 'CHANNEL', owner: { id: managerId }, attribution: { partner: { id: partnerId }, source: 'REFERRAL_CODE' },
    })]);
  });

  it('answers NOT_FOUND for an unknown code, an unknown workspace, or another workspace\'s code', async () => {
    const other = await server.signup('Other Co');
    const otherSlug = (await other.client.query(`{ tenant { slug } }`)).tenant.slug;
    for (const [code, workspace] of [['NOSUCH99', slug], [partnerCode, 'no-such-workspace'], [partnerCode, otherSlug]] as const) {
      expect((await answer(code, `x-${Math.random()}@example.com`, workspace)).errors?.[0]?.extensions?.code, `${code} @ ${workspace}`).toBe('NOT_FOUND');
      expect((await server.client.request(INVITATION, { w: workspace, c: code })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await other.client.query(`{ leads(first: 5) { totalCount } }`)).leads.totalCount).toBe(0);
  });

  it('refuses invalid answers with the field', async () => {
    const refused = await server.client.request(SUBMIT, { input: { workspace: slug, referralCode: partnerCode, firstName: 'Eve', email: 'not an email' } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('slows a link down after many answers in an hour', async () => {
    const { createPartner } = await owner.client.query(`mutation { createPartner(input: { name: "Busy Link", type: AFFILIATE }) { referralCode } }`);
    for (let index = 0; index < 20; index++) {
      expect((await answer(createPartner.referralCode, `flood-${index}@example.com`)).errors).toBeUndefined();
    }
    expect((await answer(createPartner.referralCode, 'flood-21@example.com')).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
