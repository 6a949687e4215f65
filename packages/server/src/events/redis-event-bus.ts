import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe, type Logger } from '../common/log';
import type { BusStatus, EventBus } from './event-bus';
import { OutboxEvent } from './outbox-event.entity';

const CHANNEL_PREFIX = 'dealflow:events:';
/** Reconnect quickly at first, then every 2 s, forever: the instance serves on meanwhile. */
const retryStrategy = (attempt: number) => Math.min(attempt * 100, 2000);

/**
 * Fan-out between server instances over Redis pub/sub, one channel per tenant. An instance
 * subscribes to the channels of the tenants it has live subscribers for, so a tenant's events
 * reach only the instances that need them.
 *
 * Redis is an accelerator, not a store: when it is away, publishing still reaches this
 * instance's own feeds, the outage is logged once and shown on /health, and when it returns
 * every feed re-reads from the outbox what it may have missed (`onRecovered`).
 */
export class RedisEventBus implements EventBus {
  /** Tells this instance's own messages apart; they were delivered locally already. */
  private readonly origin = randomUUID();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly watched = new Set<string>();
  private listener: (events: OutboxEvent[]) => void = () => {};
  private recoveredListeners: Array<() => void> = [];
  private healthy = true;
  private closing = false;

  constructor(url: string, private readonly log: Logger) {
    // No offline queue: a publish during an outage fails at once instead of piling up.
    const options = { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy, autoResubscribe: false };
    this.publisher = new Redis(url, { ...options, connectionName: 'dealflow-publish' });
    this.subscriber = new Redis(url, { ...options, connectionName: 'dealflow-subscribe' });
    for (const connection of [this.publisher, this.subscriber]) {
      connection.on('error', (error: unknown) => this.markDown(error));
      connection.on('close', () => this.markDown('connection closed'));
      connection.on('ready', () => void this.markUpIfBothReady());
    }
    this.subscriber.on('messageBuffer', (_channel: Buffer, message: Buffer) => this.receive(message));
  }

  /** Waits until both connections are up, or throws after `timeoutMs` (only used at start). */
  async ready(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.status() !== 'connected') {
      if (Date.now() > deadline) throw new Error(`Redis did not answer within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async publish(events: OutboxEvent[]): Promise<void> {
    this.listener(events);
    if (this.status() !== 'connected') return;
    try {
      await Promise.all([...groupByTenant(events)].map(([tenantId, ofTenant]) =>
        this.publisher.publish(CHANNEL_PREFIX + tenantId, JSON.stringify({ origin: this.origin, events: ofTenant }))));
    } catch (error) {
      // The other instances will read these from the outbox when the bus is back.
      this.markDown(error);
    }
  }

  onEvents(listener: (events: OutboxEvent[]) => void): void {
    this.listener = listener;
  }

  onRecovered(listener: () => void): void {
    this.recoveredListeners.push(listener);
  }

  async watch(tenantId: string): Promise<void> {
    this.watched.add(tenantId);
    if (this.subscriber.status !== 'ready') return; // subscribed on reconnect
    try {
      await this.subscriber.subscribe(CHANNEL_PREFIX + tenantId);
    } catch (error) {
      this.markDown(error);
    }
  }

  async unwatch(tenantId: string): Promise<void> {
    this.watched.delete(tenantId);
    if (this.subscriber.status !== 'ready') return;
    await this.subscriber.unsubscribe(CHANNEL_PREFIX + tenantId).catch((error: unknown) => this.markDown(error));
  }

  status(): BusStatus {
    return this.publisher.status === 'ready' && this.subscriber.status === 'ready' ? 'connected' : 'disconnected';
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([this.publisher, this.subscriber].map((connection) =>
      connection.status === 'ready' ? connection.quit().then(() => undefined, () => connection.disconnect()) : connection.disconnect()));
  }

  private receive(message: Buffer): void {
    let parsed: { origin: string; events: Array<Record<string, unknown>> };
    try {
      parsed = JSON.parse(message.toString('utf8')) as typeof parsed;
    } catch {
      this.log.warn('Ignored a message on the event bus that is not JSON');
      return;
    }
    if (parsed.origin === this.origin) return;
    this.listener(parsed.events.map(reviveEvent));
  }

  private markDown(error: unknown): void {
    if (this.closing || !this.healthy) return;
    this.healthy = false;
    this.log.warn(`Redis is unavailable (${describe(error)}): live events from other instances will arrive by reading the database until it is back`);
  }

  private async markUpIfBothReady(): Promise<void> {
    if (this.status() !== 'connected') return;
    if (this.watched.size > 0) {
      await this.subscriber.subscribe(...[...this.watched].map((tenantId) => CHANNEL_PREFIX + tenantId)).catch((error: unknown) => this.markDown(error));
    }
    if (this.healthy) return;
    this.healthy = true;
    this.log.info('Redis is back: live events flow between instances again');
    for (const listener of this.recoveredListeners) listener();
  }
}

function groupByTenant(events: OutboxEvent[]): Map<string, OutboxEvent[]> {
  const groups = new Map<string, OutboxEvent[]>();
  for (const event of events) {
    const group = groups.get(event.tenantId) ?? [];
    group.push(event);
    groups.set(event.tenantId, group);
  }
  return groups;
}

/** An event as JSON.stringify wrote it, back to an entity with real dates. */
function reviveEvent(raw: Record<string, unknown>): OutboxEvent {
  const event = Object.assign(new OutboxEvent(), raw);
  for (const key of ['occurredAt', 'createdAt', 'updatedAt', 'dispatchedAt'] as const) {
    const value = raw[key];
    (event as unknown as Record<string, Date | null>)[key] = typeof value === 'string' ? new Date(value) : null;
  }
  return event;
}
