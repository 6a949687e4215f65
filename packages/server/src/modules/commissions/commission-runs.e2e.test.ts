import { sha256, Sandbox } from '@dealflow/sdk/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxEvent } from '../../events/outbox-event.entity';
import { RequestContext } from '../../tenancy/request-context';
import { startTestServer, type TenantSession, type TestServer } from '../../../test/harness';
import { Deal } from '../deals/deal.entity';
import { PartnerGroup } from '../partners/partner-group.entity';
import { Partner, PartnerStatus, PartnerType } from '../partners/partner.entity';
import { PluginRun } from '../plugins/plugin-run.entity';
import { PluginVersion } from '../plugins/plugin-version.entity';
import { LedgerEntry } from './ledger-entry.entity';

const ADD_BUILT_IN = `mutation($key: String!) { addBuiltInPlugin(input: { key: $key }) { id semver codeHash hooks plugin { key builtIn } } }`;
const PUBLISH = `mutation($bundle: String!) { publishPluginVersion(input: { bundle: $bundle }) { id semver hooks } }`;
const INSTALL = `mutation($input: InstallPluginInput!) { installPlugin(input: $input) { id settings enabled } }`;
const CREATE_DEAL = `mutation($t: String!, $a: MinorUnits!, $c: String!) { createDeal(input: { title: $t, amountMinor: $a, currency: $c }) { id version } }`;
const WIN = `mutation($id: ID!, $v: Int!) { winDeal(input: { id: $id, version: $v, closedOn: "2026-11-20" }) { id version } }`;
const INVOICE = `mutation($input: RecordInvoicePaidInput!) { recordInvoicePaid(input: $input) { id invoiceNumber amount { amountMinor currency } } }`;
const REFUND = `mutation($input: RecordRefundInput!) { recordRefund(input: $input) { id } }`;
const LEDGER = `query($filter: LedgerEntryFilter) { ledgerEntries(first: 50, filter: $filter) { totalCount edges { node {
  id kind status amount { amountMinor currency } basis { amountMinor } rateBasisPoints reasonCode explanation hook
  codeHash settingsHash inputHash outputHash fraudFlags reverses { id } } } } }`;
const APPROVE = `mutation($ids: [ID!]!) { approveLedgerEntries(input: { ids: $ids }) { id status } }`;
const APPROVE_DUE = `mutation($partnerId: ID) { approveDueLedgerEntries(input: { partnerId: $partnerId }) }`;
const ISSUE = `mutation($input: IssuePayoutsInput!) { issuePayouts(input: $input) { id status entryCount total { amountMinor currency } csv } }`;
const SIMULATE = `query($input: SimulatePluginInput!) { simulatePlugin(input: $input) { runs failureCount payees { partnerId currency recordedMinor simulatedMinor differenceMinor } } }`;
const INSTALLATIONS = `{ pluginInstallations { id pluginVersion { id } } }`;
const RUNS = `query($statuses: [PluginRunStatus!]) { pluginRuns(first: 50, filter: { statuses: $statuses }) { edges { node {
  id hook status attempts failureReason failureMessage logs installation { name } } } } }`;

/** Hostile plugins, each on deal.won: every one must fail on its own, recorded with its reason. */
const hostile = (id: string, body: string) => `var __dealflowPlugin = { default: { id: '${id}', version: '1.0.0', apiVersion: 1, kind: 'commission', name: '${id}',
  settingsSchema: { type: 'object', properties: {} }, hooks: { 'deal.won': function (input) { ${body} } } } };`;
