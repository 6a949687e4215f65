import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { makeInput } from '@dealflow/sdk/testing';
import type { HookName, Settings } from '@dealflow/sdk';
import { Sandbox } from '@dealflow/sdk/sandbox';
import { createConnection } from 'mysql2/promise';
import { createApp, type App } from '../src/app';
import { loadConfig, serverDatabase } from '../src/config';
import { newId } from '../src/common/ids';
import { LedgerEntry } from '../src/modules/commissions/ledger-entry.entity';
import { Deal } from '../src/modules/deals/deal.entity';
import { PartnerGroup } from '../src/modules/partners/partner-group.entity';
import { Partner, PartnerStatus, PartnerType } from '../src/modules/partners/partner.entity';
import { BuiltInPlugins } from '../src/modules/plugins/builtin-plugins';
import { PluginRun } from '../src/modules/plugins/plugin-run.entity';
import { StageKind } from '../src/modules/pipelines/stage.entity';
import { RequestContext } from '../src/tenancy/request-context';

/**
 * `pnpm bench` (plugins): what partner plugins cost.
 *  1. One evaluation of each built-in plugin, from a fresh copy of the loaded runtime, through
 *     the sandbox's worker pool (round trip) and inside the worker (evaluation alone): p50, p99.
 *  2. Events per second through the whole path on MariaDB: DealWon events in the outbox →
 *     dispatcher → run queue → sandbox → ledger entries committed.
 *  3. A simulation replaying 100,000 past runs with other settings.
 */
const EVALUATIONS = Number(process.env.BENCH_EVALUATIONS ?? 2_000);
const PIPELINE_EVENTS = Number(process.env.BENCH_PLUGIN_EVENTS ?? 2_000);
const SIMULATED_RUNS = Number(process.env.BENCH_SIMULATED_RUNS ?? 100_000);
const TARGET_EVALUATION_MS = 0.5;
const TARGET_SIMULATION_S = 60;

async function main(): Promise<void> {
  await evaluationCost();
  const url = process.env.BENCH_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306';
  const scratch = `dealflow_plugins_bench_${Date.now()}`;
  try {
    const admin = await createConnection(url);
    await admin.query(`CREATE DATABASE ${scratch}`);
    await admin.end();
  } catch (error) {
    console.log(`MariaDB/MySQL not reachable at ${url} (${(error as Error).message}); the pipeline and simulation rows are skipped.`);
    return;
  }
  try {
    await pipelineAndSimulation(`${url}/${scratch}`);
  } finally {
    const admin = await createConnection(url);
    await admin.query(`DROP DATABASE ${scratch}`);
    await admin.end();
  }
}

/** Representative inputs: a deal with line items, a partner with trailing volume, a referral. */
const SAMPLES: Record<string, { hook: HookName; settings: Settings; overrides: Parameters<typeof makeInput>[1] }> = {
  'var-margin': {
    hook: 'deal.won',
    settings: {},
    overrides: {
      deal: {
        id: 'deal-1', title: 'Rollout', type: 'NEW', amountMinor: 1_250_000, currency: 'USD', closedOn: '2026-11-20',
        lineItems: [
          { productId: 'p-1', sku: 'LIC-100', name: 'Licences', quantity: 50, unitPriceMinor: 20_000, discountBasisPoints: 500, totalMinor: 950_000 },
          { productId: null, sku: 'SVC-IMPL', name: 'Implementation', quantity: 1, unitPriceMinor: 300_000, discountBasisPoints: 0, totalMinor: 300_000 },
        ],
      },
    },
  },
  'affiliate-commission': {
    hook: 'deal.won',
    settings: { tiers: [{ fromBasisMinor: 0, rateBasisPoints: 1000 }, { fromBasisMinor: 5_000_000, rateBasisPoints: 1500 }, { fromBasisMinor: 20_000_000, rateBasisPoints: 2000 }] },
    overrides: { ledger: { currency: 'USD', trailing90DaysBasisMinor: 7_500_000, trailing90DaysAmountMinor: 750_000, lifetimeAmountMinor: 2_000_000, dealEntries: [], convertedReferrals: 0 } },
  },
  'referral-reward': {
    hook: 'referral.converted',
    settings: {},
    overrides: {
      deal: null,
      event: {
        id: 'evt-1', occurredAt: '2026-11-20T10:00:00.000Z',
        payload: { referralId: 'ref-1', referrer: { contactId: 'c-1', name: 'Ada Referrer', email: 'ada@example.com' }, referred: { contactId: 'c-2', name: 'Bo Referred', email: 'bo@example.com' } },
      },
      ledger: { currency: 'USD', trailing90DaysBasisMinor: 0, trailing90DaysAmountMinor: 0, lifetimeAmountMinor: 0, dealEntries: [], convertedReferrals: 2 },
    },
  },
};

