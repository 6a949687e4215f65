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
import { MemoryImage, type LinearMemory } from './memory-image.js';
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

/** What the Emscripten build asks for at start: static data, the C stack and a first heap. */
const MODULE_INITIAL_BYTES = 16 * 1024 * 1024;
const WASM_PAGE_BYTES = 64 * 1024;
/** Loaded bundles a worker keeps as images; each costs about what loading it allocated. */
const IMAGES_PER_WORKER = 16;

type WasmMemory = CustomizeVariantOptions['wasmMemory'] & LinearMemory;
type MemoryConstructor = new (descriptor: { initial: number; maximum: number }) => WasmMemory;
const WasmMemory = (globalThis as unknown as { WebAssembly: { Memory: MemoryConstructor } }).WebAssembly.Memory;

let engine: SnapshotEngine | undefined;

/** Loads the WebAssembly module once per thread and sets up the runtime every evaluation starts from. */
export async function loadQuickJS(): Promise<void> {
  if (engine) return;
  // In this build QuickJS cannot ask malloc for block sizes, so its memory limit counts
  // allocations rather than bytes and misses bulk ones such as new Array(n).fill(x), which
  // would grow the thread's memory to 2 GB. A capped WebAssembly memory is the ceiling that
  // holds: malloc fails and QuickJS throws "out of memory".
  const memory = new WasmMemory({
    initial: MODULE_INITIAL_BYTES / WASM_PAGE_BYTES,
    maximum: (MODULE_INITIAL_BYTES + PLATFORM_LIMITS.memoryBytes) / WASM_PAGE_BYTES,
  });
  // The variant's typings describe its CommonJS build; the ESM default export is the variant itself.
  const quickjs = await newQuickJSWASMModuleFromVariant(newVariant(variant as unknown as QuickJSSyncVariant, { wasmMemory: memory }));
  engine = new SnapshotEngine(quickjs, memory);
}

/**
 * Runs one job. A JavaScript exception out of here (a WebAssembly trap, say) leaves the
 * module's stack pointer wherever it was: the worker must die, and the pool replaces it.
 */
