import variant from '@jitl/quickjs-ng-wasmfile-release-sync';
import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  type CustomizeVariantOptions,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
  type QuickJSSyncVariant,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';
import type { Operation } from '../plugin.js';
import { sha256 } from './hash.js';
import { PLATFORM_LIMITS, type SandboxLimits } from './limits.js';
import { checkOperations } from './operations.js';
import { DESCRIBE_PLUGIN, PRELUDE } from './prelude.js';
import type { DescribeOutcome, JobOutcome, WorkerJob } from './protocol.js';
import {
  outOfMemoryMessage,
  outOfTimeMessage,
  stackOverflowMessage,
  tooLargeMessage,
  type FailureReason,
  type HookOutcome,
} from './results.js';

let quickjs: QuickJSWASMModule | undefined;

/** What the Emscripten build asks for at start: static data, the C stack and a first heap. */
const MODULE_INITIAL_BYTES = 16 * 1024 * 1024;
const WASM_PAGE_BYTES = 64 * 1024;

// TypeScript declares WebAssembly's JavaScript API only in its DOM lib.
type MemoryConstructor = new (descriptor: { initial: number; maximum: number }) => CustomizeVariantOptions['wasmMemory'];
const WasmMemory = (globalThis as unknown as { WebAssembly: { Memory: MemoryConstructor } }).WebAssembly.Memory;

/** Loads the WebAssembly module once per thread; every evaluation then gets a fresh runtime from it. */
export async function loadQuickJS(): Promise<void> {
  // In this build QuickJS cannot ask malloc for block sizes, so its memory limit counts
  // allocations rather than bytes and misses bulk ones such as new Array(n).fill(x), which
  // would grow the thread's memory to 2 GB. A capped WebAssembly memory is the ceiling that
  // holds: malloc fails and QuickJS throws "out of memory".
  const wasmMemory = new WasmMemory({
    initial: MODULE_INITIAL_BYTES / WASM_PAGE_BYTES,
    maximum: (MODULE_INITIAL_BYTES + PLATFORM_LIMITS.memoryBytes) / WASM_PAGE_BYTES,
  });
  // The variant's typings describe its CommonJS build; the ESM default export is the variant itself.
  quickjs ??= await newQuickJSWASMModuleFromVariant(newVariant(variant as unknown as QuickJSSyncVariant, { wasmMemory }));
}

export function evaluate(job: WorkerJob): JobOutcome {
  if (!quickjs) throw new Error('loadQuickJS() must finish before evaluate()');
  const startedAt = performance.now();
  const run = new IsolatedRun(quickjs, job.limits, startedAt);
  try {
    return job.kind === 'run' ? runHook(run, job, startedAt) : describePlugin(run, job);
  } finally {
    run.dispose();
  }
}

function runHook(run: IsolatedRun, job: Extract<WorkerJob, { kind: 'run' }>, startedAt: number): HookOutcome {
  const answer = run.load(job.bundle, (hookRunner) => run.callHook(hookRunner, job.hook, job.inputJson));
  const outcome = answer.ok ? checkedOutput(answer.text, job.limits) : answer;
  return { ...outcome, logs: run.logs, durationMs: performance.now() - startedAt };
}

type CheckedOutput = Failure | { ok: true; operations: Operation[]; outputJson: string; outputHash: string };

function checkedOutput(outputJson: string, limits: SandboxLimits): CheckedOutput {
  const bytes = Buffer.byteLength(outputJson);
  if (bytes > limits.outputBytes) {
    return { ok: false, reason: 'output-too-large', message: tooLargeMessage('output', bytes, limits.outputBytes) };
  }
  const check = checkOperations(JSON.parse(outputJson));
  if (!check.ok) return { ok: false, reason: 'invalid-output', message: `The plugin's output is invalid: ${check.message}` };
  return { ok: true, operations: check.operations, outputJson, outputHash: sha256(outputJson) };
}

function describePlugin(run: IsolatedRun, job: Extract<WorkerJob, { kind: 'describe' }>): DescribeOutcome {
  const answer = run.load(job.bundle, () => run.describe());
  return answer.ok ? { ok: true, manifestJson: answer.text } : { ok: false, message: answer.message };
}

type Failure = { ok: false; reason: FailureReason; message: string };
type Answer = { ok: true; text: string } | Failure;
type Phase = 'load' | 'call';
type Evaluated = ReturnType<QuickJSContext['evalCode']>;

/** One evaluation: its own QuickJS runtime and context, limits, log and interrupt bookkeeping. */
class IsolatedRun {
  logs = '';
  private readonly runtime: QuickJSRuntime;
  private readonly context: QuickJSContext;
  private interruptChecks = 0;
  private stoppedBy: 'clock' | 'instructions' | undefined;

  constructor(
    quickjs: QuickJSWASMModule,
    private readonly limits: SandboxLimits,
    startedAt: number,
  ) {
    this.runtime = quickjs.newRuntime();
    this.runtime.setMemoryLimit(limits.memoryBytes);
    this.runtime.setMaxStackSize(limits.stackBytes);
    const deadline = startedAt + limits.wallClockMs;
    this.runtime.setInterruptHandler(() => this.shouldStop(deadline));
    this.context = this.runtime.newContext();
  }