async function evaluationCost(): Promise<void> {
  const sandbox = new Sandbox({ workers: 1 });
  const rows: string[][] = [];
  try {
    for (const builtIn of await new BuiltInPlugins(sandbox).all()) {
      const sample = SAMPLES[builtIn.manifest.id]!;
      const input = makeInput(sample.hook, sample.overrides as never, { ...defaults(builtIn.manifest.settingsSchema), ...sample.settings });
      const roundTrips: number[] = [];
      const inside: number[] = [];
      for (let i = 0; i < EVALUATIONS + 200; i++) {
        const started = performance.now();
        const result = await sandbox.run(builtIn.bundle, sample.hook, input);
        if (!result.ok) throw new Error(`${builtIn.manifest.id}: ${result.message}`);
        if (i < 200) continue; // warm-up
        roundTrips.push(performance.now() - started);
        inside.push(result.durationMs);
      }
      rows.push([builtIn.manifest.id, ms(quantile(inside, 0.5)), ms(quantile(inside, 0.99)), ms(quantile(roundTrips, 0.5)), ms(quantile(roundTrips, 0.99)), ratio(quantile(roundTrips, 0.5), TARGET_EVALUATION_MS)]);
    }
  } finally {
    await sandbox.close();
  }
  console.log(`\nSandbox cost per evaluation, each from a fresh copy of the loaded runtime (${EVALUATIONS} runs after 200 warm-up, one worker)`);
  table(['plugin', 'evaluate p50', 'evaluate p99', 'round trip p50', 'round trip p99', 'p50 vs 0.5 ms'], rows);
}

async function pipelineAndSimulation(url: string): Promise<void> {
  const config = {
    ...loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'bench-secret', PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'off', OUTBOX_DISPATCH: 'off', PLUGIN_RUNNER: 'off', TASK_NOTICE_INTERVAL_MS: '0', LOG_LEVEL: 'warn' }),
    database: serverDatabase(url),
  };
  const app = await createApp(config);
  try {
    const setup = await seedProgramme(app);
    await winAttributedDeals(app, setup, PIPELINE_EVENTS);
    const started = performance.now();
    app.live.dispatcher.start();
    app.pluginRunner.start();
    await until(async () => (await app.database.manager.countBy(LedgerEntry, { tenantId: setup.tenantId })) >= PIPELINE_EVENTS);
    const seconds = (performance.now() - started) / 1000;
    await app.live.dispatcher.stop();
    await app.pluginRunner.stop();
    console.log(`\nOutbox → sandbox → ledger on MariaDB (${PIPELINE_EVENTS} DealWon events, ${config.plugins.workers} sandbox workers)`);
    table(['events', 'seconds', 'events/s'], [[String(PIPELINE_EVENTS), seconds.toFixed(2), (PIPELINE_EVENTS / seconds).toFixed(0)]]);

    await copyRuns(app, setup.tenantId, SIMULATED_RUNS - PIPELINE_EVENTS);
    const ctx = RequestContext.asOwner(app.database.manager, setup.tenantId, setup.ownerId);
    const simulationStarted = performance.now();
    const simulation = await app.services.pluginSimulator.simulate(ctx, {
      installationId: setup.installationId, versionId: setup.versionId, settings: { rateBasisPoints: 2000, holdDays: 0 }, from: '2000-01-01', to: '2099-12-31',
    });
    const simulationSeconds = (performance.now() - simulationStarted) / 1000;
    console.log(`\nSimulation of past runs with other settings (nothing written)`);
    table(['runs replayed', 'failures', 'seconds', 'target', 'ratio'], [[String(simulation.runs), String(simulation.failureCount), simulationSeconds.toFixed(1), `< ${TARGET_SIMULATION_S} s`, ratio(simulationSeconds, TARGET_SIMULATION_S)]]);
  } finally {
    await app.close();
  }
}

