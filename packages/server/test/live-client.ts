import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphqlError } from './harness';

/**
 * A graphql-ws client as a browser would use it, for tests: subscriptions record what they
 * receive, and tests wait for a number of events instead of sleeping.
 */
export class LiveClient {
  readonly client: Client;
  /** How the socket closed, once it has. */
  closed: { code: number; reason: string } | null = null;
  private closeWaiters: Array<() => void> = [];

  constructor(httpUrl: string, token: string | null) {
    this.client = createClient({
      url: httpUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: true,
      on: {
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: string | Buffer };
          this.closed = { code, reason: String(reason) };
          for (const wake of this.closeWaiters.splice(0)) wake();
        },
      },
    });
  }

  subscribe(query: string, variables: Record<string, unknown> = {}): LiveSubscription {
    return new LiveSubscription(this.client, query, variables);
  }

  async waitForClose(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    if (!this.closed) {
      await withTimeout(new Promise<void>((resolve) => this.closeWaiters.push(resolve)), timeoutMs, 'the socket to close');
    }
    return this.closed!;
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

export class LiveSubscription {
  /** The payload of every `next`, in arrival order (the subscription field's value). */
  readonly events: any[] = [];
  errors: GraphqlError[] | null = null;
  completed = false;
  private readonly dispose: () => void;
  constructor(client: Client, query: string, variables: Record<string, unknown>) {
    this.dispose = client.subscribe<Record<string, unknown>>({ query, variables }, {
      next: (result) => {
        if (result.errors) this.errors = result.errors as unknown as GraphqlError[];
        else if (result.data) this.events.push(Object.values(result.data)[0]);
      },
      error: (error) => {
        this.errors = Array.isArray(error) ? (error as GraphqlError[]) : [{ message: String((error as { reason?: string }).reason ?? error) }];
      },
      complete: () => {
        this.completed = true;
      },
    });
  }

  /** Resolves once `count` events have arrived; fails with what did arrive otherwise. */
  async waitFor(count: number, timeoutMs = 5000): Promise<any[]> {
    await this.until(() => this.events.length >= count || this.errors !== null, timeoutMs, `${count} events (got ${this.events.length})`);
    if (this.errors && this.events.length < count) throw new Error(`Subscription failed: ${JSON.stringify(this.errors)}`);
    return this.events;
  }

  /** The errors of a subscription expected to be refused. */
  async refusal(timeoutMs = 5000): Promise<GraphqlError> {
    await this.until(() => this.errors !== null, timeoutMs, 'an error');
    return this.errors![0]!;
  }

  /** Resolves when the server is feeding the subscription: call before making changes. */
  async ready(live: { hub: { stats(): { subscribers: number } } }, subscribers: number, timeoutMs = 5000): Promise<void> {
    await this.until(() => live.hub.stats().subscribers >= subscribers, timeoutMs, `${subscribers} subscribers on the server`);
  }

  stop(): void {
    this.dispose();
  }

  private async until(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]);
}

/** Opens a raw graphql-transport-ws socket, sends connection_init, and reports how it closed (or that it was acknowledged). */
export function rawConnect(httpUrl: string, payload: Record<string, unknown>): Promise<{ acknowledged: boolean; code?: number; reason?: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(httpUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') {
        resolve({ acknowledged: true });
        socket.close();
      }
    });
    socket.on('close', (code, reason) => resolve({ acknowledged: false, code, reason: reason.toString() }));
    socket.on('error', reject);
  });
}