  /** The prelude, then the bundle; then `afterLoad`, given the prelude's hook runner. */
  load(bundle: string, afterLoad: (hookRunner: QuickJSHandle) => Answer): Answer {
    const prelude = this.installPrelude();
    if (!prelude.ok) return prelude;
    try {
      const loaded = this.context.evalCode(bundle, 'plugin.js', { type: 'global' });
      if (loaded.error) return this.failure(loaded.error, 'load');
      loaded.value.dispose();
      return afterLoad(prelude.hookRunner);
    } finally {
      prelude.hookRunner.dispose();
    }
  }

  callHook(hookRunner: QuickJSHandle, hook: string, inputJson: string): Answer {
    const args = [hook, inputJson].map((text) => this.context.newString(text));
    const called = this.context.callFunction(hookRunner, this.context.undefined, args);
    args.forEach((handle) => handle.dispose());
    return this.answer(called, 'call');
  }

  describe(): Answer {
    return this.answer(this.context.evalCode(DESCRIBE_PLUGIN, 'describe.js', { type: 'global' }), 'load');
  }

  dispose(): void {
    this.context.dispose();
    this.runtime.dispose();
  }

  private shouldStop(deadline: number): boolean {
    this.interruptChecks += 1;
    if (this.interruptChecks > this.limits.instructionChecks) this.stoppedBy ??= 'instructions';
    else if (performance.now() > deadline) this.stoppedBy ??= 'clock';
    return this.stoppedBy !== undefined;
  }

  /** Fails only when the run's limits leave no room even for the prelude (a tight wall clock on a busy host). */
  private installPrelude(): { ok: true; hookRunner: QuickJSHandle } | Failure {
    const install = this.context.evalCode(PRELUDE, 'prelude.js', { type: 'global' });
    if (install.error) return this.failure(install.error, 'load');
    const hostLog = this.context.newFunction('log', (line) => this.appendLog(this.context.getString(line)));
    const logRoom = this.context.newNumber(this.limits.logBytes);
    const installed = this.context.callFunction(install.value, this.context.undefined, hostLog, logRoom);
    [install.value, hostLog, logRoom].forEach((handle) => handle.dispose());
    return installed.error ? this.failure(installed.error, 'load') : { ok: true, hookRunner: installed.value };
  }

  /** The tagged answer a script or call evaluated to, once the promise jobs it queued have run. */
  private answer(evaluated: Evaluated, phase: Phase): Answer {
    if (evaluated.error) return this.failure(evaluated.error, phase);
    const tagged = this.context.getString(evaluated.value);
    evaluated.value.dispose();
    // Callbacks a plugin queued (say, on a dynamic import) run now, under the same limits.
    const drained = this.runtime.executePendingJobs();
    if (drained.error) return this.failure(drained.error, phase);
    return untag(tagged);
  }

  private appendLog(line: string): void {
    const joined = this.logs === '' ? line : `${this.logs}\n${line}`;
    this.logs = cutToBytes(joined, this.limits.logBytes);
  }

  /** Why the run stopped: the limits it hit come first, whatever the plugin made of the error. */
  private failure(errorHandle: QuickJSHandle, phase: Phase): Failure {
    const error = describeError(this.context, errorHandle);
    errorHandle.dispose();
    if (this.stoppedBy) return { ok: false, reason: 'out-of-time', message: outOfTimeMessage(this.limits, this.stoppedBy) };
    if (/out of memory/i.test(error)) return { ok: false, reason: 'out-of-memory', message: outOfMemoryMessage(this.limits) };
    // The classic QuickJS says "stack overflow", quickjs-ng "Maximum call stack size exceeded".
    if (/stack overflow|call stack size/i.test(error)) {
      return { ok: false, reason: 'stack-overflow', message: stackOverflowMessage(this.limits) };
    }
    if (phase === 'load') return { ok: false, reason: 'invalid-bundle', message: `The plugin bundle failed to load: ${error}` };
    return { ok: false, reason: 'threw', message: `The plugin threw: ${error}` };
  }
}

function untag(tagged: string): Answer {
  const newline = tagged.indexOf('\n');
  const tag = tagged.slice(0, newline);
  const text = tagged.slice(newline + 1);
  if (tag === 'ok') return { ok: true, text };
  return { ok: false, reason: tag as FailureReason, message: text };
}

const MAX_ERROR_LENGTH = 500;

/** "TypeError: x is undefined", or the thrown value when it is no Error. */
function describeError(context: QuickJSContext, errorHandle: QuickJSHandle): string {
  let text: string;
  try {
    const error: unknown = context.dump(errorHandle);
    text = isErrorLike(error) ? `${String(error.name ?? 'Error')}: ${error.message}` : (JSON.stringify(error) ?? String(error));
  } catch {
    text = 'a value that cannot be described';
  }
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 3)}...` : text;
}

function isErrorLike(value: unknown): value is { name?: unknown; message: string } {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}

/** The longest prefix of the text within the byte budget, never splitting a character. */
function cutToBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  const { read } = new TextEncoder().encodeInto(text, new Uint8Array(maxBytes));
  return text.slice(0, read);
}
