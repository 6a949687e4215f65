import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe, type Logger } from '../common/log';
import { groupByTenant, type BusStatus, type EventBus } from './event-bus';
import { OutboxEvent } from './outbox-event.entity';

const CHANNEL_PREFIX = 'dealflow:events:';
/**
 * An instance that (re)connects says so here: whatever it dispatched while it could not reach
 * Redis went to its own subscribers only, so every other instance re-reads the outbox.
 */
const RESYNC_CHANNEL = 'dealflow:resync';
/** Reconnect quickly at first, then every 2 s, forever: the instance serves on meanwhile. */
const retryStrategy = (attempt: number) => Math.min(attempt * 100, 2000);

/**
 * Fan-out between server instances over Redis pub/sub, one channel per tenant. An instance
 * subscribes to the channels of the tenants it has live subscribers for, so a tenant's events
 * reach only the instances that need them.
 *
 * Redis is an accelerator, not a store: when it is away, publishing still reaches this
 * instance's own feeds, the outage is logged once and shown on /health, and when it returns
 * every feed re-reads from the outbox what it may have missed (`onRecovered`), on this
 * instance and, through RESYNC_CHANNEL, on every other.
 */
export class RedisEventBus implements EventBus {
  /** Tells this instance's own messages apart; they were delivered locally already. */
  private readonly origin = randomUUID();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly watched = new Set<string>();
  private listener: (events: OutboxEvent[]) => void = () => {};
  private recoveredListeners: Array<() => void> = [];
  /** `connecting` until both connections are up the first time. */
  private state: 'connecting' | 'up' | 'down' = 'connecting';
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
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      if (channel.toString() === RESYNC_CHANNEL) this.receiveResync(message.toString());
      else this.receive(message);
    });
  }

  /** Waits until both connections are up; false if they are not within `timeoutMs`. */
  async ready(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.state !== 'up') {
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return true;
  }

  async publish(events: OutboxEvent[]): Promise<void> {
    this.listener(events);
    if (this.state !== 'up') return; // the others re-read these when this instance reconnects
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

  private receiveResync(origin: string): void {
    if (origin === this.origin) return;
    for (const listener of this.recoveredListeners) listener();
  }

  private markDown(error: unknown): void {
    if (this.closing || this.state === 'down') return;
    this.state = 'down';
    this.log.warn(`Redis is unavailable (${describe(error)}): live events from other instances will arrive by reading the database until it is back`);
  }

  /** Both connections up: subscribe again, then have every instance re-read what it may have missed. */
  private async markUpIfBothReady(): Promise<void> {
    if (this.status() !== 'connected' || this.state === 'up') return;
    try {
      await this.subscriber.subscribe(RESYNC_CHANNEL, ...[...this.watched].map((tenantId) => CHANNEL_PREFIX + tenantId));
      await this.publisher.publish(RESYNC_CHANNEL, this.origin);
    } catch (error) {
      this.markDown(error);
      return;
    }
    const recovering = this.state === 'down';
    this.state = 'up';
    this.log.info(recovering ? 'Redis is back: live events flow between instances again' : 'Connected to Redis');
    for (const listener of this.recoveredListeners) listener();
  }
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
