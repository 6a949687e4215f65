import {
  Lexer,
  Source,
  TokenKind,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GraphqlClient, type TenantSession, type TestServer } from './harness';
import { LiveClient } from './live-client';

/**
 * Tenant isolation, driven from the schema so a new operation cannot be forgotten: every query
 * and mutation that takes an ID anywhere in its arguments is called by tenant B with tenant A's
 * ids, one id at a time; every list B can read is searched for A's data; and A's data must be
 * exactly as before at the end. An operation without a sample below fails the test.
 */

type Kind = 'user' | 'invite' | 'organization' | 'contact' | 'product' | 'pipeline' | 'stage' | 'deal' | 'lead' | 'activity'
  | 'partnerGroup' | 'partner' | 'registration'
  | 'payment' | 'apiKey' | 'pluginVersion' | 'installation' | 'pluginRun' | 'ledgerEntry' | 'payout';
type Fixture = Record<Kind, string> & { wonDeal: string; heldEntry: string; dealVersion: number; leadVersion: number; wonStage: string; openStages: string[] };
type Ids = Fixture & { fresh: (kind: Kind) => Promise<string>; note: (kind: Kind, id: string) => string; client: GraphqlClient };
type Sample = (ids: Ids) => Promise<Record<string, unknown>> | Record<string, unknown>;

