import type { HookInput, HookName, Operation } from '@dealflow/sdk';
import { sha256, type RunResult, type Sandbox } from '@dealflow/sdk/sandbox';
import { OutboxEvent } from '../../events/outbox-event.entity';
import type { RequestContext } from '../../tenancy/request-context';
import { LedgerWriter, RejectedOutputError } from '../commissions/ledger-writer';
import { Plugin } from './plugin.entity';
import { PluginInputBuilder, type EventSubject } from './plugin-input';
import { PluginInstallation } from './plugin-installation.entity';
import { PluginRun, PluginRunStatus } from './plugin-run.entity';
import { PluginVersion } from './plugin-version.entity';

const VERSION_CACHE_SIZE = 500;

export interface RetryPolicy {
  maxAttempts: number;
  /** The wait after the first failure; it doubles after each further one. */
  firstDelayMs: number;
}

/** A claimed run with everything it needs, read outside any transaction. */
export interface PreparedRun {
  run: PluginRun;
  version: PluginVersion;
  installation: PluginInstallation;
  plugin: Plugin;
  subject: EventSubject;
  input: HookInput;
}

/**
 * One plugin run, in three steps so the sandbox never runs inside a transaction: prepare (read
 * the records and build the input, or take the stored one on a retry), evaluate (the sandbox),
 * settle (in one transaction: the ledger entries and the run's new status, or its failure).
 */
export class PluginExecutionService {
  private readonly inputs = new PluginInputBuilder();
  private readonly ledger = new LedgerWriter();
  private readonly versions = new Map<string, { version: PluginVersion; plugin: Plugin }>();

  constructor(
    private readonly sandbox: Sandbox,
    private readonly retry: RetryPolicy,
  ) {}

  async prepare(ctx: RequestContext, run: PluginRun): Promise<PreparedRun> {
    const { version, plugin } = await this.publishedVersion(ctx, run.versionId);
    const installation = await ctx.data.repo(PluginInstallation).getById(run.installationId, 'Plugin installation');
    const event = await ctx.data.repo(OutboxEvent).getById(run.eventId, 'Event');
    const subject = await this.inputs.subject(ctx, event);
    const input = (run.input as HookInput | null) ?? (await this.inputs.input(ctx, run.hook as HookName, subject, installation));
    if (!run.input) {
      const settingsHash = sha256(JSON.stringify(input.settings));
      await ctx.data.repo(PluginRun).updateWhere({ id: run.id }, { input, settingsHash }, { touch: false });
      Object.assign(run, { input, settingsHash });
    }
    return { run, version, installation, plugin, subject, input };
  }

  /**
   * A version and its plugin, kept after the first read: versions never change, and a busy
   * programme runs the same one for every event. Keyed by tenant too, so no tenant's run can
   * be handed another tenant's row.
   */
  private async publishedVersion(ctx: RequestContext, versionId: string): Promise<{ version: PluginVersion; plugin: Plugin }> {
    const key = `${ctx.tenantId}/${versionId}`;
    let cached = this.versions.get(key);
    if (!cached) {
      const version = await ctx.data.repo(PluginVersion).getById(versionId, 'Plugin version');
      cached = { version, plugin: await ctx.data.repo(Plugin).getById(version.pluginId, 'Plugin') };
      if (this.versions.size >= VERSION_CACHE_SIZE) this.versions.clear();
      this.versions.set(key, cached);
    }
    return cached;
  }

  evaluate(prepared: PreparedRun): Promise<RunResult> {
    const { version, input } = prepared;
    return this.sandbox.run(version.bundle, input.hook, input, version.manifest.limits);
  }

  /**
   * Writes the outcome, in the caller's transaction. The run's status moves only if it is still
   * the attempt this runner claimed: if its lease ran out and another runner took it over, this
   * one's outcome is dropped (the transaction is rolled back by the throw), so an event is
   * never paid twice.
   */
  async settle(ctx: RequestContext, prepared: PreparedRun, result: RunResult): Promise<PluginRun> {
    const { run } = prepared;
    await this.holdLease(ctx, run);
    const common = { logs: result.logs, inputHash: result.inputHash, durationMicros: Math.round(result.durationMs * 1000) };
    if (!result.ok) return this.fail(ctx, run, result.reason, result.message, common);
    try {
      await this.ledger.write(ctx, source(prepared, result), result.operations as Operation[]);
    } catch (error) {
      if (!(error instanceof RejectedOutputError)) throw error;
      return this.fail(ctx, run, 'rejected-output', `The host refused the plugin's output: ${error.message}`, common);
    }
    return this.transition(ctx, run, {
      ...common,
      status: PluginRunStatus.SUCCEEDED,
      outputHash: result.outputHash,
      nextAttemptAt: null,
      failureReason: null,
      failureMessage: null,
    });
  }

  /** A failure around the plugin rather than in it (the event's records could not be read). */
  recordFailure(ctx: RequestContext, run: PluginRun, reason: string, message: string): Promise<PluginRun> {
    return this.fail(ctx, run, reason, message, {});
  }

  private fail(ctx: RequestContext, run: PluginRun, reason: string, message: string, common: Partial<PluginRun>): Promise<PluginRun> {
    // Nothing to gain from running an input the sandbox refuses before running it.
    const final = run.attempts >= this.retry.maxAttempts || reason === 'input-too-large';
    const delay = this.retry.firstDelayMs * 2 ** (run.attempts - 1);
    return this.transition(ctx, run, {
      ...common,
      status: final ? PluginRunStatus.FAILED : PluginRunStatus.RETRYING,
      nextAttemptAt: final ? null : new Date(Date.now() + delay),
      failureReason: reason,
      failureMessage: message.slice(0, 1000),
      outputHash: null,
    });
  }

  /**
   * Checks, before anything is written, that the run is still this attempt's, and locks its
   * row until the transaction ends, so a runner that took it over waits and then finds it done.
   */
  private async holdLease(ctx: RequestContext, run: PluginRun): Promise<void> {
    // The write changes updatedAt, so the count is of rows matched on every driver.
    const held = await ctx.data.repo(PluginRun).updateWhere({ id: run.id, status: PluginRunStatus.RUNNING, attempts: run.attempts }, { status: PluginRunStatus.RUNNING });
    if (held === 0) throw new LostLeaseError(run.id);
  }

  private async transition(ctx: RequestContext, run: PluginRun, patch: Partial<PluginRun>): Promise<PluginRun> {
    const changed = await ctx.data.repo(PluginRun).updateWhere({ id: run.id, status: PluginRunStatus.RUNNING, attempts: run.attempts }, patch);
    if (changed === 0) throw new LostLeaseError(run.id);
    return Object.assign(run, patch);
  }
}

/** Another runner took the run over (this one's lease expired); its outcome is not written. */
export class LostLeaseError extends Error {
  constructor(runId: string) {
    super(`Plugin run ${runId} was taken over by another runner`);
  }
}

function source(prepared: PreparedRun, result: Extract<RunResult, { ok: true }>) {
  const { run, version, installation, plugin, subject, input } = prepared;
  return {
    runId: run.id,
    installationId: installation.id,
    pluginVersionId: version.id,
    pluginRef: `${plugin.key}@${version.semver}`,
    codeHash: version.codeHash,
    // Stored with the input at the first attempt, so always there by now.
    settingsHash: run.settingsHash!,
    inputHash: result.inputHash,
    outputHash: result.outputHash,
    input,
    subject,
  };
}
