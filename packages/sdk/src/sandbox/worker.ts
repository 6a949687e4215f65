/**
 * A sandbox worker thread: loads QuickJS once, then evaluates one job per message. The pool
 * terminates it when a job overruns its hard deadline, and spawns another.
 */
import { parentPort } from 'node:worker_threads';
import { evaluate, loadQuickJS } from './evaluate.js';
import type { WorkerJob, WorkerMessage } from './protocol.js';

if (!parentPort) throw new Error('The sandbox worker runs only as a worker thread');
const port = parentPort;

// Emscripten answers QuickJS's questions about local time through this thread's Date. Saying
// "UTC" makes a plugin's local-time methods give the same answer on every server, whatever its
// time zone: the output must depend on the input alone.
Date.prototype.getTimezoneOffset = () => 0;

await loadQuickJS();
port.on('message', (job: WorkerJob) => {
  port.postMessage({ kind: 'done', outcome: evaluate(job) } satisfies WorkerMessage);
});
port.postMessage({ kind: 'ready' } satisfies WorkerMessage);