/** Valid arguments for tenant B, by operation. Ids in them are swapped for A's by kind. */
const samples: Record<string, Sample> = {
  // queries
  user: (ids) => ({ id: ids.user }),
  organization: (ids) => ({ id: ids.organization }),
  contact: (ids) => ({ id: ids.contact }),
  product: (ids) => ({ id: ids.product }),
  pipeline: (ids) => ({ id: ids.pipeline }),
  deal: (ids) => ({ id: ids.deal }),
  lead: (ids) => ({ id: ids.lead }),
  activity: (ids) => ({ id: ids.activity }),
  pipelineEvents: (ids) => ({ pipelineId: ids.pipeline, after: 0 }),
  dealEvents: (ids) => ({ id: ids.deal, after: 0 }),
  pipelineBoard: (ids) => ({ pipelineId: ids.pipeline, filter: { ownerId: ids.user, organizationId: ids.organization } }),
  deals: (ids) => ({ filter: { pipelineId: ids.pipeline, stageId: ids.stage, ownerId: ids.user, organizationId: ids.organization, contactId: ids.contact } }),
  organizations: (ids) => ({ filter: { ownerId: ids.user } }),
  contacts: (ids) => ({ filter: { ownerId: ids.user, organizationId: ids.organization } }),
  leads: (ids) => ({ filter: { ownerId: ids.user } }),
  activities: (ids) => ({ filter: { ownerId: ids.user, dealId: ids.deal, contactId: ids.contact, leadId: ids.lead, organizationId: ids.organization } }),
  // mutations
  updateUser: (ids) => ({ input: { id: ids.user, name: 'Renamed' } }),
  revokeInvite: (ids) => ({ input: { id: ids.invite } }),
  createPipeline: () => ({ input: { name: `P ${Math.random()}` } }),
  updatePipeline: (ids) => ({ input: { id: ids.pipeline, name: `P ${Math.random()}` } }),
  deletePipeline: async (ids) => ({ input: { id: await ids.fresh('pipeline') } }),
  createStage: (ids) => ({ input: { pipelineId: ids.pipeline, name: `S ${Math.random()}`, probability: 40 } }),
  updateStage: (ids) => ({ input: { id: ids.stage, probability: 15 } }),
  reorderStages: async (ids) => {
    const { pipeline } = await ids.client.query(`query($p: ID!) { pipeline(id: $p) { stages { id kind } } }`, { p: ids.pipeline });
    const open = pipeline.stages.filter((stage: { kind: string }) => stage.kind === 'OPEN').map((stage: { id: string }) => stage.id);
    return { input: { pipelineId: ids.pipeline, stageIds: open.reverse() } };
  },
  deleteStage: async (ids) => {
    const stage = await ids.fresh('stage');
    await ids.client.query(`mutation($s: ID!) { createDeal(input: { title: "In doomed stage", stageId: $s }) { id } }`, { s: stage });
    return { input: { id: stage, moveDealsToStageId: ids.stage } };
  },
  createOrganization: (ids) => ({ input: { name: 'New org', ownerId: ids.user } }),
  updateOrganization: (ids) => ({ input: { id: ids.organization, industry: 'Retail', ownerId: ids.user } }),
  archiveOrganization: async (ids) => ({ input: { id: await ids.fresh('organization') } }),
  restoreOrganization: (ids) => ({ input: { id: ids.organization } }),
  createContact: (ids) => ({ input: { firstName: 'New', organizationId: ids.organization, ownerId: ids.user } }),
  updateContact: (ids) => ({ input: { id: ids.contact, jobTitle: 'CTO', organizationId: ids.organization, ownerId: ids.user } }),
  archiveContact: async (ids) => ({ input: { id: await ids.fresh('contact') } }),
  restoreContact: (ids) => ({ input: { id: ids.contact } }),
  updateProduct: (ids) => ({ input: { id: ids.product, description: 'Better' } }),
  deleteProduct: async (ids) => ({ input: { id: await ids.fresh('product') } }),
  createDeal: (ids) => ({ input: { title: 'New deal', stageId: ids.stage, pipelineId: ids.pipeline, ownerId: ids.user, organizationId: ids.organization, contactId: ids.contact } }),
  updateDeal: async (ids) => ({ input: { id: ids.deal, version: await versionOf(ids, 'deal'), ownerId: ids.user, organizationId: ids.organization, contactId: ids.contact } }),
  deleteDeal: async (ids) => ({ input: { id: await ids.fresh('deal') } }),
  moveDeal: async (ids) => {
    const deal = await ids.fresh('deal');
    const anchor = await ids.fresh('deal');
    await ids.client.query(`mutation($d: ID!, $s: ID!) { moveDeal(input: { id: $d, version: 1, stageId: $s }) { id } }`, { d: anchor, s: ids.openStages[1] });
    return { input: { id: deal, version: 1, stageId: ids.openStages[1], afterDealId: anchor } };
  },
  transferDeal: async (ids) => {
    const target = await ids.client.query(`mutation { createPipeline(input: { name: "Target ${Math.random()}" }) { stages { id } } }`);
    return { input: { id: await ids.fresh('deal'), version: 1, stageId: ids.note('stage', target.createPipeline.stages[0].id) } };
  },
  winDeal: async (ids) => ({ input: { id: await ids.fresh('deal'), version: 1 } }),
  loseDeal: async (ids) => ({ input: { id: await ids.fresh('deal'), version: 1, reason: 'BUDGET' } }),
  reopenDeal: async (ids) => {
    const deal = await ids.fresh('deal');
    await ids.client.query(`mutation($d: ID!) { winDeal(input: { id: $d, version: 1 }) { id } }`, { d: deal });
    return { input: { id: deal, version: 2, stageId: ids.stage } };
  },
  setDealLineItems: async (ids) => ({ input: { dealId: ids.deal, version: await versionOf(ids, 'deal'), items: [{ productId: ids.product, quantity: 1 }] } }),
  createLead: (ids) => ({ input: { firstName: 'New', source: 'INBOUND', ownerId: ids.user } }),
  updateLead: (ids) => ({ input: { id: ids.lead, companyName: 'Initech', ownerId: ids.user } }),
  changeLeadStatus: async (ids) => ({ input: { id: ids.lead, version: await versionOf(ids, 'lead'), status: 'MQL' } }),
  deleteLead: async (ids) => ({ input: { id: await ids.fresh('lead') } }),
  convertLead: async (ids) => ({ input: { id: await ids.fresh('lead'), dealTitle: 'From lead', pipelineId: ids.pipeline, ownerId: ids.user } }),
  createActivity: (ids) => ({ input: { type: 'CALL', subject: 'Call', dealId: ids.deal, contactId: ids.contact, leadId: ids.lead, organizationId: ids.organization, ownerId: ids.user } }),
  updateActivity: (ids) => ({ input: { id: ids.activity, subject: 'Renamed', dealId: ids.deal, ownerId: ids.user } }),
  completeActivity: async (ids) => ({ input: { id: await ids.fresh('activity'), outcome: 'CONNECTED' } }),
  reopenActivity: (ids) => ({ input: { id: ids.activity } }),
  deleteActivity: async (ids) => ({ input: { id: await ids.fresh('activity') } }),
  // partners
  partner: (ids) => ({ id: ids.partner }),
  partners: (ids) => ({ filter: { groupId: ids.partnerGroup } }),
  dealRegistration: (ids) => ({ id: ids.registration }),
  dealRegistrations: (ids) => ({ filter: { partnerId: ids.partner } }),
  referrals: (ids) => ({ filter: { partnerId: ids.partner, referrerContactId: ids.contact } }),
  createPartnerGroup: () => ({ input: { name: `G ${Math.random()}` } }),
  updatePartnerGroup: (ids) => ({ input: { id: ids.partnerGroup, description: 'Renamed' } }),
  deletePartnerGroup: async (ids) => ({ input: { id: await ids.fresh('partnerGroup') } }),
  createPartner: (ids) => ({ input: { name: `P ${Math.random()}`, type: 'VAR', groupId: ids.partnerGroup, managerId: ids.user } }),
  updatePartner: (ids) => ({ input: { id: ids.partner, tier: 'gold', groupId: ids.partnerGroup, managerId: ids.user } }),
  regeneratePartnerReferralCode: (ids) => ({ input: { id: ids.partner } }),
  invitePartnerUser: (ids) => ({ input: { partnerId: ids.partner, email: `partner-${Math.random()}@example.com` } }),
  inviteUser: (ids) => ({ input: { email: `partner-${Math.random()}@example.com`, role: 'PARTNER', partnerId: ids.partner } }),
  setDealAttribution: (ids) => ({ input: { dealId: ids.deal, partnerId: ids.partner } }),
  setLeadAttribution: (ids) => ({ input: { leadId: ids.lead, partnerId: ids.partner } }),
  submitDealRegistration: (ids) => ({ input: { title: 'Registered', organizationName: 'Initech', amountMinor: 100, currency: 'USD', partnerId: ids.partner } }),
  approveDealRegistration: async (ids) => ({ input: { id: await ids.fresh('registration'), pipelineId: ids.pipeline, ownerId: ids.user } }),
  rejectDealRegistration: async (ids) => ({ input: { id: await ids.fresh('registration'), reason: 'Not now' } }),
  issueReferralCode: (ids) => ({ input: { contactId: ids.contact } }),
  // payments, plugins and the ledger
  recordInvoicePaid: (ids) => ({ input: { dealId: ids.wonDeal, externalId: `inv-${Math.random()}`, amountMinor: 100, currency: 'USD' } }),
  recordRefund: (ids) => ({ input: { invoiceId: ids.payment, externalId: `ref-${Math.random()}`, amountMinor: 1 } }),
  recordChurn: (ids) => ({ input: { dealId: ids.wonDeal, externalId: `churn-${Math.random()}` } }),
  revokeApiKey: (ids) => ({ input: { id: ids.apiKey } }),
  installPlugin: (ids) => ({ input: { versionId: ids.pluginVersion, name: 'Stolen' } }),
  updatePluginInstallation: (ids) => ({ input: { id: ids.installation, versionId: ids.pluginVersion, enabled: false } }),
  retryPluginRun: (ids) => ({ input: { id: ids.pluginRun } }),
  simulatePlugin: (ids) => ({ input: { installationId: ids.installation, versionId: ids.pluginVersion, from: '2026-01-01', to: '2030-12-31' } }),
  pluginRuns: (ids) => ({ filter: { installationId: ids.installation } }),
  ledgerEntries: (ids) => ({ filter: { partnerId: ids.partner, payeeUserId: ids.user, dealId: ids.deal } }),
  approveLedgerEntries: (ids) => ({ input: { ids: [ids.ledgerEntry] } }),
  approveDueLedgerEntries: (ids) => ({ input: { partnerId: ids.partner } }),
  issuePayouts: (ids) => ({ input: { periodStart: '2026-01-01', periodEnd: '2030-12-31', partnerId: ids.partner } }),
  markPayoutPaid: (ids) => ({ input: { id: ids.payout, reference: 'Stolen' } }),
  payouts: (ids) => ({ filter: { partnerId: ids.partner } }),
  payout: (ids) => ({ id: ids.payout }),
  voidLedgerEntry: (ids) => ({ input: { id: ids.ledgerEntry, reason: 'Stolen' } }),
  releaseHeldLedgerEntry: (ids) => ({ input: { id: ids.heldEntry, reason: 'Stolen' } }),
  adjustLedger: (ids) => ({ input: { partnerId: ids.partner, dealId: ids.deal, amountMinor: 100, currency: 'USD', explanation: 'Stolen' } }),
};

