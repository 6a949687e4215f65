import { In, LessThanOrEqual, type EntityManager } from 'typeorm';
import { describe, type Logger } from '../common/log';
import type { Database } from '../database/database';
import type { OutboxConsumer } from '../events/outbox-dispatcher';
import type { OutboxEvent } from '../events/outbox-event.entity';
import { PluginRun, PluginRunStatus } from '../modules/plugins/plugin-run.entity';
import { LostLeaseError, type PluginExecutionService } from '../modules/plugins/plugin-execution.service';
import type { PluginRunQueue } from '../modules/plugins/plugin-run-queue';
import { RequestContext } from '../tenancy/request-context';
import { PeriodicJob } from './periodic-job';

export interface PluginRunnerOptions {
  /** Runs claimed at a time; the sandbox's workers evaluate them in parallel. */
  batchSize: number;
  /** How often to look for due retries when nothing wakes the runner. */
  pollMs: number;
  /** How long a claimed run is this runner's; after that another instance may take it over. */
  leaseMs: number;
}

/**
 * Runs queued plugin runs (see PluginRunQueue) in every server instance at once, as the outbox
 * dispatcher delivers events: claim a batch of due runs (SKIP LOCKED on MySQL/MariaDB, so
 * instances take different ones) and lease them, evaluate each in the sandbox outside any
 * transaction, then settle each in its own transaction. A crash leaves the lease to expire and
 * the run to be claimed again: at least once, and the settle's status check makes it once in
 * the ledger. Like the dispatcher, this is cross-tenant plumbing; each run is then handled in a
 * context of its own tenant.
 */
export class PluginRunner {
  private readonly job: PeriodicJob;
  private running = false;

  constructor(
    private readonly database: Database,
    private readonly queue: PluginRunQueue,
    private readonly execution: PluginExecutionService,
    private readonly log: Logger,
    private readonly options: PluginRunnerOptions,
  ) {
    this.job = new PeriodicJob('Plugin runner', options.pollMs, () => this.drain(), log);
  }

  /** The dispatcher's consumer: queues runs in its transaction, wakes the runner after commit. */
  readonly consumer: OutboxConsumer = {
    name: 'plugins',
    deliver: (events, manager) => this.enqueue(events, manager),
    // An instance that only dispatches (PLUGIN_RUNNER=off) leaves the runs to the others.
    committed: () => {
      if (this.running) void this.job.runNow();
    },
  };

  start(): void {
    this.running = true;
    this.job.start();
    void this.job.runNow();
  }

  stop(): Promise<void> {
    this.running = false;
    return this.job.stop();
  }

  /** Runs everything due now; tests and benchmarks call it to wait for the runs. */
  runNow(): Promise<void> {
    return this.job.runNow();
  }

  private async enqueue(events: OutboxEvent[], manager: EntityManager): Promise<void> {
    for (const tenantId of new Set(events.map((event) => event.tenantId))) {
      const ctx = RequestContext.forJob(manager, tenantId);
      await this.queue.enqueue(ctx, events.filter((event) => event.tenantId === tenantId));
    }
  }

  private async drain(): Promise<void> {
    let claimed: PluginRun[];
    do {
      claimed = await this.claim();
      await Promise.all(claimed.map((run) => this.execute(run)));
    } while (claimed.length === this.options.batchSize);
  }

  private claim(): Promise<PluginRun[]> {
    return this.database.transaction(async (manager) => {
      const now = new Date();
      const query = manager
        .createQueryBuilder(PluginRun, 'r')
        .where({ status: In([PluginRunStatus.QUEUED, PluginRunStatus.RETRYING, PluginRunStatus.RUNNING]), nextAttemptAt: LessThanOrEqual(now) })
        .orderBy('r.nextAttemptAt', 'ASC')
        .limit(this.options.batchSize);
      if (!this.database.isSqlite) query.setLock('pessimistic_write').setOnLocked('skip_locked');
      const runs = await query.getMany();
      const lease = new Date(now.getTime() + this.options.leaseMs);
      for (const run of runs) {
        Object.assign(run, { status: PluginRunStatus.RUNNING, attempts: run.attempts + 1, nextAttemptAt: lease });
        await manager.update(PluginRun, { tenantId: run.tenantId, id: run.id }, { status: run.status, attempts: run.attempts, nextAttemptAt: lease });
      }
      return runs;
    });
  }

  private async execute(run: PluginRun): Promise<void> {
    try {
      const prepared = await this.execution.prepare(RequestContext.forJob(this.database.manager, run.tenantId), run);
      const result = await this.execution.evaluate(prepared);
      await this.database.transaction((manager) => this.execution.settle(RequestContext.forJob(manager, run.tenantId), prepared, result));
    } catch (error) {
      if (error instanceof LostLeaseError) return this.log.warn(error.message);
      await this.recordCrash(run, error);
    }
  }

  /** The host failed around the plugin (a record gone, the database away): retried like a plugin failure. */
  private async recordCrash(run: PluginRun, error: unknown): Promise<void> {
    this.log.error(`Plugin run ${run.id} failed in the host`, describe(error));
    try {
      await this.database.transaction((manager) =>
        this.execution.recordFailure(RequestContext.forJob(manager, run.tenantId), run, 'host-error', `The run could not be completed: ${(error as Error).message}`),
      );
    } catch (again) {
      this.log.error(`Recording the failure of plugin run ${run.id} failed; its lease will expire and it runs again`, describe(again));
    }
  }
}
