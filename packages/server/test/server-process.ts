import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Real processes for tests that need more than one server instance (multi-instance.e2e.test.ts):
 * `node dist/main.js` as it runs in production, and redis-server. Each process's output is
 * kept, to wait for a line, to assert on logs and to show in a failure message. A
 * ProcessGroup remembers what a test started, so a hook can stop all of it even when the test
 * failed half-way.
 */

export const SERVER_DIR = path.resolve(__dirname, '..');

/** Compiles src into dist/ (tsc -p tsconfig.build.json), as `pnpm build` does. */
export async function buildServer(): Promise<void> {
  const tsc = createRequire(path.join(SERVER_DIR, 'package.json')).resolve('typescript/bin/tsc');
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: SERVER_DIR, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`tsc -p tsconfig.build.json failed:\n${stdout}${stderr}`);
  }
}

/** A TCP port nobody listens on right now (the OS's pick). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A spawned process and everything it has written. */
export class ManagedProcess {
  stdout = '';
  stderr = '';
  /** stdout and stderr interleaved in arrival order. */
  output = '';
  /** Set once the process has exited. */
  exit: Exit | null = null;
  readonly exited: Promise<Exit>;
  private readonly child: ChildProcess;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly name: string,
    command: string,
    args: string[],
    options: { cwd?: string; env?: Record<string, string> } = {},
  ) {
    this.child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => this.append('stdout', chunk));
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => this.append('stderr', chunk));
    this.exited = new Promise((resolve) => {
      const done = (exit: Exit) => {
        if (this.exit) return;
        this.exit = exit;
        this.notify();
        resolve(exit);
      };
      this.child.once('exit', (code, signal) => done({ code, signal }));
      this.child.once('error', (error) => {
        this.append('stderr', `spawn failed: ${error.message}\n`);
        done({ code: null, signal: null });
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.exit === null;
  }

  /**
   * Waits until the output (stdout or stderr, from the start or from `from` characters on)
   * matches; fails at once if the process exits first, and with the output so far on a timeout.
   */
  waitForOutput(pattern: RegExp, timeoutMs: number, from = 0): Promise<RegExpMatchArray> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = this.output.slice(from).match(pattern);
        if (match) return finish(() => resolve(match));
        if (this.exit) return finish(() => reject(new Error(`${this.name} exited (${describeExit(this.exit!)}) before printing ${pattern}\n${this.tail()}`)));
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`${this.name} did not print ${pattern} within ${timeoutMs} ms\n${this.tail()}`))), timeoutMs);
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        settle();
      };
      this.listeners.add(check);
      check();
    });
  }

  /** Sends `signal` and waits for the exit; SIGKILLs it if SIGTERM does not end it in time. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM', timeoutMs = 10_000): Promise<Exit> {
    if (this.exit) return this.exit;
    this.child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), timeoutMs);
    });
    const result = await Promise.race([this.exited, late]);
    clearTimeout(timer);
    if (result !== 'late') return result;
    this.append('stderr', `[test] ${this.name} did not exit within ${timeoutMs} ms of ${signal}: SIGKILL\n`);
    this.child.kill('SIGKILL');
    return this.exited;
  }

  /** A crash: SIGKILL, no chance to clean up. */
  kill(): Promise<Exit> {
    return this.stop('SIGKILL');
  }

  /** For process.on('exit'): the last resort when the test runner goes away. */
  killNow(): void {
    if (this.exit === null) this.child.kill('SIGKILL');
  }

  /** The end of the output, labelled, for failure messages. */
  tail(chars = 6000): string {
    const text = this.output.length > chars ? `…${this.output.slice(-chars)}` : this.output;
    const state = this.exit ? `exited, ${describeExit(this.exit)}` : `running, pid ${this.pid}`;
    return `----- ${this.name} (${state}) -----\n${text || '(no output)'}\n`;
  }

  private append(stream: 'stdout' | 'stderr', chunk: string): void {
    this[stream] += chunk;
    this.output += chunk;
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

function describeExit(exit: Exit): string {
  return exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: string;
  eventBus: 'in-process' | 'connected' | 'disconnected';
  liveConnections: number;
  liveSubscribers: number;
}

/** `node dist/main.js` with `env`, listening on `url` (the GraphQL endpoint). */
export class ServerProcess extends ManagedProcess {
  url = '';

  /** The server's origin, e.g. http://127.0.0.1:41234. */
  get origin(): string {
    return new URL(this.url).origin;
  }

  async health(): Promise<HealthReport> {
    const response = await fetch(`${this.origin}/health`);
    if (!response.ok) throw new Error(`GET /health of ${this.name} answered ${response.status}`);
    return (await response.json()) as HealthReport;
  }

  /** Polls /health until `done` holds; fails with the last report and the output. */
  async waitForHealth(done: (health: HealthReport) => boolean, timeoutMs: number, what = 'its /health to change'): Promise<HealthReport> {
    const deadline = Date.now() + timeoutMs;
    let last: HealthReport | string = 'no answer yet';
    for (;;) {
      try {
        const health = await this.health();
        if (done(health)) return health;
        last = health;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      if (Date.now() > deadline) {
        throw new Error(`${this.name}: timed out after ${timeoutMs} ms waiting for ${what}; last /health: ${JSON.stringify(last)}\n${this.tail()}`);
      }
      if (this.exit) throw new Error(`${this.name} exited while waiting for ${what}\n${this.tail()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Resolves once this instance feeds `count` live subscribers: call before making changes. */
  waitForSubscribers(count: number, timeoutMs = 5000): Promise<HealthReport> {
    return this.waitForHealth((health) => health.liveSubscribers >= count, timeoutMs, `${count} live subscribers`);
  }
}

/** Everything started through it, so that it can all be stopped, and shown when a test fails. */
export class ProcessGroup {
  private processes: ManagedProcess[] = [];
  private readonly onExit = () => {
    for (const child of this.processes) child.killNow();
  };

  constructor() {
    // If the test runner itself goes away, leave no server or redis-server behind.
    process.on('exit', this.onExit);
  }

  /**
   * Spawns `node dist/main.js` (build it first: buildServer) with exactly `env` (plus PATH) and
   * waits for "Dealflow API on <url>"; with PORT=0 the server picks a free port.
   */
  async startServer(name: string, env: Record<string, string>, timeoutMs = 20_000): Promise<ServerProcess> {
    const server = this.track(new ServerProcess(name, process.execPath, ['dist/main.js'], {
      cwd: SERVER_DIR,
      env: { PATH: process.env.PATH ?? '', ...env },
    }));
    const [, url] = (await server.waitForOutput(/Dealflow API on (http:\/\/\S+\/graphql)/, timeoutMs))!;
    // The server prints `localhost`; its HOST may be an IPv4 address only.
    server.url = url!.replace('//localhost:', '//127.0.0.1:');
    return server;
  }

  /** A throw-away redis-server on `port`: nothing written to disk, ready to accept connections. */
  async startRedis(name: string, port: number, timeoutMs = 10_000): Promise<ManagedProcess> {
    const redis = this.track(new ManagedProcess(name, 'redis-server', [
      '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no',
    ]));
    await redis.waitForOutput(/Ready to accept connections/, timeoutMs);
    return redis;
  }

  /** Stops whatever still runs: SIGTERM (graceful), SIGKILL if it hangs. */
  async stopAll(): Promise<void> {
    await Promise.all(this.processes.map((child) => child.stop('SIGTERM')));
  }

  /** Forgets what has stopped (call between tests, after stopAll). */
  clear(): void {
    this.processes = this.processes.filter((child) => child.running);
  }

  /** The output of everything started since the last clear(), for a failure message. */
  report(): string {
    return this.processes.map((child) => child.tail()).join('\n');
  }

  /** Stops everything and stops watching for the runner's exit. */
  async dispose(): Promise<void> {
    await this.stopAll();
    process.off('exit', this.onExit);
  }

  private track<T extends ManagedProcess>(child: T): T {
    this.processes.push(child);
    return child;
  }
}