async function versionOf(ids: Ids, kind: 'deal' | 'lead'): Promise<number> {
  return (await ids.client.query(`query($id: ID!) { ${kind}(id: $id) { version } }`, { id: ids[kind] }))[kind].version;
}

/** Operations whose ID arguments are not tenant records (none yet). */
const notTenantIds = new Set<string>([]);

const ALLOWED_ERRORS = new Set(['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN']);

describe('tenant isolation', () => {
  let server: TestServer;
  let a: TenantSession;
  let b: TenantSession;
  let fixtureA: Fixture;
  let fixtureB: Fixture;
  const kindOf = new Map<string, Kind>();
  const MARK = 'ZZ-TENANT-A-SECRET';

  beforeAll(async () => {
    server = await startTestServer();
    a = await server.signup('Tenant A');
    b = await server.signup('Tenant B');
    fixtureA = await seed(a.client, MARK, kindOf);
    fixtureB = await seed(b.client, 'tenant-b', kindOf);
  }, 120_000);
  afterAll(() => server.close());

  it('covers every operation that takes an id, and leaks nothing through any of them', async () => {
    const schema = server.app.schema;
    const before = await snapshot(a.client, schema);
    expect(before).toContain(MARK);
    const aIds = new Set(Object.values(fixtureA).flat().filter((value): value is string => typeof value === 'string'));
    const missing: string[] = [];
    const leaks: string[] = [];
    const brokenSamples: string[] = [];
    let attempts = 0;
    for (const [operation, field] of operations(schema)) {
      const idPaths = field.args.flatMap((arg) => idPathsOf(arg.type, [arg.name]));
      if (idPaths.length === 0 || notTenantIds.has(field.name)) continue;
      const sample = samples[field.name];
      if (!sample) {
        missing.push(field.name);
        continue;
      }
      const fresh = async (kind: Kind) => freshRecord(b.client, kind, fixtureB, kindOf);
      const note = (kind: Kind, id: string) => (kindOf.set(id, kind), id);
      const variables = await sample({ ...fixtureB, fresh, note, client: b.client });
      for (const path of idPaths) {
        for (const variant of substitutions(variables, path, (bId) => fixtureA[kindOf.get(bId)!])) {
          attempts++;
          const result = await b.client.request(document(operation, field), variant);
          const text = JSON.stringify(result);
          const code = result.errors?.[0]?.extensions?.code;
          const refused = code !== undefined && ALLOWED_ERRORS.has(code);
          const empty = !result.errors && isEmpty(result.data?.[field.name]);
          const echoed = [...aIds].filter((id) => text.includes(id) && !JSON.stringify(variant).includes(id));
          if ((!refused && !empty) || text.includes(MARK) || echoed.length > 0) {
            leaks.push(`${field.name} with A's ${path.join('.')}: ${text.slice(0, 300)}`);
          }
        }
      }
      // The same call with B's own ids must work, or the refusals above prove nothing.
      const baseline = await b.client.request(document(operation, field), await sample({ ...fixtureB, fresh, note, client: b.client }));
      if (baseline.errors?.length) brokenSamples.push(`${field.name}: ${JSON.stringify(baseline.errors[0])}`);
    }
    expect(missing, 'operations taking ids without an isolation sample').toEqual([]);
    expect(brokenSamples, 'samples that fail for their own tenant').toEqual([]);
    expect(leaks).toEqual([]);
    expect(attempts).toBeGreaterThan(40);
    expect(await snapshot(a.client, schema)).toEqual(before);
  });

  it('refuses every subscription that takes an id when given A\'s ids, and accepts B\'s own', async () => {
    const subscriptions = Object.values(server.app.schema.getSubscriptionType()!.getFields())
      .filter((field) => field.args.some((arg) => idPathsOf(arg.type, [arg.name]).length > 0));
    expect(subscriptions.map((field) => field.name).sort()).toEqual(['dealEvents', 'pipelineEvents']);
    const live = new LiveClient(server.url, b.token);
    try {
      for (const field of subscriptions) {
        const sample = samples[field.name]!;
        const fresh = async (kind: Kind) => freshRecord(b.client, kind, fixtureB, kindOf);
        const note = (kind: Kind, id: string) => (kindOf.set(id, kind), id);
        const variables = await sample({ ...fixtureB, fresh, note, client: b.client });
        const query = document('subscription', field);
        for (const path of field.args.flatMap((arg) => idPathsOf(arg.type, [arg.name]))) {
          for (const variant of substitutions(variables, path, (bId) => fixtureA[kindOf.get(bId)!])) {
            const refusal = await live.subscribe(query, variant).refusal();
            expect(refusal.extensions?.code, `${field.name} with A's ${path.join('.')}`).toBe('NOT_FOUND');
          }
        }
        const before = server.app.live.hub.stats().subscribers;
        const own = live.subscribe(query, variables);
        await own.ready(server.app.live, before + 1);
        expect(own.errors).toBeNull();
        own.stop();
      }
    } finally {
      await live.close();
    }
  });

  it('shows tenant B none of A\'s records in any list', async () => {
    const listing = await snapshot(b.client, server.app.schema);
    expect(listing).not.toContain(MARK);
    for (const id of Object.values(fixtureA).flat()) {
      if (typeof id === 'string') expect(listing).not.toContain(id);
    }
  });
});