interface Programme {
  tenantId: string;
  ownerId: string;
  partnerId: string;
  installationId: string;
  versionId: string;
}

async function seedProgramme(app: App): Promise<Programme> {
  return app.database.transaction(async (manager) => {
    const session = await app.services.auth.signup(manager, { companyName: 'Plugin Bench', name: 'Bench Owner', email: 'owner@plugins.bench', password: 'benchmark password' });
    const ctx = RequestContext.asOwner(manager, session.tenant.id, session.user.id);
    const version = await app.services.plugins.publishBuiltIn(ctx, 'affiliate-commission');
    const installation = await app.services.plugins.install(ctx, { versionId: version.id, name: 'Affiliates', settings: { rateBasisPoints: 1000 }, scope: 'ASSIGNED_PARTNERS' as never, enabled: true });
    const group = await ctx.data.repo(PartnerGroup).insert({ name: 'Affiliates', holdDays: 30, defaultInstallationId: installation.id });
    const partner = await ctx.data.repo(Partner).insert({ name: 'Bench Partner', type: PartnerType.AFFILIATE, status: PartnerStatus.ACTIVE, groupId: group.id, referralCode: 'BENCH001' });
    return { tenantId: session.tenant.id, ownerId: session.user.id, partnerId: partner.id, installationId: installation.id, versionId: version.id };
  });
}

/** Deals attributed to the partner, won through the service: each win commits a DealWon event. */
async function winAttributedDeals(app: App, setup: Programme, count: number): Promise<void> {
  const ctx = RequestContext.asOwner(app.database.manager, setup.tenantId, setup.ownerId);
  const pipeline = await app.services.pipelines.getDefault(ctx);
  const stages = await app.services.pipelines.stagesOf(ctx, pipeline.id);
  const open = stages.find((stage) => stage.kind === StageKind.OPEN)!;
  const deals = await ctx.data.repo(Deal).insertMany(
    Array.from({ length: count }, (_, index) => ({
      title: `Deal ${index}`, amountMinor: 100_000 + index * 37, currency: 'USD', pipelineId: pipeline.id, stageId: open.id,
      position: index * 1024, ownerId: setup.ownerId, type: 'NEW' as never, partnerId: setup.partnerId,
    })),
  );
  for (const deal of deals) {
    await app.database.transaction((manager) =>
      app.services.dealMovement.win(RequestContext.asOwner(manager, setup.tenantId, setup.ownerId), { id: deal.id, version: deal.version, closedOn: '2026-11-20' }),
    );
  }
}

/** More past runs for the simulation: copies of the real ones, under new ids. */
async function copyRuns(app: App, tenantId: string, count: number): Promise<void> {
  const ctx = RequestContext.asOwner(app.database.manager, tenantId, newId());
  const originals = await ctx.data.repo(PluginRun).find({ take: 1_000 });
  for (let made = 0; made < count; made += 1_000) {
    const batch = Array.from({ length: Math.min(1_000, count - made) }, (_, index) => {
      const run = originals[(made + index) % originals.length]!;
      return {
        eventId: newId(), installationId: run.installationId, versionId: run.versionId, hook: run.hook, status: run.status,
        attempts: run.attempts, logs: run.logs, input: run.input, inputHash: run.inputHash, outputHash: run.outputHash, settingsHash: run.settingsHash,
      };
    });
    await ctx.data.repo(PluginRun).insertMany(batch);
  }
}

function defaults(schema: { properties: Record<string, { default?: unknown }> }): Settings {
  return Object.fromEntries(Object.entries(schema.properties).filter(([, p]) => p.default !== undefined).map(([key, p]) => [key, p.default])) as Settings;
}

async function until(done: () => Promise<boolean>): Promise<void> {
  while (!(await done())) await new Promise((resolve) => setTimeout(resolve, 50));
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const ms = (value: number) => `${value.toFixed(3)} ms`;
const ratio = (value: number, target: number) => (value / target).toFixed(2);

function table(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log([line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
