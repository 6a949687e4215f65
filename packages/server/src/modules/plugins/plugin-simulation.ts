import type { HookInput, Operation, Settings } from '@dealflow/sdk';
import type { Sandbox } from '@dealflow/sdk/sandbox';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { In } from 'typeorm';
import { assertDate, nextDay, startOfDayIn } from '../../common/dates';
import { UserInputError } from '../../graphql/errors';
import { MinorUnitsScalar } from '../../money/money.graphql';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { LedgerEntry, LedgerEntryKind } from '../commissions/ledger-entry.entity';
import { Partner } from '../partners/partner.entity';
import { PluginInstallation } from './plugin-installation.entity';
import { PluginRun, PluginRunStatus } from './plugin-run.entity';
import type { PluginService } from './plugin.service';

/** Enough for a quarter of a busy programme; more is a job for an export, not a request. */
export const MAX_SIMULATED_RUNS = 100_000;
const PAGE = 1_000;

@InputType()
export class SimulatePluginInput {
  @Field(() => ID, { description: 'The installation whose past runs are replayed.' })
  installationId: string;

  @Field(() => ID, { description: 'The version to try (the installation\'s own, or another of its plugin).' })
  versionId: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The settings to try; the installation\'s if left out.' })
  settings?: Record<string, unknown> | null;

  @Field(() => String, { description: 'YYYY-MM-DD, first day of the period, in the workspace\'s time zone.' })
  from: string;

  @Field(() => String, { description: 'YYYY-MM-DD, last day of the period.' })
  to: string;
}

@ObjectType({ simpleResolvers: true, description: 'What one payee got, and would get, over the simulated period.' })
export class SimulatedPayee {
  @Field(() => ID, { nullable: true })
  partnerId: string | null;

  @Field(() => String, { nullable: true })
  partnerName: string | null;

  @Field(() => ID, { nullable: true })
  payeeUserId: string | null;

  @Field(() => String)
  currency: string;

  @Field(() => MinorUnitsScalar, { description: 'Net of what the runs wrote to the ledger.' })
  recordedMinor: number;

  @Field(() => MinorUnitsScalar, { description: 'Net of what the simulated version and settings would write.' })
  simulatedMinor: number;

  @Field(() => MinorUnitsScalar)
  differenceMinor: number;
}

@ObjectType({ simpleResolvers: true })
export class SimulationFailure {
  @Field(() => ID)
  eventId: string;

  @Field(() => String)
  reason: string;

  @Field(() => String)
  message: string;
}

@ObjectType({ simpleResolvers: true, description: 'A plugin version and settings replayed over past events, without touching the ledger.' })
export class PluginSimulation {
  @Field(() => Int, { description: 'Past runs replayed.' })
  runs: number;

  @Field(() => [SimulatedPayee])
  payees: SimulatedPayee[];

  @Field(() => Int)
  failureCount: number;

  @Field(() => [SimulationFailure], { description: 'The first few failures.' })
  failures: SimulationFailure[];
}

/**
 * "What if": replays an installation's past runs through another version or other settings.
 * Each run's stored input is taken as it was (so the deal, partner and ledger history are what
 * the plugin saw then), with only the settings swapped; since plugins are pure, the difference
 * is exactly what the change would have made. Nothing is written.
 */
export class PluginSimulator {
  constructor(
    private readonly sandbox: Sandbox,
    private readonly plugins: PluginService,
  ) {}

  async simulate(ctx: RequestContext, input: SimulatePluginInput): Promise<PluginSimulation> {
    ctx.requireRole(Role.MANAGER, 'simulate plugins');
    const installation = await ctx.data.repo(PluginInstallation).getById(input.installationId, 'Plugin installation', 'installationId');
    const { version, settings } = await this.plugins.checkedSettings(ctx, input.versionId, input.settings ?? installation.settings);
    if (version.pluginId !== installation.pluginId) throw new UserInputError('versionId', 'Simulate a version of the installation\'s own plugin');
    const period = await this.period(ctx, input.from, input.to);
    const totals = new Totals();
    const failures: SimulationFailure[] = [];
    let runs = 0;
    let failureCount = 0;
    const pages = this.pastRuns(ctx, installation.id, period);
    for (let next = pages.next(); ; ) {
      const { value: page, done } = await next;
      if (done) break;
      // The next page is read while this one is evaluated, so the sandbox's workers never wait for the database.
      next = pages.next();
      runs += page.length;
      const [results] = await Promise.all([
        Promise.all(page.map((run) => this.replay(version.bundle, run, settings, version.manifest.limits))),
        totals.addRecorded(ctx, page),
      ]);
      for (const [index, result] of results.entries()) {
        if (result.ok) totals.addSimulated(result.operations, page[index]!.input as HookInput);
        else if (++failureCount <= 10) failures.push({ eventId: page[index]!.eventId, reason: result.reason, message: result.message });
      }
    }
    return { runs, payees: await totals.payees(ctx), failureCount, failures };
  }