type Operation = ['query' | 'mutation', GraphQLField<unknown, unknown>];

function operations(schema: GraphQLSchema): Operation[] {
  const query = Object.values(schema.getQueryType()!.getFields()).map((field): Operation => ['query', field]);
  const mutation = Object.values(schema.getMutationType()!.getFields()).map((field): Operation => ['mutation', field]);
  return [...query, ...mutation];
}

/** Paths (argument name, then input fields, `[]` for list items) whose type is ID. */
function idPathsOf(type: GraphQLInputType, path: string[], depth = 0): string[][] {
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  if (isListType(unwrapped)) return idPathsOf(unwrapped.ofType, [...path, '[]'], depth);
  if (isScalarType(unwrapped)) return unwrapped.name === 'ID' ? [path] : [];
  if (isInputObjectType(unwrapped) && depth < 4) {
    return Object.values(unwrapped.getFields()).flatMap((field) => idPathsOf(field.type, [...path, field.name], depth + 1));
  }
  return [];
}

/** Copies of `variables` with the ids at `path` replaced by A's id of the same kind. */
function substitutions(variables: Record<string, unknown>, path: string[], toA: (bId: string) => string | undefined): Record<string, unknown>[] {
  const copy = structuredClone(variables);
  let changed = false;
  const visit = (value: unknown, rest: string[]): unknown => {
    if (rest.length === 0) {
      if (typeof value !== 'string') return value;
      const swapped = toA(value);
      if (swapped) changed = true;
      return swapped ?? value;
    }
    const [head, ...tail] = rest;
    if (head === '[]') return Array.isArray(value) ? value.map((item) => visit(item, tail)) : value;
    if (value && typeof value === 'object' && head! in value) {
      (value as Record<string, unknown>)[head!] = visit((value as Record<string, unknown>)[head!], tail);
    }
    return value;
  };
  const result = { ...copy, [path[0]!]: visit(copy[path[0]!], path.slice(1)) };
  return changed ? [result] : [];
}

