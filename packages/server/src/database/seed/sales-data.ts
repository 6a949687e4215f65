import { sumMinor } from '../../money/money';
import { ExchangeRate } from '../../money/exchange-rate.entity';
import { Activity, ActivityOutcome, ActivityType } from '../../modules/activities/activity.entity';
import { Contact } from '../../modules/contacts/contact.entity';
import { POSITION_GAP } from '../../modules/deals/deal-position';
import { DealStageChange } from '../../modules/deals/deal-stage-change.entity';
import { Deal, DealType, LostReason } from '../../modules/deals/deal.entity';
import { DealLineItem } from '../../modules/deals/line-item.entity';
import { lineTotal } from '../../modules/deals/line-item.service';
import { LeadStatusChange } from '../../modules/leads/lead-status-change.entity';
import { FUNNEL_STATUSES, Lead, LeadSource, LeadStatus } from '../../modules/leads/lead.entity';
import { Organization } from '../../modules/organizations/organization.entity';
import { Pipeline } from '../../modules/pipelines/pipeline.entity';
import { Stage, StageKind } from '../../modules/pipelines/stage.entity';
import { Product } from '../../modules/products/product.entity';
import type { RequestContext } from '../../tenancy/request-context';
import type { NewRecord } from '../../tenancy/tenant-scope';
import type { TenantEntity } from '../../tenancy/tenant-entity';
import { CITIES, COUNTRIES, FIRST_NAMES, INDUSTRIES, JOB_TITLES, LAST_NAMES, companyName, slugOf } from './names';
import type { Random } from './random';

export interface SeedScale {
  organizations: number;
  contacts: number;
  leads: number;
  deals: number;
  activities: number;
}

/** What the issue asks of the demo workspace. */
export const DEMO_SCALE: SeedScale = { organizations: 150, contacts: 300, leads: 500, deals: 200, activities: 2000 };

const DAY = 86_400_000;
const CHUNK = 250;

/**
 * Fills a tenant with a year of believable sales history: accounts and their people, a funnel
 * of leads, deals spread over every stage with their stage history, and the calls, emails,
 * meetings and tasks around them. Writes through the tenant scope like any other code.
 */
export async function seedSalesData(ctx: RequestContext, random: Random, scale: SeedScale, sellerIds: string[], now = Date.now()): Promise<void> {
  const owner = () => random.pick(sellerIds);
  const past = (maxDays: number) => new Date(now - random.int(1, maxDays * 24) * 3_600_000);
  await ctx.data.repo(ExchangeRate).insertMany([
    { currency: 'EUR', rateMicros: 1_080_000 },
    { currency: 'GBP', rateMicros: 1_270_000 },
  ]);
  const products = await insert(ctx, Product, PRODUCTS.map(([name, sku, price]) => ({
    name, sku, description: null, unitPriceMinor: price, currency: 'USD', active: true,
  })));

  const organizations = await insert(ctx, Organization, Array.from({ length: scale.organizations }, (_, index) => {
    const name = companyName(index);
    const country = random.pick(COUNTRIES);
    return {
      name,
      domain: `${slugOf(name)}.example.com`,
      industry: random.pick(INDUSTRIES),
      employeeCount: random.pick([8, 25, 60, 140, 400, 1200, 5000]),
      phone: null,
      country,
      city: random.pick(CITIES[country]!),
      address: null,
      ownerId: owner(),
      archivedAt: null,
      createdAt: past(365),
    };
  }));

  const contacts = await insert(ctx, Contact, Array.from({ length: scale.contacts }, (_, index) => {
    const organization = organizations[index % organizations.length]!;
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    return {
      firstName,
      lastName,
      fullName: `${firstName} ${lastName}`,
      email: `${slugOf(firstName)}.${slugOf(lastName)}${index}@${organization.domain}`,
      phone: `+1 555 ${String(1000 + index).slice(-4)}`,
      jobTitle: random.pick(JOB_TITLES),
      organizationId: organization.id,
      ownerId: organization.ownerId,
      customerSince: null,
      archivedAt: null,
      createdAt: new Date(organization.createdAt.getTime() + random.int(0, 20) * DAY),
    };
  }));

  const pipeline = (await ctx.data.repo(Pipeline).findOne({ isDefault: true }))!;
  const stages = await ctx.data.repo(Stage).find({ where: { pipelineId: pipeline.id }, order: { position: 'ASC' } });
  const deals = await seedDeals(ctx, random, scale.deals, { stages, pipeline, contacts, products, owner, now });
  await seedLeads(ctx, random, scale.leads, { owner, past, deals });
  await seedActivities(ctx, random, scale.activities, { owner, now, deals, contacts, sellerIds });
}

