import type { HookName } from '../plugin.js';
import type { SandboxLimits } from './limits.js';
import type { HookOutcome } from './results.js';

/** What the pool asks a worker to do: one evaluation, from an image of the bundle just loaded. */
export type WorkerJob =
  | { kind: 'run'; bundle: string; limits: SandboxLimits; hook: HookName; inputJson: string }
  | { kind: 'describe'; bundle: string; limits: SandboxLimits };

/** The plugin's manifest as its bundle declares it, not yet validated. */
export type DescribeOutcome = { ok: true; manifestJson: string } | { ok: false; message: string };

export type JobOutcome = HookOutcome | DescribeOutcome;

export type WorkerMessage = { kind: 'ready' } | { kind: 'done'; outcome: JobOutcome };