/** Nothing found: null, an empty connection, or a board whose every column is empty. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  const result = value as { edges?: unknown[]; columns?: Array<{ count: number }> };
  if (Array.isArray(result.edges)) return result.edges.length === 0;
  if (Array.isArray(result.columns)) return result.columns.every((column) => column.count === 0);
  return false;
}

/** A query or mutation document selecting scalars (and, nested, ids and scalars) of the result. */
function document(operation: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>, withArgs = true): string {
  const used = withArgs ? field.args : [];
  const variables = used.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const head = variables ? `${operation}(${variables})` : operation;
  // As deep as graphql-armor's token limit lets the document be, at most four levels.
  for (let levels = 4; ; levels--) {
    const text = `${head} { ${field.name}${args ? `(${args})` : ''} ${selection(field.type, 0, levels)} }`;
    if (levels === 1 || tokenCount(text) <= MAX_TOKENS) return text;
  }
}

/** graphql-armor's default limit on a document's tokens. */
const MAX_TOKENS = 1000;

function tokenCount(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

function selection(type: GraphQLOutputType, depth: number, levels: number): string {
  const named = getNamedType(type) as GraphQLNamedType;
  if (!isObjectType(named)) return '';
  const fields = Object.values((named as GraphQLObjectType).getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type)));
  const parts = fields.flatMap((field) => {
    const nested = getNamedType(field.type);
    if (!isObjectType(nested)) return [field.name];
    return depth < levels - 1 ? [`${field.name} ${selection(field.type, depth + 1, levels)}`] : [];
  });
  return `{ __typename ${parts.join(' ')} }`;
}

/** Everything a tenant can list, as one string: used to compare before/after and to search. */
async function snapshot(client: GraphqlClient, schema: GraphQLSchema): Promise<string> {
  const parts: string[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    const result = await client.request(document('query', field, false));
    parts.push(`${field.name}: ${JSON.stringify(result.data ?? result.errors)}`);
  }
  const [pipeline] = (await client.query(`{ pipelines { edges { node { id } } } }`)).pipelines.edges;
  const board = schema.getQueryType()!.getFields().pipelineBoard!;
  parts.push(JSON.stringify(await client.request(document('query', board), { pipelineId: pipeline.node.id })));
  return parts.join('\n');
}