interface DealSeedContext {
  stages: Stage[];
  pipeline: Pipeline;
  contacts: Contact[];
  products: Product[];
  owner: () => string;
  now: number;
}

async function seedDeals(ctx: RequestContext, random: Random, count: number, seed: DealSeedContext): Promise<Deal[]> {
  const open = seed.stages.filter((stage) => stage.kind === StageKind.OPEN);
  const won = seed.stages.find((stage) => stage.kind === StageKind.WON)!;
  const lost = seed.stages.find((stage) => stage.kind === StageKind.LOST)!;
  const positions = new Map<string, number>();
  const lines: NewRecord<DealLineItem>[] = [];
  const history: NewRecord<DealStageChange>[] = [];
  const customers = new Map<string, Date>();
  const drafts = Array.from({ length: count }, () => {
    const createdAt = new Date(seed.now - random.int(1, 365) * DAY - random.int(0, 86_399_999));
    const ageDays = (seed.now - createdAt.getTime()) / DAY;
    const outcome = random.weighted<StageKind>([
      [StageKind.OPEN, ageDays < 60 ? 8 : 2],
      [StageKind.WON, 3],
      [StageKind.LOST, 2],
    ]);
    const reached = outcome === StageKind.OPEN ? random.int(0, open.length - 1) : random.int(2, open.length - 1);
    const stage = outcome === StageKind.WON ? won : outcome === StageKind.LOST ? lost : open[reached]!;
    const contact = random.pick(seed.contacts);
    const currency = random.weighted([['USD', 8], ['EUR', 2], ['GBP', 1]] as const);
    const amountMinor = random.int(10, 1500) * 10_000;
    const closedAt = new Date(Math.min(seed.now - DAY, createdAt.getTime() + random.int(14, 120) * DAY));
    const position = (positions.get(stage.id) ?? 0) + POSITION_GAP;
    positions.set(stage.id, position);
    return { createdAt, outcome, reached, stage, contact, currency, amountMinor, closedAt, position };
  });
  const rows = await insert(ctx, Deal, drafts.map((draft) => ({
    title: `${companyFor(draft.contact)} — ${random.pick(DEAL_TOPICS)}`,
    amountMinor: draft.amountMinor,
    currency: draft.currency,
    pipelineId: seed.pipeline.id,
    stageId: draft.stage.id,
    position: draft.position,
    ownerId: seed.owner(),
    organizationId: draft.contact.organizationId,
    contactId: draft.contact.id,
    type: random.weighted([[DealType.NEW, 6], [DealType.UPSELL, 2], [DealType.CROSS_SELL, 1], [DealType.RENEWAL, 1]] as const),
    expectedCloseDate: isoDate(new Date(draft.createdAt.getTime() + random.int(30, 150) * DAY)),
    closedOn: draft.outcome === StageKind.OPEN ? null : isoDate(draft.closedAt),
    lostReason: draft.outcome === StageKind.LOST ? random.pick(Object.values(LostReason)) : null,
    lostNote: null,
    leadId: null,
    createdAt: draft.createdAt,
  })));
  for (const [index, deal] of rows.entries()) {
    const draft = drafts[index]!;
    const path = open.slice(0, draft.reached + 1).map((stage) => stage.id);
    if (draft.outcome !== StageKind.OPEN) path.push(draft.stage.id);
    const end = draft.outcome === StageKind.OPEN ? seed.now - DAY : draft.closedAt.getTime();
    path.forEach((stageId, step) => {
      const at = draft.createdAt.getTime() + ((end - draft.createdAt.getTime()) * step) / Math.max(path.length - 1, 1);
      history.push({ dealId: deal.id, fromStageId: step === 0 ? null : path[step - 1]!, toStageId: stageId, changedAt: new Date(at), changedById: deal.ownerId, createdAt: new Date(at) });
    });
    if (draft.outcome === StageKind.WON && !customers.has(draft.contact.id)) customers.set(draft.contact.id, draft.closedAt);
    if (deal.currency === 'USD' && random.chance(0.3)) {
      const dealLines = seedLines(random, deal, seed.products);
      lines.push(...dealLines);
      deal.amountMinor = sumMinor(dealLines.map(lineTotal));
      await ctx.data.repo(Deal).updateWhere({ id: deal.id }, { amountMinor: deal.amountMinor });
    }
  }
  await insert(ctx, DealStageChange, history);
  await insert(ctx, DealLineItem, lines);
  for (const [contactId, since] of customers) {
    await ctx.data.repo(Contact).updateWhere({ id: contactId }, { customerSince: since });
  }
  return rows;
}

