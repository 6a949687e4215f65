import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type GraphqlClient, type TestServer } from '../../../test/harness';

const CREATE_LEAD = `mutation($input: CreateLeadInput!) { createLead(input: $input) { id version } }`;
const CONVERT = `mutation($input: ConvertLeadInput!) { convertLead(input: $input) {
  contactReused organizationReused
  lead { status convertedDealId convertedContactId convertedOrganizationId history { fromStatus toStatus } }
  contact { id email organization { id } }
  organization { id name domain }
  deal { id title status contact { id } organization { id } amount { amountMinor currency } } } }`;
const COUNTS = `{ contacts { totalCount } organizations { totalCount } deals { totalCount } }`;

describe('lead conversion', () => {
  let server: TestServer;
  let client: GraphqlClient;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    client = (await server.signup()).client;
  });

  const lead = async (input: Record<string, unknown>) =>
    (await client.query(CREATE_LEAD, { input: { source: 'INBOUND', status: 'SQL', ...input } })).createLead;

  it('creates contact, organization and deal in one step, and freezes the lead as CONVERTED', async () => {
    const created = await lead({ firstName: 'Dana', lastName: 'Levi', email: 'dana@initech.io', companyName: 'Initech', companyWebsite: 'https://www.initech.io/about' });
    const result = (await client.query(CONVERT, { input: { id: created.id, amountMinor: 420_000 } })).convertLead;
    expect(result).toMatchObject({
      contactReused: false,
      organizationReused: false,
      organization: { name: 'Initech', domain: 'initech.io' },
      contact: { email: 'dana@initech.io', organization: { id: result.organization.id } },
      deal: { title: 'Initech — new deal', status: 'OPEN', amount: { amountMinor: 420_000, currency: 'USD' } },
    });
    expect(result.deal.contact.id).toBe(result.contact.id);
    expect(result.deal.organization.id).toBe(result.organization.id);
    expect(result.lead).toMatchObject({
      status: 'CONVERTED',
      convertedDealId: result.deal.id,
      convertedContactId: result.contact.id,
      convertedOrganizationId: result.organization.id,
    });
    expect(result.lead.history.at(-1)).toEqual({ fromStatus: 'SQL', toStatus: 'CONVERTED' });
    const again = await client.error(CONVERT, { input: { id: created.id } });
    expect(again.extensions?.code).toBe('CONFLICT');
  });

  it('reuses the contact with the same email and the organization with the same domain', async () => {
    const org = (await client.query(`mutation { createOrganization(input: { name: "Globex Corporation", domain: "globex.com" }) { id } }`)).createOrganization;
    const contact = (await client.query(`mutation($o: ID!) { createContact(input: { firstName: "Hank", email: "hank@globex.com", organizationId: $o }) { id } }`, { o: org.id })).createContact;
    const created = await lead({ firstName: 'Hank', email: 'HANK@globex.com', companyName: 'Globex' });
    const result = (await client.query(CONVERT, { input: { id: created.id } })).convertLead;
    expect(result).toMatchObject({ contactReused: true, organizationReused: true, contact: { id: contact.id }, organization: { id: org.id } });
  });

  it('does not take a free-mail domain for the company, and matches the company by name', async () => {
    const org = (await client.query(`mutation { createOrganization(input: { name: "Umbrella" }) { id } }`)).createOrganization;
    const created = await lead({ firstName: 'Alice', email: 'alice@gmail.com', companyName: 'Umbrella' });
    const result = (await client.query(CONVERT, { input: { id: created.id, createDeal: false } })).convertLead;
    expect(result).toMatchObject({ organizationReused: true, organization: { id: org.id, domain: null }, deal: null });
  });

  it('writes nothing when any part fails, and refuses a disqualified lead', async () => {
    const before = await client.query(COUNTS);
    const created = await lead({ firstName: 'Bob', email: 'bob@newco.dev', companyName: 'NewCo' });
    const bad = await client.error(CONVERT, { input: { id: created.id, currency: 'XYZ' } });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    expect(await client.query(COUNTS)).toEqual(before);
    const status = await client.query(`query($id: ID!) { lead(id: $id) { status } }`, { id: created.id });
    expect(status.lead.status).toBe('SQL');

    const disqualified = await lead({ firstName: 'Eve', status: 'LEAD' });
    await client.query(`mutation($id: ID!) { changeLeadStatus(input: { id: $id, version: 1, status: DISQUALIFIED, reason: "No budget" }) { status } }`, { id: disqualified.id });
    const refused = await client.error(CONVERT, { input: { id: disqualified.id } });
    expect(refused.extensions?.code).toBe('CONFLICT');
    expect(await client.query(COUNTS)).toEqual(before);
  });
});
