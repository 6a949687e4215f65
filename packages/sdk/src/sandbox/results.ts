import type { Operation } from '../plugin.js';
import { formatBytes, formatCount, type SandboxLimits } from './limits.js';

export type FailureReason =
  | 'input-too-large'
  | 'out-of-time'
  | 'out-of-memory'
  | 'stack-overflow'
  | 'threw'
  | 'output-too-large'
  | 'invalid-output'
  | 'invalid-bundle'
  | 'crashed';

export interface RunSuccess {
  ok: true;
  /** The output's operations after checkOperations: unknown fields dropped. */
  operations: Operation[];
  /** The output exactly as the plugin's JSON.stringify wrote it inside the sandbox. */
  outputJson: string;
  outputHash: string;
  inputHash: string;
  logs: string;
  durationMs: number;
}

export interface RunFailure {
  ok: false;
  reason: FailureReason;
  /** A sentence a person understands. */
  message: string;
  logs: string;
  inputHash: string;
  durationMs: number;
}

export type RunResult = RunSuccess | RunFailure;

/** What a worker knows of a run: everything but the input's hash, which the caller has. */
export type HookOutcome = Omit<RunSuccess, 'inputHash'> | Omit<RunFailure, 'inputHash'>;

/** About 10,000 bytecode steps pass between two calls of QuickJS's interrupt handler. */
const INSTRUCTIONS_PER_CHECK = 10_000;

export function outOfTimeMessage(limits: SandboxLimits, stoppedBy: 'clock' | 'instructions'): string {
  if (stoppedBy === 'clock') return `The plugin ran past its time limit (${formatCount(limits.wallClockMs)} ms)`;
  const instructions = formatCount(limits.instructionChecks * INSTRUCTIONS_PER_CHECK);
  return `The plugin ran past its instruction budget (about ${instructions} instructions)`;
}

export function outOfMemoryMessage(limits: SandboxLimits): string {
  return `The plugin ran out of memory (limit ${formatBytes(limits.memoryBytes)})`;
}

export function stackOverflowMessage(limits: SandboxLimits): string {
  return `The plugin overflowed its call stack (limit ${formatBytes(limits.stackBytes)}): is a recursion endless?`;
}

export function tooLargeMessage(what: 'input' | 'output', bytes: number, limit: number): string {
  const subject = what === 'input' ? 'The input' : "The plugin's output";
  return `${subject} is ${formatBytes(bytes)}, over the limit of ${formatBytes(limit)}`;
}