function seedLines(random: Random, deal: Deal, products: Product[]): NewRecord<DealLineItem>[] {
  const picked = new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(products)));
  return [...picked].map((product, position) => ({
    dealId: deal.id,
    productId: product.id,
    name: product.name,
    quantity: random.int(1, 20),
    unitPriceMinor: product.unitPriceMinor,
    discountBasisPoints: random.pick([0, 0, 500, 1000]),
    position,
    createdAt: deal.createdAt,
  }));
}

async function seedLeads(
  ctx: RequestContext,
  random: Random,
  count: number,
  seed: { owner: () => string; past: (days: number) => Date; deals: Deal[] },
): Promise<void> {
  const converted = seed.deals.filter((deal) => deal.contactId).slice(0, Math.floor(count / 10));
  const drafts = Array.from({ length: count }, (_, index) => {
    const deal = index < converted.length ? converted[index] : undefined;
    const status = deal
      ? LeadStatus.CONVERTED
      : random.weighted([[LeadStatus.LEAD, 4], [LeadStatus.MQL, 2], [LeadStatus.SAL, 1], [LeadStatus.SQL, 1], [LeadStatus.DISQUALIFIED, 1]] as const);
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const createdAt = deal ? new Date(deal.createdAt.getTime() - random.int(3, 30) * DAY) : seed.past(365);
    const company = companyName(1000 + random.int(0, 400));
    return {
      deal,
      status,
      lead: {
        firstName,
        lastName,
        fullName: `${firstName} ${lastName}`,
        email: `${slugOf(firstName)}.${slugOf(lastName)}${index}@${slugOf(company)}.example.org`,
        phone: null,
        companyName: company,
        jobTitle: random.pick(JOB_TITLES),
        companyWebsite: `https://${slugOf(company)}.example.org`,
        companyEmployeeCount: random.pick([5, 20, 80, 250, 1000]),
        source: random.weighted([[LeadSource.INBOUND, 5], [LeadSource.OUTBOUND, 3], [LeadSource.REFERRAL, 1], [LeadSource.EVENT, 1], [LeadSource.CHANNEL, 1]] as const),
        sourceDetail: null,
        status,
        score: random.int(0, 100),
        disqualifiedReason: status === LeadStatus.DISQUALIFIED ? random.pick(['No budget', 'Student', 'Competitor', 'Wrong market']) : null,
        ownerId: deal?.ownerId ?? seed.owner(),
        convertedAt: deal ? deal.createdAt : null,
        convertedContactId: deal?.contactId ?? null,
        convertedOrganizationId: deal?.organizationId ?? null,
        convertedDealId: deal?.id ?? null,
        createdAt,
      },
    };
  });
  const leads = await insert(ctx, Lead, drafts.map((draft) => draft.lead));
  const history: NewRecord<LeadStatusChange>[] = [];
  leads.forEach((lead, index) => {
    const status = drafts[index]!.status;
    const steps = status === LeadStatus.CONVERTED
      ? [...FUNNEL_STATUSES, LeadStatus.CONVERTED]
      : status === LeadStatus.DISQUALIFIED
        ? [LeadStatus.LEAD, LeadStatus.DISQUALIFIED]
        : FUNNEL_STATUSES.slice(0, FUNNEL_STATUSES.indexOf(status) + 1);
    steps.forEach((toStatus, step) => {
      const at = new Date(lead.createdAt.getTime() + step * 2 * DAY);
      history.push({ leadId: lead.id, fromStatus: step === 0 ? null : steps[step - 1]!, toStatus, changedAt: at, changedById: lead.ownerId, reason: toStatus === LeadStatus.DISQUALIFIED ? lead.disqualifiedReason : null, createdAt: at });
    });
  });
  await insert(ctx, LeadStatusChange, history);
  for (const draft of drafts) {
    if (draft.deal) await ctx.data.repo(Deal).updateWhere({ id: draft.deal.id }, { leadId: leads[drafts.indexOf(draft)]!.id });
  }
}

