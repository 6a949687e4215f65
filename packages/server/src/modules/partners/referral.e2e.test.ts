import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GraphqlClient, type TenantSession, type TestServer } from '../../../test/harness';
import { OutboxEvent } from '../../events/outbox-event.entity';

const REFERRAL_FIELDS = `id code status convertedAt referrer { id } referred { id } lead { id } partner { id }`;

const Q = {
  createContact: `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`,
  createDeal: `mutation($input: CreateDealInput!) { createDeal(input: $input) { id version } }`,
  winDeal: `mutation($id: ID!, $v: Int!) { winDeal(input: { id: $id, version: $v }) { id } }`,
  issue: `mutation($contactId: ID!) { issueReferralCode(input: { contactId: $contactId }) { id referralCode version } }`,
  createLead: `mutation($input: CreateLeadInput!) { createLead(input: $input) {
    id version source sourceDetail attribution { source attributedBy { id } partner { id } } } }`,
  convert: `mutation($input: ConvertLeadInput!) { convertLead(input: $input) {
    contact { id } deal { id attribution { source attributedAt partner { id } attributedBy { id } } } } }`,
  changeStatus: `mutation($input: ChangeLeadStatusInput!) { changeLeadStatus(input: $input) { id version status } }`,
  referrals: `query($filter: ReferralFilter) { referrals(first: 50, filter: $filter) { totalCount edges { node { ${REFERRAL_FIELDS} } } } }`,
  contactReferrals: `query($id: ID!) { contact(id: $id) { referralCode referrals(first: 10) { totalCount edges { node { id lead { id } } } } } }`,
  createPartner: `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id referralCode } }`,
  updatePartner: `mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { id } }`,
  regenerate: `mutation($id: ID!) { regeneratePartnerReferralCode(input: { id: $id }) { referralCode } }`,
};

interface Referral {
  id: string;
  code: string;
  status: string;
  convertedAt: string | null;
  referrer: { id: string } | null;
  referred: { id: string } | null;
  lead: { id: string };
  partner: { id: string } | null;
}

