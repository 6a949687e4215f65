import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GraphqlClient, type TenantSession, type TestServer } from '../../../test/harness';

const Q = {
  createKey: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix role lastUsedAt } } }`,
  revokeKey: `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { id revokedAt } }`,
  keys: `{ apiKeys { id name lastUsedAt revokedAt } }`,
  deal: `mutation($t: String!, $a: MinorUnits!, $c: String!) { createDeal(input: { title: $t, amountMinor: $a, currency: $c }) { id version } }`,
  win: `mutation($id: ID!, $v: Int!) { winDeal(input: { id: $id, version: $v }) { id } }`,
  paid: `mutation($input: RecordInvoicePaidInput!) { recordInvoicePaid(input: $input) { id kind source invoiceNumber amount { amountMinor currency } } }`,
  refund: `mutation($input: RecordRefundInput!) { recordRefund(input: $input) { id kind invoiceNumber amount { amountMinor } } }`,
  churn: `mutation($input: RecordChurnInput!) { recordChurn(input: $input) { id kind amount { amountMinor } } }`,
  payments: `query($id: ID!) { deal(id: $id) { payments { kind externalId invoiceNumber amount { amountMinor } } } }`,
};

/**
 * Payments on won deals, as a billing system sends them with an API key: invoices numbered in
 * order, refunds never beyond what was paid, the same external id twice recorded once, and keys
 * that act with their role, can be revoked, and never exceed their maker's rights.
 */
describe('payments and API keys', () => {
  let server: TestServer;
  let owner: TenantSession;
  let billing: GraphqlClient;
  let keyId: string;

  beforeAll(async () => {
    server = await startTestServer();
    owner = await server.signup('Billing Co');
    const { createApiKey } = await owner.client.query(Q.createKey, { input: { name: 'Stripe webhook' } });
    expect(createApiKey.secret).toMatch(/^dfk_[\w-]{8}\.[\w-]{43}$/);
    expect(createApiKey.apiKey).toMatchObject({ role: 'MANAGER', lastUsedAt: null });
    keyId = createApiKey.apiKey.id;
    billing = server.client.as(createApiKey.secret);
  });
  afterAll(() => server?.close());

  async function wonDeal(amountMinor = 120_000, currency = 'EUR'): Promise<string> {
    const { createDeal } = await owner.client.query(Q.deal, { t: `Subscription ${Math.random()}`, a: amountMinor, c: currency });
    await owner.client.query(Q.win, { id: createDeal.id, v: createDeal.version });
    return createDeal.id;
  }

  it('records a billing system\'s invoices, numbered in order, once per external id', async () => {
    const dealId = await wonDeal();
    const first = (await billing.query(Q.paid, { input: { dealId, externalId: 'in_001', amountMinor: 10_000, currency: 'EUR' } })).recordInvoicePaid;
    expect(first).toMatchObject({ kind: 'INVOICE_PAID', source: 'API', invoiceNumber: 1, amount: { amountMinor: 10_000, currency: 'EUR' } });
    const second = (await billing.query(Q.paid, { input: { dealId, externalId: 'in_002', amountMinor: 10_000, currency: 'EUR' } })).recordInvoicePaid;
    expect(second.invoiceNumber).toBe(2);
    // A webhook delivered twice: the same payment back, nothing new.
    const again = (await billing.query(Q.paid, { input: { dealId, externalId: 'in_002', amountMinor: 10_000, currency: 'EUR' } })).recordInvoicePaid;
    expect(again.id).toBe(second.id);
    const different = await billing.error(Q.paid, { input: { dealId, externalId: 'in_002', amountMinor: 99_000, currency: 'EUR' } });
    expect(different.extensions?.code).toBe('CONFLICT');
    const { deal } = await owner.client.query(Q.payments, { id: dealId });
    expect(deal.payments.map((p: any) => [p.externalId, p.invoiceNumber])).toEqual([['in_001', 1], ['in_002', 2]]);
    expect((await owner.client.query(Q.keys)).apiKeys[0].lastUsedAt).not.toBeNull();
  });

  it('refuses what makes no sense, with the field and a reason, and writes nothing', async () => {
    const open = (await owner.client.query(Q.deal, { t: 'Still open', a: 1000, c: 'EUR' })).createDeal.id;
    const notWon = await billing.error(Q.paid, { input: { dealId: open, externalId: 'in_x', amountMinor: 100, currency: 'EUR' } });
    expect(notWon).toMatchObject({ extensions: { code: 'CONFLICT' } });
    const dealId = await wonDeal();
    const wrongCurrency = await billing.error(Q.paid, { input: { dealId, externalId: 'in_y', amountMinor: 100, currency: 'USD' } });
    expect(wrongCurrency.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    expect(wrongCurrency.message).toMatch(/in EUR/);
    const fraction = await billing.error(Q.paid, { input: { dealId, externalId: 'in_z', amountMinor: 10.5, currency: 'EUR' } });
    expect(fraction.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fraction.message).toMatch(/whole number of minor units/);
    expect((await owner.client.query(Q.payments, { id: dealId })).deal.payments).toEqual([]);
  });

  it('refunds at most what is left of an invoice, and records churn', async () => {
    const dealId = await wonDeal();
    const invoice = (await billing.query(Q.paid, { input: { dealId, externalId: 'in_r1', amountMinor: 50_000, currency: 'EUR' } })).recordInvoicePaid;
    await billing.query(Q.refund, { input: { invoiceId: invoice.id, externalId: 're_1', amountMinor: 30_000 } });
    const tooMuch = await billing.error(Q.refund, { input: { invoiceId: invoice.id, externalId: 're_2', amountMinor: 20_001 } });
    expect(tooMuch.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountMinor' });
    expect(tooMuch.message).toMatch(/20000/);
    const rest = (await billing.query(Q.refund, { input: { invoiceId: invoice.id, externalId: 're_2', amountMinor: 20_000 } })).recordRefund;
    expect(rest).toMatchObject({ kind: 'REFUND', invoiceNumber: 1, amount: { amountMinor: 20_000 } });
    expect((await billing.query(Q.churn, { input: { dealId, externalId: 'sub_cancel_1' } })).recordChurn).toMatchObject({ kind: 'CHURN', amount: { amountMinor: 0 } });
  });

  it('keeps a key within its role and its maker\'s rights, and stops it when revoked', async () => {
    const { createApiKey: repKey } = await owner.client.query(Q.createKey, { input: { name: 'Read-only reporting', role: 'REP' } });
    const rep = server.client.as(repKey.secret);
    const dealId = await wonDeal();
    expect((await rep.error(Q.paid, { input: { dealId, externalId: 'in_rep', amountMinor: 100, currency: 'EUR' } })).extensions?.code).toBe('FORBIDDEN');
    expect((await billing.error(Q.createKey, { input: { name: 'Escalate', role: 'ADMIN' } })).extensions?.code).toBe('FORBIDDEN');
    expect((await owner.client.error(Q.createKey, { input: { name: 'Owner', role: 'OWNER' } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });

    await owner.client.query(Q.revokeKey, { id: keyId });
    const revoked = await billing.error(Q.paid, { input: { dealId, externalId: 'in_after', amountMinor: 100, currency: 'EUR' } });
    expect(revoked.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = server.client.as(`${repKey.secret.slice(0, -4)}AAAA`);
    expect((await forged.error(`{ deals(first: 1) { totalCount } }`)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