async function seedActivities(
  ctx: RequestContext,
  random: Random,
  count: number,
  seed: { owner: () => string; now: number; deals: Deal[]; contacts: Contact[]; sellerIds: string[] },
): Promise<void> {
  await insert(ctx, Activity, Array.from({ length: count }, (_, index) => {
    const type = random.weighted([[ActivityType.CALL, 5], [ActivityType.EMAIL, 4], [ActivityType.MEETING, 2], [ActivityType.TASK, 2], [ActivityType.NOTE, 1]] as const);
    const deal = random.chance(0.7) ? random.pick(seed.deals) : undefined;
    const contact = deal?.contactId ? undefined : random.pick(seed.contacts);
    // The last 5 % are upcoming or overdue follow-ups, so "My day" has something in it.
    const upcoming = index >= count * 0.95;
    const when = upcoming
      ? new Date(seed.now + random.int(-3, 7) * DAY + random.int(8, 17) * 3_600_000)
      : new Date(seed.now - random.int(1, 365) * DAY + random.int(8, 18) * 3_600_000);
    const done = !upcoming && type !== ActivityType.TASK ? true : !upcoming && random.chance(0.8);
    return {
      type,
      subject: `${SUBJECTS[type]} ${deal ? deal.title.split(' — ')[0] : (contact?.fullName ?? '')}`.trim(),
      note: null,
      dueAt: type === ActivityType.NOTE ? null : when,
      doneAt: done ? when : null,
      sortAt: when,
      // Follow-ups still ahead remind their owner when due; the seeded past stays quiet.
      dueNoticeAt: !done && type !== ActivityType.NOTE && when.getTime() > seed.now ? when : null,
      outcome: done ? outcomeFor(random, type) : null,
      durationMinutes: type === ActivityType.CALL ? random.int(1, 25) : type === ActivityType.MEETING ? random.pick([30, 45, 60]) : null,
      ownerId: deal?.ownerId ?? (upcoming ? random.pick(seed.sellerIds) : seed.owner()),
      dealId: deal?.id ?? null,
      contactId: deal?.contactId ?? contact?.id ?? null,
      leadId: null,
      organizationId: deal?.organizationId ?? contact?.organizationId ?? null,
      createdAt: new Date(Math.min(when.getTime(), seed.now)),
    };
  }));
}

function outcomeFor(random: Random, type: ActivityType): ActivityOutcome | null {
  if (type === ActivityType.CALL) {
    return random.weighted([[ActivityOutcome.CONNECTED, 4], [ActivityOutcome.NO_ANSWER, 3], [ActivityOutcome.LEFT_VOICEMAIL, 2], [ActivityOutcome.BUSY, 1]] as const);
  }
  if (type === ActivityType.MEETING) return random.weighted([[ActivityOutcome.MEETING_HELD, 5], [ActivityOutcome.NO_SHOW, 1], [ActivityOutcome.RESCHEDULED, 1]] as const);
  if (type === ActivityType.EMAIL) return random.weighted([[ActivityOutcome.REPLIED, 2], [null, 3]] as const);
  return null;
}

async function insert<T extends TenantEntity>(ctx: RequestContext, entity: new () => T, rows: NewRecord<T>[]): Promise<T[]> {
  const inserted: T[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    inserted.push(...(await ctx.data.repo(entity).insertMany(rows.slice(start, start + CHUNK))));
  }
  return inserted;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function companyFor(contact: Contact): string {
  return contact.email?.split('@')[1]?.split('.')[0] ?? contact.fullName;
}

const PRODUCTS: ReadonlyArray<readonly [string, string, number]> = [
  ['Starter plan (annual, per seat)', 'PLAN-STARTER', 19_900],
  ['Pro plan (annual, per seat)', 'PLAN-PRO', 49_900],
  ['Enterprise plan (annual, per seat)', 'PLAN-ENT', 99_900],
  ['Onboarding package', 'SVC-ONBOARD', 250_000],
  ['Premium support', 'SVC-SUPPORT', 120_000],
  ['Data migration', 'SVC-MIGRATE', 180_000],
  ['Analytics add-on', 'ADDON-ANALYTICS', 29_900],
];

const DEAL_TOPICS = ['Annual licence', 'Pilot', 'Expansion', 'Renewal', 'Pro upgrade', 'Analytics add-on', 'Rollout', 'Support contract'];

const SUBJECTS: Record<ActivityType, string> = {
  [ActivityType.CALL]: 'Call with',
  [ActivityType.EMAIL]: 'Email to',
  [ActivityType.MEETING]: 'Meeting with',
  [ActivityType.TASK]: 'Follow up with',
  [ActivityType.NOTE]: 'Note on',
};