describe('referrals', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  /** A contact who has bought: a won deal with them. */
  async function customer(client: GraphqlClient, input: Record<string, unknown> = {}): Promise<string> {
    const contactId = (await client.query(Q.createContact, { input: { firstName: 'Anna', lastName: 'Nowak', email: 'anna@acme.example', ...input } })).createContact.id;
    const deal = (await client.query(Q.createDeal, { input: { title: 'First order', contactId } })).createDeal;
    await client.query(Q.winDeal, { id: deal.id, v: deal.version });
    return contactId;
  }

  async function referralCodeOf(client: GraphqlClient, contactId: string): Promise<string> {
    return (await client.query(Q.issue, { contactId })).issueReferralCode.referralCode;
  }

  async function lead(client: GraphqlClient, input: Record<string, unknown>) {
    return (await client.query(Q.createLead, { input: { firstName: 'Dana', source: 'INBOUND', status: 'SQL', ...input } })).createLead;
  }

  async function referrals(client: GraphqlClient, filter: Record<string, unknown> = {}): Promise<Referral[]> {
    return (await client.query(Q.referrals, { filter })).referrals.edges.map((edge: { node: Referral }) => edge.node);
  }

  describe('customer codes', () => {
    it('gives a customer one referral code, and refuses prospects', async () => {
      const owner = await server.signup();
      const prospect = (await owner.client.query(Q.createContact, { input: { firstName: 'Pat', lastName: 'Prospect' } })).createContact.id;
      const refused = await owner.client.error(Q.issue, { contactId: prospect });
      expect(refused).toMatchObject({
        message: 'Pat Prospect has not bought yet; referral codes are for customers',
        extensions: { code: 'BAD_USER_INPUT', field: 'contactId' },
      });
      const contactId = await customer(owner.client);
      const issued = (await owner.client.query(Q.issue, { contactId })).issueReferralCode;
      expect(issued.referralCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
      const again = (await owner.client.query(Q.issue, { contactId })).issueReferralCode;
      expect(again).toEqual(issued);
      expect((await owner.client.query(Q.contactReferrals, { id: contactId })).contact.referralCode).toBe(issued.referralCode);
      const foreign = await (await server.signup()).client.error(Q.issue, { contactId });
      expect(foreign.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'contactId' });
    });

    it('turns a lead arriving with the code into a REFERRAL lead filed under the customer', async () => {
      const owner = await server.signup();
      const referrer = await customer(owner.client);
      const code = await referralCodeOf(owner.client, referrer);
      const created = await lead(owner.client, { referralCode: ` ${code.toLowerCase()} `, source: 'INBOUND' });
      expect(created).toMatchObject({ source: 'REFERRAL', sourceDetail: 'Anna Nowak', attribution: null });
      const [referral] = await referrals(owner.client);
      expect(referral).toMatchObject({ code, status: 'OPEN', referrer: { id: referrer }, referred: null, lead: { id: created.id }, partner: null });
      expect((await owner.client.query(Q.contactReferrals, { id: referrer })).contact.referrals).toMatchObject({
        totalCount: 1,
        edges: [{ node: { id: referral!.id, lead: { id: created.id } } }],
      });
      expect(await referrals(owner.client, { referrerContactId: referrer })).toHaveLength(1);
      expect(await referrals(owner.client, { status: ['CONVERTED'] })).toHaveLength(0);
    });

    it('refuses a code nobody has', async () => {
      const owner = await server.signup();
      const error = await owner.client.error(Q.createLead, { input: { firstName: 'Dana', source: 'INBOUND', referralCode: 'zzzz2222' } });
      expect(error).toMatchObject({
        message: 'No customer or partner has the referral code ZZZZ2222',
        extensions: { code: 'BAD_USER_INPUT', field: 'referralCode' },
      });
      // Another tenant's customer's code is nobody's here.
      const other = await server.signup();
      const theirs = await referralCodeOf(other.client, await customer(other.client));
      expect((await owner.client.error(Q.createLead, { input: { firstName: 'Dana', source: 'INBOUND', referralCode: theirs } })).extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('converts the referral with the lead, recording ReferralConverted in the same transaction', async () => {
      const owner = await server.signup();
      const referrer = await customer(owner.client);
      const code = await referralCodeOf(owner.client, referrer);
      const created = await lead(owner.client, { referralCode: code, email: 'dana@initech.example', companyName: 'Initech' });
      const converted = (await owner.client.query(Q.convert, { input: { id: created.id } })).convertLead;
      const [referral] = await referrals(owner.client);
      expect(referral).toMatchObject({ status: 'CONVERTED', referred: { id: converted.contact.id }, referrer: { id: referrer } });
      expect(referral!.convertedAt).toBeTruthy();
      expect(converted.deal.attribution).toBeNull();
      const events = await server.app.database.manager.find(OutboxEvent, { where: { tenantId: owner.tenantId, type: 'ReferralConverted' } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ subjectId: referral!.id, dealId: converted.deal.id, ownerId: owner.userId });
      expect(JSON.parse(events[0]!.payload)).toEqual({ referralId: referral!.id });
    });

    it('loses the referral while the lead is disqualified, and opens it again when requalified', async () => {
      const owner = await server.signup();
      const code = await referralCodeOf(owner.client, await customer(owner.client));
      const created = await lead(owner.client, { referralCode: code });
      const out = (await owner.client.query(Q.changeStatus, { input: { id: created.id, version: created.version, status: 'DISQUALIFIED', reason: 'No budget' } })).changeLeadStatus;
      expect((await referrals(owner.client))[0]!.status).toBe('LOST');
      await owner.client.query(Q.changeStatus, { input: { id: created.id, version: out.version, status: 'LEAD' } });
      expect((await referrals(owner.client))[0]!.status).toBe('OPEN');
    });

    it('records a customer referring themselves, linking the same contact twice for the fraud check', async () => {
      const owner = await server.signup();
      const referrer = await customer(owner.client, { email: 'anna@acme.example' });
      const code = await referralCodeOf(owner.client, referrer);
      const created = await lead(owner.client, { referralCode: code, email: 'Anna@Acme.example' });
      await owner.client.query(Q.convert, { input: { id: created.id } });
      const [referral] = await referrals(owner.client);
      expect(referral).toMatchObject({ status: 'CONVERTED', referrer: { id: referrer }, referred: { id: referrer } });
    });
  });

  describe('partner codes', () => {
    async function partner(owner: TenantSession): Promise<{ id: string; referralCode: string }> {
      return (await owner.client.query(Q.createPartner, { input: { name: 'Acme Partners', type: 'AFFILIATE' } })).createPartner;
    }

    it('credits the lead to the partner, and the deal it converts into inherits the credit', async () => {
      const owner = await server.signup();
      const { id: partnerId, referralCode } = await partner(owner);
      const created = await lead(owner.client, { referralCode, source: 'OUTBOUND', sourceDetail: 'Webinar' });
      expect(created).toMatchObject({
        source: 'CHANNEL',
        sourceDetail: 'Webinar',
        attribution: { source: 'REFERRAL_CODE', partner: { id: partnerId }, attributedBy: null },
      });
      expect(await referrals(owner.client, { partnerId })).toMatchObject([{ code: referralCode, status: 'OPEN', partner: { id: partnerId }, referrer: null }]);
      const converted = (await owner.client.query(Q.convert, { input: { id: created.id } })).convertLead;
      expect(converted.deal.attribution).toMatchObject({ source: 'REFERRAL_CODE', partner: { id: partnerId }, attributedBy: null });
      expect((await referrals(owner.client, { partnerId }))[0]!.status).toBe('CONVERTED');
    });

    it('refuses the code of a suspended partner, and an old code once a new one is issued', async () => {
      const owner = await server.signup();
      const { id, referralCode } = await partner(owner);
      const renewed = (await owner.client.query(Q.regenerate, { id })).regeneratePartnerReferralCode.referralCode;
      const old = await owner.client.error(Q.createLead, { input: { firstName: 'Dana', source: 'INBOUND', referralCode } });
      expect(old.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referralCode' });
      await owner.client.query(Q.updatePartner, { input: { id, status: 'SUSPENDED' } });
      const suspended = await owner.client.error(Q.createLead, { input: { firstName: 'Dana', source: 'INBOUND', referralCode: renewed } });
      expect(suspended).toMatchObject({
        message: 'Acme Partners is suspended and cannot be credited with new business',
        extensions: { code: 'BAD_USER_INPUT', field: 'referralCode' },
      });
    });
  });
});
