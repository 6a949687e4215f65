import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../common/log';
import { PluginRunner } from '../../jobs/plugin-runner';
import { ACCEPT, startTestServer, type GraphqlClient, type TenantSession, type TestServer } from '../../../test/harness';
import { RequestContext } from '../../tenancy/request-context';
import { PluginRunQueue } from '../plugins/plugin-run-queue';
import { PluginRun, PluginRunStatus } from '../plugins/plugin-run.entity';
import { LedgerEntry } from './ledger-entry.entity';

/**
 * The ledger's safeguards end to end: fraud signs hold entries, two runners at once pay each
 * event once, a runner that lost its lease writes nothing, a partner's user sees only their own
 * money, and an upgrade re-checks settings while queued events keep their pinned version.
 */
const Q = {
  addBuiltIn: `mutation($key: String!) { addBuiltInPlugin(input: { key: $key }) { id } }`,
  install: `mutation($input: InstallPluginInput!) { installPlugin(input: $input) { id } }`,
  update: `mutation($input: UpdateInstallationInput!) { updatePluginInstallation(input: $input) { id pluginVersion { id } settings } }`,
  group: `mutation($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { id } }`,
  partner: `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`,
  invitePartnerUser: `mutation($input: InvitePartnerUserInput!) { invitePartnerUser(input: $input) { acceptUrl } }`,
  contact: `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`,
  deal: `mutation($input: CreateDealInput!) { createDeal(input: $input) { id version } }`,
  attribute: `mutation($input: SetDealAttributionInput!) { setDealAttribution(input: $input) { id version } }`,
  win: `mutation($id: ID!, $v: Int!) { winDeal(input: { id: $id, version: $v }) { id } }`,
  issueCode: `mutation($id: ID!) { issueReferralCode(input: { contactId: $id }) { referralCode } }`,
  lead: `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
  convert: `mutation($id: ID!) { convertLead(input: { id: $id, createDeal: false }) { contact { id } } }`,
  ledger: `query($filter: LedgerEntryFilter) { ledgerEntries(first: 100, filter: $filter) { totalCount edges { node {
    id kind status fraudFlags rewardType partner { id } payeeContact { id } amount { amountMinor } } } } }`,
  approveDue: `mutation($p: ID) { approveDueLedgerEntries(input: { partnerId: $p }) }`,
  issue: `mutation($p: ID) { issuePayouts(input: { periodStart: "2026-01-01", periodEnd: "2099-12-31", partnerId: $p }) { id partner { id } } }`,
  payouts: `{ payouts(first: 100) { totalCount edges { node { id partner { id } } } } }`,
  payout: `query($id: ID!) { payout(id: $id) { id csv } }`,
};

const OVERRIDE_FIELDS = `id kind status amount { amountMinor } overrides { action reason before after actor { id } }`;
const RELEASE = `mutation($input: ReleaseHeldEntryInput!) { releaseHeldLedgerEntry(input: $input) { ${OVERRIDE_FIELDS} } }`;
const VOID = `mutation($input: VoidLedgerEntryInput!) { voidLedgerEntry(input: $input) { ${OVERRIDE_FIELDS} } }`;
const ADJUST = `mutation($input: AdjustLedgerInput!) { adjustLedger(input: $input) { ${OVERRIDE_FIELDS} } }`;

describe('ledger safeguards', () => {
  let server: TestServer;
  let owner: TenantSession;
  let affiliateVersion: string;
  let installation: string;
  let group: string;

  beforeAll(async () => {
    server = await startTestServer({ PLUGIN_RETRY_DELAY_MS: '60000' });
    owner = await server.signup('Safeguards');
    affiliateVersion = (await owner.client.query(Q.addBuiltIn, { key: 'affiliate-commission' })).addBuiltInPlugin.id;
    installation = (await owner.client.query(Q.install, { input: { versionId: affiliateVersion, name: 'Affiliates', settings: { rateBasisPoints: 1000, holdDays: 0 } } })).installPlugin.id;
    group = (await owner.client.query(Q.group, { input: { name: 'Affiliates', holdDays: 0, defaultInstallationId: installation } })).createPartnerGroup.id;
    const rewards = (await owner.client.query(Q.addBuiltIn, { key: 'referral-reward' })).addBuiltInPlugin.id;
    await owner.client.query(Q.install, { input: { versionId: rewards, name: 'Referrals', scope: 'ALL_EVENTS' } });
  }, 60_000);
  afterAll(() => server?.close());

  async function partner(name: string, domain: string): Promise<string> {
    return (await owner.client.query(Q.partner, { input: { name, type: 'AFFILIATE', groupId: group, email: `team@${domain}`, domain } })).createPartner.id;
  }

  async function wonDeal(title: string, partnerId: string | null, contactId?: string): Promise<string> {
    const deal = (await owner.client.query(Q.deal, { input: { title, amountMinor: 100_000, contactId } })).createDeal;
    let version = deal.version;
    if (partnerId) version = (await owner.client.query(Q.attribute, { input: { dealId: deal.id, partnerId } })).setDealAttribution.version;
    await owner.client.query(Q.win, { id: deal.id, v: version });
    return deal.id;
  }

  async function ledger(filter: object, client: GraphqlClient = owner.client) {
    return (await client.query(Q.ledger, { filter })).ledgerEntries.edges.map((edge: any) => edge.node);
  }

  /** Runs what is due until `read` finds `count` rows. */
  async function until<T>(read: () => Promise<T[]>, count = 1): Promise<T[]> {
    return waitFor(read, count, () => server.app.pluginRunner.runNow());
  }

  /** Waits (without running plugins) until `read` finds `count` rows: the dispatcher queues runs on its own. */
  async function waitFor<T>(read: () => Promise<T[]>, count = 1, step: () => Promise<void> = async () => {}): Promise<T[]> {
    for (let attempt = 0; attempt < 200; attempt++) {
      await step();
      const rows = await read();
      if (rows.length >= count) return rows;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('Timed out waiting for plugin runs');
  }

  const queuedRuns = () => server.app.database.manager.findBy(PluginRun, { tenantId: owner.tenantId, status: PluginRunStatus.QUEUED });

  it('holds a commission whose customer is on the partner\'s own domain', async () => {
    const partnerId = await partner('Insider Deals', 'insider.example');
    const contact = (await owner.client.query(Q.contact, { input: { firstName: 'Ivy', email: 'ivy@insider.example' } })).createContact.id;
    const dealId = await wonDeal('Inside job', partnerId, contact);
    const [entry] = await until<any>(() => ledger({ dealId }));
    expect(entry).toMatchObject({ status: 'HOLD', fraudFlags: ['customer-is-partner'], amount: { amountMinor: 10_000 } });
    // Held entries wait for a person: "approve everything due" leaves them alone.
    await owner.client.query(Q.approveDue, { p: partnerId });
    expect((await ledger({ dealId }))[0].status).toBe('HOLD');

    // A person checks it and releases it; the override is kept with its reason, before and after.
    const released = (await owner.client.query(RELEASE, { input: { id: entry.id, reason: 'Ivy is a real customer of theirs' } })).releaseHeldLedgerEntry;
    expect(released.status).toBe('PENDING');
    expect(released.overrides).toEqual([expect.objectContaining({
      action: 'release-hold', reason: 'Ivy is a real customer of theirs', actor: { id: owner.userId },
      before: expect.objectContaining({ status: 'HOLD' }), after: expect.objectContaining({ status: 'PENDING' }),
    })]);
  });

  it('voids an unpaid entry with a reason, refuses to void a paid one, and corrects with adjustments', async () => {
    const partnerId = await partner('Voidable', 'voidable.example');
    const first = await wonDeal('To be voided', partnerId);
    const [entry] = await until<any>(() => ledger({ dealId: first }));
    const voided = (await owner.client.query(VOID, { input: { id: entry.id, reason: 'Deal was booked twice' } })).voidLedgerEntry;
    expect(voided).toMatchObject({ status: 'VOIDED', overrides: [{ action: 'void', reason: 'Deal was booked twice' }] });
    expect((await owner.client.error(VOID, { input: { id: entry.id, reason: 'Again' } })).extensions?.code).toBe('CONFLICT');

    const second = await wonDeal('To be paid', partnerId);
    const [paid] = await until<any>(() => ledger({ dealId: second }));
    await owner.client.query(Q.approveDue, { p: partnerId });
    await owner.client.query(Q.issue, { p: partnerId });
    const refused = await owner.client.error(VOID, { input: { id: paid.id, reason: 'Too late' } });
    expect(refused.extensions?.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/negative adjustment/);

    const { adjustLedger } = await owner.client.query(ADJUST, { input: { partnerId, amountMinor: -2_500, currency: 'USD', explanation: 'Goodwill credit given to the customer' } });
    expect(adjustLedger).toMatchObject({ kind: 'ADJUSTMENT', status: 'PENDING', amount: { amountMinor: -2_500 }, overrides: [{ action: 'adjust' }] });
    const zero = await owner.client.error(ADJUST, { input: { partnerId, amountMinor: 0, currency: 'USD', explanation: 'Nothing' } });
    expect(zero.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountMinor' });
  });

  it('holds both rewards when a customer refers themselves', async () => {
    const customer = (await owner.client.query(Q.contact, { input: { firstName: 'Sly', email: 'sly@example.org' } })).createContact.id;
    await wonDeal('First purchase', null, customer);
    const { referralCode } = (await owner.client.query(Q.issueCode, { id: customer })).issueReferralCode;
    const lead = (await owner.client.query(Q.lead, { input: { firstName: 'Sly', email: 'sly@example.org', source: 'INBOUND', referralCode } })).createLead.id;
    await owner.client.query(Q.convert, { id: lead });
    const rewards = await until(async () => (await ledger({ kind: 'REWARD' })).filter((entry: any) => entry.payeeContact?.id === customer), 2);
    for (const reward of rewards) expect(reward).toMatchObject({ status: 'HOLD', fraudFlags: ['self-referral'] });
  });

  it('pays each event once when two runners work the same queue at once', async () => {
    const partnerId = await partner('Twin Runners', 'twins.example');
    await server.app.pluginRunner.stop();
    try {
      const deals = [];
      for (let index = 0; index < 8; index++) deals.push(await wonDeal(`Twin ${index}`, partnerId));
      await waitFor(queuedRuns, 8);
      const second = new PluginRunner(server.app.database, new PluginRunQueue(), server.app.services.pluginRuns, createLogger('second', 'warn'), { batchSize: 3, pollMs: 0, leaseMs: 30_000 });
      await Promise.all([server.app.pluginRunner.runNow(), second.runNow()]);
      const entries = await ledger({ partnerId });
      expect(entries).toHaveLength(8);
    } finally {
      server.app.pluginRunner.start();
    }
  });

  it('drops the outcome of a runner whose lease ran out and was taken over', async () => {
    const partnerId = await partner('Slow Runner', 'slow.example');
    await server.app.pluginRunner.stop();
    try {
      const dealId = await wonDeal('Slow one', partnerId);
      const [queued] = await waitFor(queuedRuns);
      const execution = server.app.services.pluginRuns;
      const ctx = () => requestContext(queued!.tenantId);
      // Runner A claims attempt 1 and evaluates, but is too slow: B takes over attempt 2 and settles first.
      const attemptOne = Object.assign(new PluginRun(), queued, { status: PluginRunStatus.RUNNING, attempts: 1 });
      await server.app.database.manager.update(PluginRun, { tenantId: queued!.tenantId, id: queued!.id }, { status: PluginRunStatus.RUNNING, attempts: 2 });
      const attemptTwo = Object.assign(new PluginRun(), queued, { status: PluginRunStatus.RUNNING, attempts: 2 });
      const preparedA = await execution.prepare(ctx(), attemptOne);
      const preparedB = await execution.prepare(ctx(), attemptTwo);
      const resultA = await execution.evaluate(preparedA);
      const resultB = await execution.evaluate(preparedB);
      await server.app.database.transaction((manager) => execution.settle(requestContext(queued!.tenantId, manager), preparedB, resultB));
      await expect(server.app.database.transaction((manager) => execution.settle(requestContext(queued!.tenantId, manager), preparedA, resultA))).rejects.toThrow(/taken over/);
      expect(await server.app.database.manager.countBy(LedgerEntry, { tenantId: owner.tenantId, dealId })).toBe(1);
    } finally {
      server.app.pluginRunner.start();
    }
  });

  it('shows a partner\'s user their own commissions and statements only', async () => {
    const mine = await partner('Portal Mine', 'mine.example');
    const theirs = await partner('Portal Theirs', 'theirs.example');
    const myDeal = await wonDeal('Mine', mine);
    const theirDeal = await wonDeal('Theirs', theirs);
    await until(() => ledger({ dealId: myDeal }));
    await until(() => ledger({ dealId: theirDeal }));
    await owner.client.query(Q.approveDue, { p: mine });
    await owner.client.query(Q.approveDue, { p: theirs });
    const [myPayout] = (await owner.client.query(Q.issue, { p: mine })).issuePayouts;
    const [theirPayout] = (await owner.client.query(Q.issue, { p: theirs })).issuePayouts;

    const { acceptUrl } = (await owner.client.query(Q.invitePartnerUser, { input: { partnerId: mine, email: 'pat@mine.example' } })).invitePartnerUser;
    const token = new URL(acceptUrl).searchParams.get('token');
    const accepted = await server.client.query(ACCEPT, { input: { token, name: 'Pat', password: 'partner password 123' } });
    const portal = server.client.as(accepted.acceptInvite.accessToken);

    const entries = await ledger({}, portal);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry: any) => entry.partner.id === mine)).toBe(true);
    expect(await ledger({ partnerId: theirs }, portal)).toEqual([]);
    const { payouts } = await portal.query(Q.payouts);
    expect(payouts.edges.map((edge: any) => edge.node.id)).toEqual([myPayout.id]);
    expect((await portal.query(Q.payout, { id: myPayout.id })).payout.csv).toContain('TOTAL');
    expect((await portal.query(Q.payout, { id: theirPayout.id })).payout).toBeNull();
    expect((await portal.error(Q.approveDue, { p: mine })).extensions?.code).toBe('FORBIDDEN');
  });

  it('re-checks settings on an upgrade, and keeps queued events on the version they were pinned to', async () => {
    const bundle = (version: string, rate: number) => `var __dealflowPlugin = { default: { id: 'flat-rate', version: '${version}', apiVersion: 1, kind: 'commission', name: 'Flat rate',
      settingsSchema: { type: 'object', properties: { note: { type: 'string', default: '' }${version === '2.0.0' ? ", bonus: { type: 'integer', minimum: 0, maximum: 100 }" : ''} }, required: [${version === '2.0.0' ? "'bonus'" : ''}], additionalProperties: false },
      hooks: { 'deal.won': function (input) { return [{ op: 'accrue', payee: { partnerId: input.partner.id }, amountMinor: ${rate}, currency: input.deal.currency,
        basisMinor: input.deal.amountMinor, rateBasisPoints: null, reasonCode: 'v${version}', explanation: 'version ${version}' }]; } } } };`;
    const publish = `mutation($b: String!) { publishPluginVersion(input: { bundle: $b }) { id semver } }`;
    const one = (await owner.client.query(publish, { b: bundle('1.0.0', 111) })).publishPluginVersion.id;
    const two = (await owner.client.query(publish, { b: bundle('2.0.0', 222) })).publishPluginVersion.id;
    const flat = (await owner.client.query(Q.install, { input: { versionId: one, name: 'Flat' } })).installPlugin.id;
    const flatGroup = (await owner.client.query(Q.group, { input: { name: 'Flat group', holdDays: 0, defaultInstallationId: flat } })).createPartnerGroup.id;
    const partnerId = (await owner.client.query(Q.partner, { input: { name: 'Pinned', type: 'AFFILIATE', groupId: flatGroup } })).createPartner.id;

    await server.app.pluginRunner.stop();
    let queuedDeal: string;
    try {
      queuedDeal = await wonDeal('Queued before the upgrade', partnerId);
      await waitFor(queuedRuns);
      const refused = await owner.client.error(Q.update, { input: { id: flat, versionId: two } });
      expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'settings.bonus' });
      const upgraded = (await owner.client.query(Q.update, { input: { id: flat, versionId: two, settings: { bonus: 5 } } })).updatePluginInstallation;
      expect(upgraded).toMatchObject({ pluginVersion: { id: two }, settings: { note: '', bonus: 5 } });
    } finally {
      server.app.pluginRunner.start();
    }
    const afterDeal = await wonDeal('Won after the upgrade', partnerId);
    const [before] = await until<any>(() => ledger({ dealId: queuedDeal! }));
    const [after] = await until<any>(() => ledger({ dealId: afterDeal }));
    expect(before.amount.amountMinor).toBe(111);
    expect(after.amount.amountMinor).toBe(222);
  });

  it('closes a period once: each active partner\'s plugins run their true-ups on it', async () => {
    // A bonus of 1 % of the partner's trailing volume once it passes 1,500.00.
    const trueUp = `var __dealflowPlugin = { default: { id: 'volume-bonus', version: '1.0.0', apiVersion: 1, kind: 'commission', name: 'Volume bonus',
      settingsSchema: { type: 'object', properties: {} }, hooks: { 'period.closed': function (input) {
        var volume = input.ledger.trailing90DaysBasisMinor;
        if (!input.partner || volume < 150000) return [];
        return [{ op: 'accrue', payee: { partnerId: input.partner.id }, amountMinor: Math.floor(volume / 100), currency: input.ledger.currency,
          basisMinor: volume, rateBasisPoints: 100, reasonCode: 'volume-bonus', explanation: 'Bonus for ' + input.event.payload.periodStart + ' to ' + input.event.payload.periodEnd }];
      } } } };`;
    const version = (await owner.client.query(`mutation($b: String!) { publishPluginVersion(input: { bundle: $b }) { id } }`, { b: trueUp })).publishPluginVersion.id;
    await owner.client.query(Q.install, { input: { versionId: version, name: 'Volume bonus', scope: 'ALL_EVENTS' } });
    const big = await partner('Big Seller', 'big.example');
    const small = await partner('Small Seller', 'small.example');
    for (const title of ['Big one', 'Big two']) await wonDeal(title, big);
    await wonDeal('Small one', small);
    await until(() => ledger({ partnerId: big }), 2);
    await until(() => ledger({ partnerId: small }), 1);

    const close = `mutation { closeCommissionPeriod(input: { periodStart: "2026-10-01", periodEnd: "2026-12-31" }) { id periodStart periodEnd } }`;
    await owner.client.query(close);
    const bonus = await until(async () => (await ledger({ partnerId: big })).filter((entry: any) => entry.kind === 'COMMISSION' && entry.amount.amountMinor === 2_000));
    // Two 1,000.00 deals: trailing volume 2,000.00, 1 % = 20.00; the small seller's 1,000.00 earns nothing.
    expect(bonus).toHaveLength(1);
    expect((await ledger({ partnerId: small })).length).toBe(1);
    expect((await owner.client.error(close)).extensions?.code).toBe('CONFLICT');
  });

  function requestContext(tenantId: string, manager = server.app.database.manager) {
    return RequestContext.forJob(manager, tenantId);
  }
});