  private replay(bundle: string, run: PluginRun, settings: Settings, limits: Parameters<Sandbox['run']>[3]) {
    const input = { ...(run.input as HookInput), settings };
    return this.sandbox.run(bundle, input.hook, input, limits);
  }

  private async period(ctx: RequestContext, from: string, to: string): Promise<{ start: Date; end: Date }> {
    assertDate('from', from);
    assertDate('to', to);
    if (to < from) throw new UserInputError('to', 'The period ends before it starts');
    const { timeZone } = await ctx.tenant();
    return { start: startOfDayIn(from, timeZone), end: new Date(startOfDayIn(nextDay(to), timeZone).getTime() - 1) };
  }

  /** The installation's successful runs in the period, a page at a time (inputs are large). */
  private async *pastRuns(ctx: RequestContext, installationId: string, period: { start: Date; end: Date }): AsyncGenerator<PluginRun[]> {
    let after: PluginRun | undefined;
    for (let read = 0; read < MAX_SIMULATED_RUNS; ) {
      const query = ctx.data.repo(PluginRun).select('r')
        .andWhere('r.installationId = :installationId AND r.status = :succeeded', { installationId, succeeded: PluginRunStatus.SUCCEEDED })
        .andWhere('r.createdAt BETWEEN :start AND :end', period)
        .orderBy('r.createdAt', 'ASC')
        .addOrderBy('r.id', 'ASC')
        .take(Math.min(PAGE, MAX_SIMULATED_RUNS - read));
      // Keyset paging: each page starts after the last row of the one before.
      if (after) query.andWhere('(r.createdAt > :afterAt OR (r.createdAt = :afterAt AND r.id > :afterId))', { afterAt: after.createdAt, afterId: after.id });
      const page = await query.getMany();
      if (page.length > 0) yield page;
      if (page.length < PAGE) return;
      read += page.length;
      after = page.at(-1);
    }
  }
}

/** Net amounts per payee and currency, recorded and simulated side by side. */
class Totals {
  private readonly rows = new Map<string, SimulatedPayee>();

  async addRecorded(ctx: RequestContext, runs: PluginRun[]): Promise<void> {
    const entries = await ctx.data.repo(LedgerEntry).find({ where: { runId: In(runs.map((run) => run.id)) } });
    for (const entry of entries) {
      if (entry.kind === LedgerEntryKind.REWARD && entry.payeeContactId) continue;
      this.row(entry.partnerId, entry.payeeUserId, entry.currency).recordedMinor += entry.amountMinor;
    }
  }

  addSimulated(operations: Operation[], input: HookInput): void {
    for (const operation of operations) {
      if (operation.op === 'reverse') {
        const target = input.ledger.dealEntries.find((entry) => entry.id === operation.entryId);
        this.row(input.partner?.id ?? null, null, operation.currency).simulatedMinor -= target ? operation.amountMinor : 0;
      } else if (operation.op !== 'reward') {
        const partnerId = 'partnerId' in operation.payee ? operation.payee.partnerId : null;
        const userId = 'userId' in operation.payee ? operation.payee.userId : null;
        this.row(partnerId, userId, operation.currency).simulatedMinor += operation.amountMinor;
      }
    }
  }

  async payees(ctx: RequestContext): Promise<SimulatedPayee[]> {
    const rows = [...this.rows.values()];
    const partnerIds = rows.map((row) => row.partnerId).filter((id): id is string => !!id);
    const partners = partnerIds.length > 0 ? await ctx.data.repo(Partner).findByIds(partnerIds) : [];
    return rows
      .map((row) => ({ ...row, partnerName: partners.find((p) => p.id === row.partnerId)?.name ?? null, differenceMinor: row.simulatedMinor - row.recordedMinor }))
      .sort((a, b) => Math.abs(b.differenceMinor) - Math.abs(a.differenceMinor));
  }

  private row(partnerId: string | null, payeeUserId: string | null, currency: string): SimulatedPayee {
    const key = `${partnerId}/${payeeUserId}/${currency}`;
    let row = this.rows.get(key);
    if (!row) {
      row = { partnerId, partnerName: null, payeeUserId, currency, recordedMinor: 0, simulatedMinor: 0, differenceMinor: 0 };
      this.rows.set(key, row);
    }
    return row;
  }
}