export function evaluate(job: WorkerJob): JobOutcome {
  if (!engine) throw new Error('loadQuickJS() must finish before evaluate()');
  return engine.evaluate(job);
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

type Failure = { ok: false; reason: FailureReason; message: string };
type Answer = { ok: true; text: string } | Failure;
type Phase = 'load' | 'call';
type Evaluated = ReturnType<QuickJSContext['evalCode']>;

/** A bundle after the prelude and its own top-level code ran, under one set of limits. */
interface LoadedBundle {
  ok: true;
  image: MemoryImage;
  /** Points into the image's memory: valid whenever the image is restored. */
  hookRunner: QuickJSHandle;
  /** What loading used and logged, which every run from the image carries on from. */
  checks: number;
  logs: string;
}

/**
 * One QuickJS runtime and context per worker, set up once. A bundle is loaded (prelude, then
 * its code) into a copy of that setup and the memory is imaged; every evaluation then starts
 * from the image, byte for byte, so nothing a run leaves behind reaches the next one, and a
 * plugin is parsed once per worker rather than once per run. The JavaScript-side wrappers of
 * the runtime, context and log function are made once and never freed, for they must point
 * to the same memory in every image.
 */
class SnapshotEngine {
  private readonly runtime: QuickJSRuntime;
  private readonly context: QuickJSContext;
  private readonly hostLog: QuickJSHandle;
  private readonly base: MemoryImage;
  /** Least recently used first. */
  private readonly loaded = new Map<string, LoadedBundle>();
  private run = new RunState(PLATFORM_LIMITS, 0);

  constructor(
    quickjs: QuickJSWASMModule,
    private readonly memory: WasmMemory,
  ) {
    this.runtime = quickjs.newRuntime();
    this.runtime.setInterruptHandler(() => this.run.shouldStop());
    this.context = this.runtime.newContext();
    this.hostLog = this.context.newFunction('log', (line) => this.run.appendLog(this.context.getString(line)));
    this.base = MemoryImage.capture(memory);
  }

  evaluate(job: WorkerJob): JobOutcome {
    const startedAt = performance.now();
    this.run = new RunState(job.limits, startedAt);
    const bundle = this.enter(job.bundle, job.limits);
    return job.kind === 'run' ? this.runHook(bundle, job, startedAt) : this.describe(bundle);
  }

  private runHook(bundle: LoadedBundle | Failure, job: Extract<WorkerJob, { kind: 'run' }>, startedAt: number): HookOutcome {
    const answer = bundle.ok ? this.callHook(bundle.hookRunner, job.hook, job.inputJson) : bundle;
    const outcome = answer.ok ? checkedOutput(answer.text, job.limits) : answer;
    return { ...outcome, logs: this.run.logs, durationMs: performance.now() - startedAt };
  }

  private describe(bundle: LoadedBundle | Failure): DescribeOutcome {
    const answer = bundle.ok ? this.answer(this.context.evalCode(DESCRIBE_PLUGIN, 'describe.js', { type: 'global' }), 'load') : bundle;
    return answer.ok ? { ok: true, manifestJson: answer.text } : { ok: false, message: answer.message };
  }

  /**
   * Puts the memory in the bundle's loaded state: from its image, or by loading it, which
   * leaves the memory and the run exactly where a run from the new image would start.
   */
  private enter(bundle: string, limits: SandboxLimits): LoadedBundle | Failure {
    // The limits are part of the key: they bound the loading too, and are part of the image.
    const key = `${JSON.stringify(limits)}\n${bundle}`;
    const cached = this.loaded.get(key);
    if (cached) {
      this.remember(key, cached);
      cached.image.restore(this.memory);
      this.run.carryOn(cached);
      return cached;
    }
    const fresh = this.load(bundle, limits);
    if (fresh.ok) this.remember(key, fresh);
    return fresh;
  }

  /** Keeps the image as the most recently used, dropping the least recently used past the cap. */
  private remember(key: string, loaded: LoadedBundle): void {
    this.loaded.delete(key);
    this.loaded.set(key, loaded);
    if (this.loaded.size > IMAGES_PER_WORKER) this.loaded.delete(this.loaded.keys().next().value as string);
  }

  private load(bundle: string, limits: SandboxLimits): LoadedBundle | Failure {
    this.base.restoreExactly(this.memory);
    this.runtime.setMemoryLimit(limits.memoryBytes);
    this.runtime.setMaxStackSize(limits.stackBytes);
    const prelude = this.installPrelude(limits.logBytes);
    if (!prelude.ok) return prelude;
    const loaded = this.context.evalCode(bundle, 'plugin.js', { type: 'global' });
    if (loaded.error) return this.failure(loaded.error, 'load');
    loaded.value.dispose();
    const image = MemoryImage.captureChanges(this.memory, this.base);
    return { ok: true, image, hookRunner: prelude.hookRunner, checks: this.run.checks, logs: this.run.logs };
  }

  /** Fails only when the run's limits leave no room even for the prelude (a tight wall clock on a busy host). */
  private installPrelude(logBytes: number): { ok: true; hookRunner: QuickJSHandle } | Failure {
    const install = this.context.evalCode(PRELUDE, 'prelude.js', { type: 'global' });
    if (install.error) return this.failure(install.error, 'load');
    const logRoom = this.context.newNumber(logBytes);
    const installed = this.context.callFunction(install.value, this.context.undefined, this.hostLog, logRoom);
    [install.value, logRoom].forEach((handle) => handle.dispose());
    return installed.error ? this.failure(installed.error, 'load') : { ok: true, hookRunner: installed.value };
  }

  private callHook(hookRunner: QuickJSHandle, hook: string, inputJson: string): Answer {
    const args = [hook, inputJson].map((text) => this.context.newString(text));
    const called = this.context.callFunction(hookRunner, this.context.undefined, args);
    args.forEach((handle) => handle.dispose());
    return this.answer(called, 'call');
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

  /** Why the run stopped: the limits it hit come first, whatever the plugin made of the error. */
  private failure(errorHandle: QuickJSHandle, phase: Phase): Failure {
    const error = describeError(this.context, errorHandle);
    errorHandle.dispose();
    const { limits, stoppedBy } = this.run;
    if (stoppedBy) return { ok: false, reason: 'out-of-time', message: outOfTimeMessage(limits, stoppedBy) };
    if (/out of memory/i.test(error)) return { ok: false, reason: 'out-of-memory', message: outOfMemoryMessage(limits) };
    // The classic QuickJS says "stack overflow", quickjs-ng "Maximum call stack size exceeded".
    if (/stack overflow|call stack size/i.test(error)) {
      return { ok: false, reason: 'stack-overflow', message: stackOverflowMessage(limits) };
    }
    if (phase === 'load') return { ok: false, reason: 'invalid-bundle', message: `The plugin bundle failed to load: ${error}` };
    return { ok: false, reason: 'threw', message: `The plugin threw: ${error}` };
  }
}

/** What one evaluation has used of its limits, and what it logged. */
class RunState {
  logs = '';
  checks = 0;
  stoppedBy: 'clock' | 'instructions' | undefined;
  private readonly deadline: number;

  constructor(
    readonly limits: SandboxLimits,
    startedAt: number,
  ) {
    this.deadline = startedAt + limits.wallClockMs;
  }

  /** A run from an image goes on from where loading stopped, as if it had loaded the bundle itself. */
  carryOn(loaded: LoadedBundle): void {
    this.checks = loaded.checks;
    this.logs = loaded.logs;
  }

  shouldStop(): boolean {
    this.checks += 1;
    if (this.checks > this.limits.instructionChecks) this.stoppedBy ??= 'instructions';
    else if (performance.now() > this.deadline) this.stoppedBy ??= 'clock';
    return this.stoppedBy !== undefined;
  }

  appendLog(line: string): void {
    const joined = this.logs === '' ? line : `${this.logs}\n${line}`;
    this.logs = cutToBytes(joined, this.limits.logBytes);
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
