import { Worker } from 'node:worker_threads';
import type { DescribeOutcome, WorkerJob, WorkerMessage } from './protocol.js';
import type { HookOutcome } from './results.js';

export type OutcomeOf<J extends WorkerJob> = J extends { kind: 'run' } ? HookOutcome : DescribeOutcome;

/** How a job ended from the pool's side: the worker's answer, or the worker gone. */
export type Settled<T> =
  | { kind: 'done'; outcome: T }
  | { kind: 'killed'; elapsedMs: number }
  | { kind: 'crashed'; message: string; elapsedMs: number };

interface QueuedJob {
  job: WorkerJob;
  hardDeadlineMs: number;
  resolve: (settled: Settled<unknown>) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  current?: { queued: QueuedJob; startedAt: number; timer: NodeJS.Timeout };
}

const SANDBOX_WORKER = new URL('./worker.js', import.meta.url);

/**
 * Worker threads that take jobs first come, first served, one at a time each. A job still
 * running at its hard deadline has its worker terminated (QuickJS's interrupt handler cannot
 * stop long native calls); a dead worker is replaced.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: QueuedJob[] = [];
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly workerScript: URL = SANDBOX_WORKER,
  ) {}

  submit<J extends WorkerJob>(job: J, hardDeadlineMs: number): Promise<Settled<OutcomeOf<J>>> {
    if (this.closed) return Promise.reject(new Error('The sandbox is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, hardDeadlineMs, resolve: resolve as QueuedJob['resolve'], reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const closedError = new Error('The sandbox was closed before the job finished');
    for (const queued of this.queue.splice(0)) queued.reject(closedError);
    const slots = this.slots.splice(0);
    for (const { current } of slots) {
      if (!current) continue;
      clearTimeout(current.timer);
      current.queued.reject(closedError);
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    if (this.queue.length > 0) this.spawnMissingWorkers();
    for (const slot of this.slots) {
      if (slot.ready && !slot.current && this.queue.length > 0) this.start(slot, this.queue.shift() as QueuedJob);
    }
    this.updateRefs();
  }

  private start(slot: Slot, queued: QueuedJob): void {
    const timer = setTimeout(() => this.kill(slot), queued.hardDeadlineMs);
    slot.current = { queued, startedAt: performance.now(), timer };
    slot.worker.postMessage(queued.job);
  }

  private spawnMissingWorkers(): void {
    while (this.slots.length < this.size) {
      const slot: Slot = { worker: new Worker(this.workerScript), ready: false };
      slot.worker.on('message', (message: WorkerMessage) => this.onMessage(slot, message));
      slot.worker.on('error', (error) => this.onDeath(slot, error.message));
      slot.worker.on('exit', (code) => this.onDeath(slot, `the sandbox worker exited with code ${code}`));
      this.slots.push(slot);
    }
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    if (message.kind === 'ready') slot.ready = true;
    else this.settle(slot, { kind: 'done', outcome: message.outcome });
    this.dispatch();
  }

  private kill(slot: Slot): void {
    this.remove(slot);
    this.settle(slot, { kind: 'killed', elapsedMs: this.elapsed(slot) });
    void slot.worker.terminate();
    this.dispatch();
  }

  private onDeath(slot: Slot, message: string): void {
    if (!this.remove(slot)) return;
    this.settle(slot, { kind: 'crashed', message, elapsedMs: this.elapsed(slot) });
    // A worker that dies before it is ready would die again: fail the waiting jobs rather than
    // respawn forever. The next submit tries afresh.
    if (!slot.ready && !this.slots.some((other) => other.ready)) this.failQueue(message);
    this.dispatch();
  }

  private failQueue(message: string): void {
    for (const queued of this.queue.splice(0)) queued.resolve({ kind: 'crashed', message, elapsedMs: 0 });
  }

  private settle(slot: Slot, settled: Settled<unknown>): void {
    if (!slot.current) return;
    clearTimeout(slot.current.timer);
    slot.current.queued.resolve(settled);
    slot.current = undefined;
  }

  /** False when the slot was already gone: killed on purpose, or its death already handled. */
  private remove(slot: Slot): boolean {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    return index >= 0;
  }

  private elapsed(slot: Slot): number {
    return slot.current ? performance.now() - slot.current.startedAt : 0;
  }

  /** Idle workers must not keep the process alive; busy ones, and ones starting for a queued job, must. */
  private updateRefs(): void {
    for (const slot of this.slots) {
      if (slot.current || (!slot.ready && this.queue.length > 0)) slot.worker.ref();
      else slot.worker.unref();
    }
  }
}