/**
 * A commission plugin paying the partner's group, a won deal it paid for (waited for: the run
 * is asynchronous), that entry approved and paid out, an invoice, an API key.
 */
async function seedCommissions(client: GraphqlClient, mark: string, groupId: string, partnerId: string) {
  const q = async (query: string, variables: Record<string, unknown> = {}) => client.query(query, variables);
  const pluginVersion = (await q(`mutation { addBuiltInPlugin(input: { key: "affiliate-commission" }) { id } }`)).addBuiltInPlugin.id;
  const installation = (await q(`mutation($v: ID!) { installPlugin(input: { versionId: $v, name: "Affiliates", settings: { holdDays: 0 } }) { id } }`, { v: pluginVersion })).installPlugin.id;
  await q(`mutation($g: ID!, $i: ID!) { updatePartnerGroup(input: { id: $g, holdDays: 0, defaultInstallationId: $i }) { id } }`, { g: groupId, i: installation });
  const paidDeal = await partnerDealWon(client, `${mark} Paid deal`, partnerId);
  const paidEntry = await entryOf(client, paidDeal);
  await q(`mutation($e: ID!) { approveLedgerEntries(input: { ids: [$e] }) { id } }`, { e: paidEntry });
  const deal = await partnerDealWon(client, `${mark} Partner deal`, partnerId);
  const ledgerEntry = await entryOf(client, deal);
  const pluginRun = await failedRun(client, deal);
  // A customer on the partner's own domain: that commission is held for a person to check.
  const domain = `${mark.toLowerCase()}-partner.example`;
  await q(`mutation($p: ID!, $d: String!) { updatePartner(input: { id: $p, domain: $d }) { id } }`, { p: partnerId, d: domain });
  const insider = (await q(`mutation($e: String!) { createContact(input: { firstName: "Insider", email: $e }) { id } }`, { e: `buyer@${domain}` })).createContact.id;
  const heldEntry = await entryOf(client, await partnerDealWon(client, `${mark} Insider deal`, partnerId, insider));
  const payout = (await q(`mutation($p: ID!) { issuePayouts(input: { periodStart: "2026-01-01", periodEnd: "2099-12-31", partnerId: $p }) { id } }`, { p: partnerId })).issuePayouts[0].id;
  const payment = (await q(`mutation($d: ID!, $x: String!) { recordInvoicePaid(input: { dealId: $d, externalId: $x, amountMinor: 40000, currency: "USD" }) { id } }`, { d: deal, x: `${mark}-inv` })).recordInvoicePaid.id;
  const apiKey = (await q(`mutation { createApiKey(input: { name: "Billing" }) { apiKey { id } } }`)).createApiKey.apiKey.id;
  return { pluginVersion, installation, ledgerEntry, heldEntry, pluginRun, payout, payment, apiKey };
}

async function partnerDealWon(client: GraphqlClient, title: string, partnerId: string, contactId: string | null = null): Promise<string> {
  const deal = (await client.query(`mutation($n: String!, $c: ID) { createDeal(input: { title: $n, amountMinor: 40000, contactId: $c }) { id } }`, { n: title, c: contactId })).createDeal.id;
  const attributed = (await client.query(`mutation($d: ID!, $p: ID!) { setDealAttribution(input: { dealId: $d, partnerId: $p }) { id version } }`, { d: deal, p: partnerId })).setDealAttribution;
  await client.query(`mutation($d: ID!, $v: Int!) { winDeal(input: { id: $d, version: $v }) { id } }`, { d: deal, v: attributed.version });
  return deal;
}

/** The deal's ledger entry, once the (asynchronous) plugin run has written it. */
async function entryOf(client: GraphqlClient, dealId: string): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { ledgerEntries } = await client.query(`query($d: ID!) { ledgerEntries(first: 1, filter: { dealId: $d }) { edges { node { id } } } }`, { d: dealId });
    if (ledgerEntries.edges[0]) return ledgerEntries.edges[0].node.id;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The commission plugin did not run');
}