const HOSTILE: Array<[string, string, string, RegExp]> = [
  ['endless-loop', 'for (;;) {}', 'out-of-time', /time limit|instruction budget/],
  ['memory-bomb', 'var hoard = []; for (;;) hoard.push(new Array(100000).fill(7));', 'out-of-memory', /out of memory/],
  ['deep-recursion', 'function down(n) { return down(n + 1) + 1; } return down(0);', 'stack-overflow', /call stack/],
  ['escape-attempt', 'return [typeof process, typeof require, typeof fetch].join() === "undefined,undefined,undefined" ? globalThis.constructor.constructor("return process")().exit(1) : [];', 'threw', /threw/],
  ['clock-reader', 'return [{ op: "accrue", explanation: String(Date.now()) }];', 'threw', /no clock/],
  ['garbage-output', 'return [{ op: "accrue", payee: { partnerId: input.partner.id }, amountMinor: 12.5, currency: "USD", basisMinor: 0, rateBasisPoints: null, reasonCode: "x", explanation: "x" }];', 'invalid-output', /amountMinor/],
  ['pays-a-stranger', 'return [{ op: "accrue", payee: { partnerId: "01900000-0000-7000-8000-000000000000" }, amountMinor: 100, currency: "USD", basisMinor: 0, rateBasisPoints: null, reasonCode: "x", explanation: "x" }];', 'rejected-output', /only pay the event's partner/],
];

describe('commission plugins run from the outbox into the ledger', () => {
  let server: TestServer;
  let owner: TenantSession;
  let partnerId: string;
  let installationId: string;

  beforeAll(async () => {
    server = await startTestServer({ PLUGIN_RETRY_DELAY_MS: '60000', PLUGIN_POLL_MS: '50' });
    owner = await server.signup('Acme');
    const version = await owner.client.query(ADD_BUILT_IN, { key: 'affiliate-commission' });
    const { installPlugin } = await owner.client.query(INSTALL, {
      input: { versionId: version.addBuiltInPlugin.id, name: 'Affiliates 10 %', settings: { rateBasisPoints: 1000, holdDays: 0 } },
    });
    installationId = installPlugin.id;
    partnerId = await seedPartner(installationId, 'Affiliates', 14);
  });

  afterAll(() => server?.close());

  /** Partners arrive through the partners module; here only the rows the runner reads are made. */
  async function seedPartner(installation: string, groupName: string, holdDays: number): Promise<string> {
    const ctx = RequestContext.asOwner(server.app.database.manager, owner.tenantId, owner.userId);
    const group = await ctx.data.repo(PartnerGroup).insert({ name: groupName, description: null, holdDays, defaultInstallationId: installation });
    const partner = await ctx.data.repo(Partner).insert({
      name: `${groupName} partner`, type: PartnerType.AFFILIATE, status: PartnerStatus.ACTIVE, tier: null, groupId: group.id,
      installationId: null, email: `deals@${group.id}.example`, domain: `${group.id}.example`, managerId: null, referralCode: group.id.slice(-8),
    });
    return partner.id;
  }

  async function attributedWonDeal(title: string, amountMinor: number, currency = 'USD', partner = partnerId): Promise<string> {
    const { createDeal } = await owner.client.query(CREATE_DEAL, { t: title, a: amountMinor, c: currency });
    const ctx = RequestContext.asOwner(server.app.database.manager, owner.tenantId, owner.userId);
    const deal = await ctx.data.repo(Deal).getById(createDeal.id, 'Deal');
    await ctx.data.repo(Deal).update(deal, { partnerId: partner, attributionSource: null, attributedAt: new Date(), attributedById: owner.userId });
    await owner.client.query(WIN, { id: createDeal.id, v: deal.version });
    return createDeal.id;
  }

  async function installedVersion(): Promise<{ id: string }> {
    const { pluginInstallations } = await owner.client.query(INSTALLATIONS);
    return pluginInstallations.find((installation: any) => installation.id === installationId).pluginVersion;
  }

  async function entriesOf(dealId: string) {
    const { ledgerEntries } = await owner.client.query(LEDGER, { filter: { dealId } });
    return ledgerEntries.edges.map((edge: any) => edge.node);
  }

  async function settled(until: () => Promise<boolean>): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      await server.app.pluginRunner.runNow();
      if (await until()) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const runs = await server.app.database.manager.find(PluginRun, { where: { tenantId: owner.tenantId } });
    const events = await server.app.database.manager.find(OutboxEvent, { where: { tenantId: owner.tenantId } });
    throw new Error(`The plugin runs did not settle: ${JSON.stringify(runs.map((r) => [r.hook, r.status, r.failureMessage]))} ${JSON.stringify(events.map((e) => [e.type, e.dispatchedAt]))}`);
  }

  it('pays 10 % of a won, attributed deal as one pending entry, explained and hashed', async () => {
    const dealId = await attributedWonDeal('Globex rollout', 845_000);
    await settled(async () => (await entriesOf(dealId)).length > 0);
    const [entry, ...others] = await entriesOf(dealId);
    expect(others).toEqual([]);
    // 10 % of 8,450.00 USD = 845.00 USD
    expect(entry).toMatchObject({ kind: 'COMMISSION', status: 'PENDING', amount: { amountMinor: 84_500, currency: 'USD' }, basis: { amountMinor: 845_000 }, rateBasisPoints: 1000, hook: 'deal.won', fraudFlags: [] });
    expect(entry.explanation).toContain('845.00');
    for (const hash of [entry.codeHash, entry.settingsHash, entry.inputHash, entry.outputHash]) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('pays an event once when it is delivered again', async () => {
    const dealId = await attributedWonDeal('Initech renewal', 100_000);
    await settled(async () => (await entriesOf(dealId)).length > 0);
    const manager = server.app.database.manager;
    const won = await manager.findOneByOrFail(OutboxEvent, { tenantId: owner.tenantId, dealId, type: 'DealWon' });
    await server.app.database.transaction((tx) => server.app.pluginRunner.consumer.deliver([won], tx));
    await server.app.pluginRunner.runNow();
    expect(await entriesOf(dealId)).toHaveLength(1);
    expect(await manager.countBy(PluginRun, { tenantId: owner.tenantId, eventId: won.id })).toBe(1);
  });

  it('replays an entry: its stored input through its pinned version gives the same output hash', async () => {
    const dealId = await attributedWonDeal('Umbrella pilot', 123_456);
    await settled(async () => (await entriesOf(dealId)).length > 0);
    const manager = server.app.database.manager;
    const entry = await manager.findOneByOrFail(LedgerEntry, { tenantId: owner.tenantId, dealId });
    const run = await manager.findOneByOrFail(PluginRun, { tenantId: owner.tenantId, id: entry.runId! });
    const version = await manager.findOneByOrFail(PluginVersion, { tenantId: owner.tenantId, id: run.versionId });
    const sandbox = new Sandbox({ workers: 1 });
    try {
      const replay = await sandbox.run(version.bundle, 'deal.won', run.input);
      expect(replay.ok && replay.outputHash).toBe(entry.outputHash);
      expect(sha256(version.bundle)).toBe(entry.codeHash);
    } finally {
      await sandbox.close();
    }
  });

  it('takes back a refunded share of an invoice as a linked negative entry, never more', async () => {
    const dealId = await attributedWonDeal('Stark subscription', 200_000);
    await settled(async () => (await entriesOf(dealId)).length > 0);
    const { recordInvoicePaid } = await owner.client.query(INVOICE, { input: { dealId, externalId: `inv-${dealId}`, amountMinor: 200_000, currency: 'USD' } });
    await owner.client.query(REFUND, { input: { invoiceId: recordInvoicePaid.id, externalId: `ref-${dealId}`, amountMinor: 50_000 } });
    await settled(async () => (await entriesOf(dealId)).some((entry: any) => entry.kind === 'REVERSAL'));
    const entries = await entriesOf(dealId);
    const commission = entries.find((entry: any) => entry.kind === 'COMMISSION');
    const reversal = entries.find((entry: any) => entry.kind === 'REVERSAL');
    // 10 % of 2,000.00 = 200.00; a quarter of the invoice refunded takes back 50.00
    expect(commission.amount.amountMinor).toBe(20_000);
    expect(reversal).toMatchObject({ amount: { amountMinor: -5_000, currency: 'USD' }, reverses: { id: commission.id } });
  });

  it('records each hostile plugin\'s failure with its reason, while the others still pay', async () => {
    for (const [id, body] of HOSTILE) {
      const { publishPluginVersion } = await owner.client.query(PUBLISH, { bundle: hostile(id, body) });
      await owner.client.query(INSTALL, { input: { versionId: publishPluginVersion.id, name: id, scope: 'ALL_EVENTS' } });
    }
    const dealId = await attributedWonDeal('Wayne Enterprises', 50_000);
    const failures = async () => (await owner.client.query(RUNS, { statuses: ['RETRYING', 'FAILED'] })).pluginRuns.edges.map((edge: any) => edge.node);
    await settled(async () => (await failures()).length >= HOSTILE.length && (await entriesOf(dealId)).length > 0);
    const byName = new Map<string, any>((await failures()).map((run: any) => [run.installation.name, run]));
    for (const [id, , reason, message] of HOSTILE) {
      expect(byName.get(id), id).toMatchObject({ hook: 'deal.won', status: 'RETRYING', attempts: 1, failureReason: reason });
      expect(byName.get(id).failureMessage, id).toMatch(message);
    }
    // The partner's own programme paid as if nothing had happened: 10 % of 500.00
    expect((await entriesOf(dealId)).map((entry: any) => entry.amount.amountMinor)).toEqual([5_000]);
  });

  it('gives the plugin the partner\'s trailing volume, so a tier reached by earlier deals raises the rate', async () => {
    const { addBuiltInPlugin } = await owner.client.query(ADD_BUILT_IN, { key: 'affiliate-commission' });
    const tiers = [{ fromBasisMinor: 0, rateBasisPoints: 1000 }, { fromBasisMinor: 500_000, rateBasisPoints: 1500 }];
    const { installPlugin } = await owner.client.query(INSTALL, { input: { versionId: addBuiltInPlugin.id, name: 'Tiered', settings: { tiers, holdDays: 0 } } });
    const tiered = await seedPartner(installPlugin.id, 'Tiered', 0);
    const first = await attributedWonDeal('Tier one', 600_000, 'USD', tiered);
    await settled(async () => (await entriesOf(first)).length > 0);
    const second = await attributedWonDeal('Tier two', 100_000, 'USD', tiered);
    await settled(async () => (await entriesOf(second)).length > 0);
    // Nothing earned before: tier 1, 10 % of 6,000.00 = 600.00
    expect((await entriesOf(first))[0]).toMatchObject({ amount: { amountMinor: 60_000 }, rateBasisPoints: 1000 });
    // 6,000.00 earned on in the last 90 days reaches tier 2: 15 % of 1,000.00 = 150.00
    expect((await entriesOf(second))[0]).toMatchObject({ amount: { amountMinor: 15_000 }, rateBasisPoints: 1500 });
  });

  it('refuses settings that do not match the plugin\'s schema, naming the field', async () => {
    const { addBuiltInPlugin } = await owner.client.query(ADD_BUILT_IN, { key: 'affiliate-commission' });
    const error = await owner.client.error(INSTALL, { input: { versionId: addBuiltInPlugin.id, name: 'Broken', settings: { rateBasisPoints: 12.5 } } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'settings.rateBasisPoints' });
  });

  it('approves nothing before its hold ends, and says when it does', async () => {
    const dealId = await attributedWonDeal('Hooli hold', 10_000);
    await settled(async () => (await entriesOf(dealId)).length > 0);
    const [entry] = await entriesOf(dealId);
    const error = await owner.client.error(APPROVE, { ids: [entry.id] });
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.message).toMatch(/hold period ends \d{4}-\d{2}-\d{2}/);
  });

  it('pays approved entries on a statement, locks them, and nets a later clawback against the next one', async () => {
    const quickPartner = await seedPartner(installationId, 'No hold', 0);
    const first = await attributedWonDeal('Soylent launch', 300_000, 'USD', quickPartner);
    await settled(async () => (await entriesOf(first)).length > 0);
    expect((await owner.client.query(APPROVE_DUE, { partnerId: quickPartner })).approveDueLedgerEntries).toBe(1);

    const { issuePayouts } = await owner.client.query(ISSUE, { input: { periodStart: '2026-01-01', periodEnd: '2099-12-31', partnerId: quickPartner } });
    expect(issuePayouts).toHaveLength(1);
    // 10 % of 3,000.00 = 300.00
    expect(issuePayouts[0]).toMatchObject({ total: { amountMinor: 30_000, currency: 'USD' }, entryCount: 1, status: 'ISSUED' });
    expect(issuePayouts[0].csv).toContain('"10 %');
    expect(issuePayouts[0].csv.split('\r\n')[0]).toBe('date,entry,kind,hook,deal,explanation,basis,rate_percent,amount,currency,plugin');
    expect(issuePayouts[0].csv).toMatch(/,3000\.00,10\.00,300\.00,USD,affiliate-commission@1\.1\.0\r\n/);
    expect((await entriesOf(first))[0].status).toBe('PAID');

    const { recordInvoicePaid } = await owner.client.query(INVOICE, { input: { dealId: first, externalId: `inv-${first}`, amountMinor: 300_000, currency: 'USD' } });
    await owner.client.query(REFUND, { input: { invoiceId: recordInvoicePaid.id, externalId: `ref-${first}`, amountMinor: 75_000 } });
    await settled(async () => (await entriesOf(first)).length === 2);
    const clawback = (await entriesOf(first)).find((entry: any) => entry.kind === 'REVERSAL');
    // A quarter of a paid 300.00 comes back: -75.00, approved at once to be netted
    expect(clawback).toMatchObject({ status: 'APPROVED', amount: { amountMinor: -7_500 } });
    const nothing = await owner.client.query(ISSUE, { input: { periodStart: '2026-01-01', periodEnd: '2099-12-31', partnerId: quickPartner } });
    expect(nothing.issuePayouts).toEqual([]);

    const second = await attributedWonDeal('Soylent expansion', 100_000, 'USD', quickPartner);
    await settled(async () => (await entriesOf(second)).length > 0);
    await owner.client.query(APPROVE_DUE, { partnerId: quickPartner });
    const next = await owner.client.query(ISSUE, { input: { periodStart: '2026-01-01', periodEnd: '2099-12-31', partnerId: quickPartner } });
    // 100.00 earned less the 75.00 clawback
    expect(next.issuePayouts[0]).toMatchObject({ total: { amountMinor: 2_500 }, entryCount: 2 });

    // What if the programme had paid 20 %? Its two deals would have earned twice as much; the
    // clawback is what the refund took of the entry actually paid, so it stays -75.00.
    const { simulatePlugin } = await owner.client.query(SIMULATE, {
      input: { installationId, versionId: (await installedVersion()).id, settings: { rateBasisPoints: 2000, holdDays: 0 }, from: '2026-01-01', to: '2030-12-31' },
    });
    const row = simulatePlugin.payees.find((payee: any) => payee.partnerId === quickPartner);
    // recorded 300.00 + 100.00 - 75.00 = 325.00; simulated 600.00 + 200.00 - 75.00 = 725.00
    expect(row).toMatchObject({ currency: 'USD', recordedMinor: 32_500, simulatedMinor: 72_500, differenceMinor: 40_000 });
    expect(simulatePlugin.failureCount).toBe(0);
    expect((await entriesOf(first))).toHaveLength(2);
  });
});
