import { availableParallelism } from 'node:os';
import type { HookName } from '../plugin.js';
import { sha256 } from './hash.js';
import { PLATFORM_LIMITS, resolveLimits, type SandboxLimits } from './limits.js';
import { validateManifest, type PluginManifest } from './manifest.js';
import { WorkerPool, type Settled } from './pool.js';
import type { DescribeOutcome } from './protocol.js';
import { outOfTimeMessage, tooLargeMessage, type HookOutcome, type RunResult } from './results.js';

export interface SandboxOptions {
  /** Worker threads evaluating in parallel; by default 2, or 1 on a single CPU. */
  workers?: number;
  /** How long past its wall-clock limit a run may go before its worker is terminated. */
  hardKillGraceMs?: number;
}

const DEFAULT_HARD_KILL_GRACE_MS = 250;

/**
 * Runs untrusted plugin bundles in QuickJS, each evaluation from a byte-for-byte image of the
 * interpreter's memory right after the bundle loaded (nothing a run leaves behind reaches the
 * next), inside a pool of worker threads so that a run the interpreter cannot stop is stopped
 * by terminating its thread.
 */
export class Sandbox {
  private readonly pool: WorkerPool;
  private readonly hardKillGraceMs: number;

  constructor(options: SandboxOptions = {}) {
    const workers = options.workers ?? Math.min(2, availableParallelism());
    if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workers must be a whole number of at least 1, got ${workers}`);
    this.pool = new WorkerPool(workers);
    this.hardKillGraceMs = options.hardKillGraceMs ?? DEFAULT_HARD_KILL_GRACE_MS;
  }

  /**
   * Runs one hook of the bundle on the input. Pass the manifest's `limits` as `limits`: they
   * may tighten the platform's, never loosen them. Resolves to a failure, never rejects, for
   * anything the plugin does; rejects only on the caller's mistakes (an input that is not JSON,
   * limits below what a run needs) or a closed sandbox.
   */
  async run(bundle: string, hook: HookName, input: unknown, limits?: Partial<SandboxLimits>): Promise<RunResult> {
    const resolved = resolveLimits(limits);
    const inputJson = serializeInput(input);
    const inputHash = sha256(inputJson);
    const inputBytes = Buffer.byteLength(inputJson);
    if (inputBytes > resolved.inputBytes) {
      const message = tooLargeMessage('input', inputBytes, resolved.inputBytes);
      return { ok: false, reason: 'input-too-large', message, logs: '', inputHash, durationMs: 0 };
    }
    const job = { kind: 'run', bundle, hook, inputJson, limits: resolved } as const;
    const settled = await this.pool.submit(job, resolved.wallClockMs + this.hardKillGraceMs);
    return { ...hookOutcome(settled, resolved), inputHash };
  }

  /** Evaluates the bundle and returns its validated manifest; throws an Error saying what is wrong. */
  async inspect(bundle: string): Promise<PluginManifest> {
    const job = { kind: 'describe', bundle, limits: PLATFORM_LIMITS } as const;
    const settled = await this.pool.submit(job, PLATFORM_LIMITS.wallClockMs + this.hardKillGraceMs);
    const described = describeOutcome(settled);
    if (!described.ok) throw new Error(described.message);
    return validateManifest(JSON.parse(described.manifestJson));
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

function serializeInput(input: unknown): string {
  const json = JSON.stringify(input);
  if (json === undefined) throw new TypeError('The input must be a JSON value');
  return json;
}

function hookOutcome(settled: Settled<HookOutcome>, limits: SandboxLimits): HookOutcome {
  switch (settled.kind) {
    case 'done':
      return settled.outcome;
    case 'killed':
      return { ok: false, reason: 'out-of-time', message: outOfTimeMessage(limits, 'clock'), logs: '', durationMs: settled.elapsedMs };
    case 'crashed':
      return { ok: false, reason: 'crashed', message: crashMessage(settled.message), logs: '', durationMs: settled.elapsedMs };
  }
}

function describeOutcome(settled: Settled<DescribeOutcome>): DescribeOutcome {
  switch (settled.kind) {
    case 'done':
      return settled.outcome;
    case 'killed':
      return { ok: false, message: `The plugin bundle failed to load: ${outOfTimeMessage(PLATFORM_LIMITS, 'clock')}` };
    case 'crashed':
      return { ok: false, message: crashMessage(settled.message) };
  }
}

function crashMessage(detail: string): string {
  return `The sandbox crashed while running the plugin (${detail})`;
}
