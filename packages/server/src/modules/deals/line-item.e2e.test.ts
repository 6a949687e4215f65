import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TenantSession, type TestServer } from '../../../test/harness';

const SET_LINES = `mutation($input: SetDealLineItemsInput!) { setDealLineItems(input: $input) {
  version amount { amountMinor currency }
  lineItems { name quantity discountBasisPoints unitPrice { amountMinor currency } total { amountMinor } product { id } } } }`;
const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`;

describe('deal line items', () => {
  let server: TestServer;
  let owner: TenantSession;
  beforeAll(async () => {
    server = await startTestServer();
    owner = await server.signup();
  });
  afterAll(() => server.close());

  async function newDeal(currency = 'USD') {
    return (await owner.client.query(`mutation($c: String) { createDeal(input: { title: "Lines", amountMinor: 1, currency: $c }) { id version } }`, { c: currency })).createDeal;
  }

  it('prices lines from the catalogue, applies discounts, and makes the deal amount their total', async () => {
    const pro = (await owner.client.query(CREATE_PRODUCT, { input: { name: 'Pro plan', unitPriceMinor: 49_900, currency: 'USD' } })).createProduct;
    const deal = await newDeal();
    const result = (await owner.client.query(SET_LINES, {
      input: {
        dealId: deal.id,
        version: deal.version,
        items: [
          { productId: pro.id, quantity: 3, discountBasisPoints: 1_000 },
          { name: 'Onboarding', quantity: 1, unitPriceMinor: 150_000 },
        ],
      },
    })).setDealLineItems;
    expect(result.lineItems).toEqual([
      { name: 'Pro plan', quantity: 3, discountBasisPoints: 1_000, unitPrice: { amountMinor: 49_900, currency: 'USD' }, total: { amountMinor: 134_730 }, product: { id: pro.id } },
      { name: 'Onboarding', quantity: 1, discountBasisPoints: 0, unitPrice: { amountMinor: 150_000, currency: 'USD' }, total: { amountMinor: 150_000 }, product: null },
    ]);
    expect(result.amount).toEqual({ amountMinor: 284_730, currency: 'USD' });
    const direct = await owner.client.error(`mutation($id: ID!, $v: Int!) { updateDeal(input: { id: $id, version: $v, amountMinor: 5 }) { id } }`, { id: deal.id, v: result.version });
    expect(direct.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountMinor' });
  });

  it('refuses a product priced in another currency without a price, and keeps the old lines', async () => {
    const euro = (await owner.client.query(CREATE_PRODUCT, { input: { name: 'Euro add-on', unitPriceMinor: 1_000, currency: 'EUR' } })).createProduct;
    const deal = await newDeal();
    const error = await owner.client.error(SET_LINES, { input: { dealId: deal.id, version: deal.version, items: [{ productId: euro.id, quantity: 1 }] } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items.0.unitPriceMinor' });
    const stale = await owner.client.error(SET_LINES, { input: { dealId: deal.id, version: 99, items: [{ name: 'x', quantity: 1, unitPriceMinor: 1 }] } });
    expect(stale.extensions?.code).toBe('CONFLICT');
    const read = await owner.client.query(`query($id: ID!) { deal(id: $id) { version lineItems { name } amount { amountMinor } } }`, { id: deal.id });
    expect(read.deal).toEqual({ version: 1, lineItems: [], amount: { amountMinor: 1 } });
  });

  it('rejects bad quantities and discounts naming the line', async () => {
    const deal = await newDeal();
    const zero = await owner.client.error(SET_LINES, { input: { dealId: deal.id, version: 1, items: [{ name: 'x', quantity: 0, unitPriceMinor: 1 }] } });
    expect(zero.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items.0.quantity' });
    const discount = await owner.client.error(SET_LINES, { input: { dealId: deal.id, version: 1, items: [{ name: 'x', quantity: 1, unitPriceMinor: 1, discountBasisPoints: 10_001 }] } });
    expect(discount.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items.0.discountBasisPoints' });
  });
});