/** A plugin that throws, run on the partner deal's win, gives a failed run to retry. */
async function failedRun(client: GraphqlClient, dealId: string): Promise<string> {
  const bundle = `var __dealflowPlugin = { default: { id: 'broken', version: '1.0.0', apiVersion: 1, kind: 'commission', name: 'Broken',
    settingsSchema: { type: 'object', properties: {} }, hooks: { 'invoice.paid': function () { throw new Error('broken on purpose'); } } } };`;
  const version = (await client.query(`mutation($b: String!) { publishPluginVersion(input: { bundle: $b }) { id } }`, { b: bundle })).publishPluginVersion.id;
  await client.query(`mutation($v: ID!) { installPlugin(input: { versionId: $v, name: "Broken", scope: ALL_EVENTS }) { id } }`, { v: version });
  await client.query(`mutation($d: ID!, $x: String!) { recordInvoicePaid(input: { dealId: $d, externalId: $x, amountMinor: 100, currency: "USD" }) { id } }`, { d: dealId, x: `broken-${dealId}` });
  for (let attempt = 0; attempt < 100; attempt++) {
    const { pluginRuns } = await client.query(`{ pluginRuns(first: 1, filter: { statuses: [RETRYING, FAILED] }) { edges { node { id } } } }`);
    if (pluginRuns.edges[0]) return pluginRuns.edges[0].node.id;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The broken plugin did not fail');
}

async function seed(client: GraphqlClient, mark: string, kinds: Map<string, Kind>): Promise<Fixture> {
  const q = async (query: string, variables: Record<string, unknown> = {}) => client.query(query, variables);
  const note = <T extends string>(kind: Kind, id: T): T => {
    kinds.set(id, kind);
    return id;
  };
  const me = (await q(`{ me { id } }`)).me.id;
  note('user', me);
  const invite = (await q(`mutation($e: String!) { inviteUser(input: { email: $e, role: REP }) { invite { id } } }`, { e: `${mark.toLowerCase()}@example.com` })).inviteUser.invite.id;
  const pipeline = (await q(`{ pipelines { edges { node { id stages { id kind } } } } }`)).pipelines.edges[0].node;
  const open = pipeline.stages.filter((s: any) => s.kind === 'OPEN').map((s: any) => note('stage', s.id));
  for (const s of pipeline.stages) note('stage', s.id);
  await q(`mutation { setExchangeRate(input: { currency: "EUR", rate: "1.2" }) { rate } }`);
  const organization = (await q(`mutation($n: String!) { createOrganization(input: { name: $n, domain: "${mark.toLowerCase()}.example.com" }) { id } }`, { n: `${mark} Org` })).createOrganization.id;
  const contact = (await q(`mutation($n: String!, $o: ID!) { createContact(input: { firstName: $n, email: "c@${mark.toLowerCase()}.example.com", organizationId: $o }) { id } }`, { n: `${mark} Contact`, o: organization })).createContact.id;
  const product = (await q(`mutation($n: String!) { createProduct(input: { name: $n, unitPriceMinor: 1000, currency: "USD" }) { id } }`, { n: `${mark} Product` })).createProduct.id;
  const deal = (await q(`mutation($n: String!, $o: ID!, $c: ID!) { createDeal(input: { title: $n, amountMinor: 5000, organizationId: $o, contactId: $c }) { id } }`, { n: `${mark} Deal`, o: organization, c: contact })).createDeal.id;
  await q(`mutation($d: ID!, $p: ID!) { setDealLineItems(input: { dealId: $d, version: 1, items: [{ productId: $p, quantity: 2 }] }) { id } }`, { d: deal, p: product });
  const lead = (await q(`mutation($n: String!) { createLead(input: { firstName: $n, source: INBOUND }) { id version } }`, { n: `${mark} Lead` })).createLead;
  const activity = (await q(`mutation($n: String!, $d: ID!) { createActivity(input: { type: TASK, subject: $n, dealId: $d, dueAt: "2030-01-01T10:00:00.000Z" }) { id } }`, { n: `${mark} Task`, d: deal })).createActivity.id;
  // The contact buys (so they may refer), and a partner registers a deal and refers a lead.
  const sale = (await q(`mutation($c: ID!) { createDeal(input: { title: "Sale", contactId: $c }) { id version } }`, { c: contact })).createDeal;
  await q(`mutation($d: ID!, $v: Int!) { winDeal(input: { id: $d, version: $v }) { id } }`, { d: sale.id, v: sale.version });
  const code = (await q(`mutation($c: ID!) { issueReferralCode(input: { contactId: $c }) { referralCode } }`, { c: contact })).issueReferralCode.referralCode;
  await q(`mutation($n: String!, $r: String!) { createLead(input: { firstName: $n, source: INBOUND, referralCode: $r }) { id } }`, { n: `${mark} Referred`, r: code });
  const partnerGroup = (await q(`mutation($n: String!) { createPartnerGroup(input: { name: $n }) { id } }`, { n: `${mark} Group` })).createPartnerGroup.id;
  const partner = (await q(`mutation($n: String!, $g: ID!) { createPartner(input: { name: $n, type: RESELLER, groupId: $g }) { id referralCode } }`, { n: `${mark} Partner`, g: partnerGroup })).createPartner;
  await q(`mutation($n: String!, $r: String!) { createLead(input: { firstName: $n, source: INBOUND, referralCode: $r }) { id } }`, { n: `${mark} Channel lead`, r: partner.referralCode });
  const registration = (await q(`mutation($n: String!, $p: ID!) { submitDealRegistration(input: { title: $n, organizationName: $n, amountMinor: 100, currency: "USD", partnerId: $p }) { id } }`, { n: `${mark} Registration`, p: partner.id })).submitDealRegistration.id;
  const commissions = await seedCommissions(client, mark, partnerGroup, partner.id);
  const won = pipeline.stages.find((s: any) => s.kind === 'WON').id;
  return {
    user: me,
    invite: note('invite', invite),
    organization: note('organization', organization),
    contact: note('contact', contact),
    product: note('product', product),
    pipeline: note('pipeline', pipeline.id),
    stage: open[0],
    deal: note('deal', deal),
    dealVersion: 2,
    lead: note('lead', lead.id),
    leadVersion: lead.version,
    activity: note('activity', activity),
    partnerGroup: note('partnerGroup', partnerGroup),
    partner: note('partner', partner.id),
    registration: note('registration', registration),
    wonDeal: note('deal', sale.id),
    payment: note('payment', commissions.payment),
    apiKey: note('apiKey', commissions.apiKey),
    pluginVersion: note('pluginVersion', commissions.pluginVersion),
    installation: note('installation', commissions.installation),
    pluginRun: note('pluginRun', commissions.pluginRun),
    ledgerEntry: note('ledgerEntry', commissions.ledgerEntry),
    heldEntry: note('ledgerEntry', commissions.heldEntry),
    payout: note('payout', commissions.payout),
    wonStage: won,
    openStages: open,
  };
}

/** A new record of tenant B for destructive operations (delete, win, ...). */
async function freshRecord(client: GraphqlClient, kind: Kind, fixture: Fixture, kinds: Map<string, Kind>): Promise<string> {
  const create: Partial<Record<Kind, () => Promise<string>>> = {
    pipeline: async () => (await client.query(`mutation { createPipeline(input: { name: "Fresh ${Math.random()}" }) { id } }`)).createPipeline.id,
    stage: async () => (await client.query(`mutation($p: ID!) { createStage(input: { pipelineId: $p, name: "Fresh ${Math.random()}", probability: 5 }) { id } }`, { p: fixture.pipeline })).createStage.id,
    organization: async () => (await client.query(`mutation { createOrganization(input: { name: "Fresh" }) { id } }`)).createOrganization.id,
    contact: async () => (await client.query(`mutation { createContact(input: { firstName: "Fresh" }) { id } }`)).createContact.id,
    product: async () => (await client.query(`mutation { createProduct(input: { name: "Fresh", unitPriceMinor: 1, currency: "USD" }) { id } }`)).createProduct.id,
    deal: async () => (await client.query(`mutation { createDeal(input: { title: "Fresh" }) { id } }`)).createDeal.id,
    lead: async () => (await client.query(`mutation { createLead(input: { firstName: "Fresh", source: OUTBOUND, email: "fresh${Math.random()}@example.org" }) { id } }`)).createLead.id,
    activity: async () => (await client.query(`mutation { createActivity(input: { type: TASK, subject: "Fresh" }) { id } }`)).createActivity.id,
    partnerGroup: async () => (await client.query(`mutation { createPartnerGroup(input: { name: "Fresh ${Math.random()}" }) { id } }`)).createPartnerGroup.id,
    registration: async () => (await client.query(`mutation($p: ID!) { submitDealRegistration(input: { title: "Fresh", organizationName: "Fresh ${Math.random()}", amountMinor: 1, currency: "USD", partnerId: $p }) { id } }`, { p: fixture.partner })).submitDealRegistration.id,
  };
  const id = await create[kind]!();
  kinds.set(id, kind);
  return id;
}
