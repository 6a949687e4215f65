import { fileURLToPath } from 'node:url';
import type { Settings } from '@dealflow/sdk';
import { defaultSettings, testPlugin, type PluginTester } from '@dealflow/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The plugin bundled and evaluated in the QuickJS sandbox, as the host runs it. */
let plugin: PluginTester;
beforeAll(async () => {
  plugin = await testPlugin(fileURLToPath(new URL('../src/index.ts', import.meta.url)));
});
afterAll(() => plugin.close());

const ann = { contactId: 'c-ann', name: 'Ann Lee', email: 'ann@example.com' };
const bob = { contactId: 'c-bob', name: 'Bob Stone', email: null };

/** Bob, referred by Ann, converts; Ann had `before` converted referrals before him. */
function converted(before: number, settings: Settings = {}) {
  return plugin.run('referral.converted', {
    settings,
    deal: null,
    partner: null,
    event: { payload: { referralId: 'ref-1', referrer: ann, referred: bob } },
    ledger: { convertedReferrals: before },
  });
}

describe('referral-reward manifest', () => {
  it('declares the reward hooks it handles', () => {
    const { manifest } = plugin;
    expect(manifest).toMatchObject({ id: 'referral-reward', version: '1.1.0', apiVersion: 1, kind: 'reward' });
    expect([...manifest.hooks].sort()).toEqual(['lead.converted', 'referral.converted']);
  });

  it('declares a default for every setting', () => {
    expect(defaultSettings(plugin.manifest.settingsSchema)).toEqual({
      referrerReward: { type: 'credit', value: 5000 },
      referredReward: { type: 'discount', value: 1000 },
      currency: 'USD',
      giftAfter: 3,
      giftItem: 'Dealflow swag box',
      perLeadCash: 0,
    });
  });
});

describe('referral.converted', () => {
  it('rewards both sides with the defaults: a 50.00 USD credit and a 10 % discount', async () => {
    expect(await converted(0)).toEqual([
      {
        op: 'reward',
        recipient: { contactId: 'c-ann' },
        type: 'credit',
        value: 5000, // 50.00 USD in cents
        currency: 'USD',
        reasonCode: 'referrer-credit',
        explanation: 'A 50.00 USD credit for Ann Lee for referring Bob Stone',
      },
      {
        op: 'reward',
        recipient: { contactId: 'c-bob' },
        type: 'discount',
        value: 1000, // 1000 basis points = 10 %
        reasonCode: 'referred-discount',
        explanation: "A 10 % discount for Bob Stone for joining on Ann Lee's referral",
      },
    ]);
  });

  it('gives the gift on every N-th conversion, not on the one before', async () => {
    const gifts = async (before: number) => (await converted(before)).filter((op) => op.op === 'reward' && op.type === 'gift');
    expect(await gifts(1)).toEqual([]); // 2nd conversion, N - 1
    expect(await gifts(2)).toEqual([
      // 2 before + this one = 3, a multiple of 3
      {
        op: 'reward',
        recipient: { contactId: 'c-ann' },
        type: 'gift',
        value: 1,
        item: 'Dealflow swag box',
        reasonCode: 'gift-after-3',
        explanation: 'Dealflow swag box for Ann Lee: 3 converted referrals, one gift every 3',
      },
    ]);
    expect(await gifts(3)).toEqual([]); // 4th
    expect(await gifts(5)).toMatchObject([{ reasonCode: 'gift-after-6' }]); // 6th
  });

  it('uses the configured rewards, credit currency and gift', async () => {
    const settings = {
      referrerReward: { type: 'discount', value: 1250 },
      referredReward: { type: 'credit', value: 3000 },
      currency: 'JPY',
      giftAfter: 1,
      giftItem: 'Conference ticket',
    };
    expect(await converted(0, settings)).toMatchObject([
      { recipient: { contactId: 'c-ann' }, type: 'discount', value: 1250, explanation: 'A 12.5 % discount for Ann Lee for referring Bob Stone' },
      // 3,000 yen: JPY has no minor unit
      { recipient: { contactId: 'c-bob' }, type: 'credit', value: 3000, currency: 'JPY', explanation: "A 3,000 JPY credit for Bob Stone for joining on Ann Lee's referral" },
      { type: 'gift', item: 'Conference ticket', reasonCode: 'gift-after-1' },
    ]);
  });

  it('leaves out a side worth nothing, and gives no gifts when giftAfter is 0', async () => {
    const settings = { referredReward: { type: 'discount', value: 0 }, giftAfter: 0 };
    expect(await converted(2, settings)).toMatchObject([{ recipient: { contactId: 'c-ann' }, type: 'credit', value: 5000 }]);
  });
  it('cuts long names so that explanations stay within the 500 characters allowed', async () => {
    const [op] = await plugin.run('referral.converted', {
      event: { payload: { referralId: 'ref-1', referrer: { ...ann, name: 'A'.repeat(300) }, referred: bob } },
    });
    expect(op?.explanation).toBe(`A 50.00 USD credit for ${'A'.repeat(79)}… for referring Bob Stone`);
  });
});

describe('lead.converted', () => {
  const leadConverted = (settings: Settings = {}) =>
    plugin.run('lead.converted', { settings, event: { payload: { leadId: 'lead-1', customer: bob } } });

  it('pays nothing by default', async () => {
    expect(await leadConverted()).toEqual([]);
  });

  it('pays the partner who brought the lead when perLeadCash is set', async () => {
    expect(await leadConverted({ perLeadCash: 2500, currency: 'EUR' })).toEqual([
      {
        op: 'reward',
        recipient: { partnerId: 'partner-1' },
        type: 'cash',
        value: 2500, // 25.00 EUR in cents
        currency: 'EUR',
        reasonCode: 'lead-converted',
        explanation: '25.00 EUR to Partner One for bringing Bob Stone, who became a customer',
      },
    ]);
  });
});
