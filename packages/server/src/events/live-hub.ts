import type { Logger } from '../common/log';
import type { Database } from '../database/database';
import { TenantScope } from '../tenancy/tenant-scope';
import { groupByTenant, type EventBus } from './event-bus';
import { readAll, readTopic, retainedFloor, topicKey, topicKeysOf, type Topic } from './event-feed';
import { EventQueue } from './event-queue';
import { canSee, type Viewer } from './event-visibility';
import { OutboxEvent } from './outbox-event.entity';

/** Sent instead of a gap the server cannot fill: reload the view, then carry on. */
export const RELOAD_REQUIRED = 'ReloadRequired';

export interface LiveHubOptions {
  /** Events a subscriber may leave unread before it is dropped. */
  maxQueued: number;
  /** Events a reconnecting subscriber is replayed at most; further behind, it must reload. */
  maxCatchUp: number;
}

const READ_PAGE = 500;

/**
 * This instance's live subscribers and the events they receive.
 *
 * Per tenant with subscribers here, a feed keeps `cursor`, the last event this instance passed
 * on. Tenant cursors have no gaps (TenantScope.nextEventSequence), so an event arriving with a
 * cursor further ahead means some were missed (another instance dispatched them first, or the
 * bus was away): the feed reads them from the outbox before going on. Every subscriber thus
 * receives each event once, in cursor order, whichever instance the change was made on.
 * A feed does its work one step at a time, so reads and deliveries never interleave.
 */
export class LiveHub {
  private readonly feeds = new Map<string, TenantFeed>();

  constructor(
    private readonly database: Database,
    private readonly bus: EventBus,
    private readonly log: Logger,
    private readonly options: LiveHubOptions,
  ) {
    bus.onEvents((events) => this.receive(events));
    bus.onRecovered(() => void this.resync());
  }

  /**
   * A subscriber to `topic`, starting now, or after `after` when reconnecting: missed events
   * come first, then live ones, none twice.
   */
  async subscribe(tenantId: string, viewer: Viewer, topic: Topic, after: number | null): Promise<AsyncIterableIterator<OutboxEvent>> {
    const feed = this.feedOf(tenantId);
    const subscriber = new Subscriber(topicKey(topic), viewer, new EventQueue(this.options.maxQueued, () => this.leave(feed, subscriber)));
    feed.joining++;
    try {
      await feed.step(async () => {
        await this.prepare(feed);
        if (after !== null) await this.replay(feed, subscriber, topic, after);
        subscriber.lastSequence = Math.max(subscriber.lastSequence, feed.cursor);
        feed.add(subscriber);
      });
    } finally {
      feed.joining--;
    }
    return subscriber.queue;
  }

  /** Events from the bus: each goes to the feed of its tenant, if this instance has one. */
  receive(events: OutboxEvent[]): void {
    for (const [tenantId, ofTenant] of groupByTenant(events)) {
      const feed = this.feeds.get(tenantId);
      if (!feed) continue;
      feed.step(() => this.apply(feed, ofTenant)).catch((error: unknown) => this.log.error(`Live feed of tenant ${tenantId} failed`, error));
    }
  }

  /** Every feed reads what the outbox has after its cursor (after a bus outage, or as a safety net). */
  async resync(): Promise<void> {
    await Promise.all([...this.feeds.values()].map((feed) =>
      feed.step(() => this.readMissed(feed)).catch((error: unknown) => this.log.error(`Live feed of tenant ${feed.tenantId} could not catch up`, error))));
  }

  /** Subscribers and tenants on this instance, for /health and the benchmark. */
  stats(): { tenants: number; subscribers: number } {
    let subscribers = 0;
    for (const feed of this.feeds.values()) subscribers += feed.size;
    return { tenants: this.feeds.size, subscribers };
  }

  private feedOf(tenantId: string): TenantFeed {
    let feed = this.feeds.get(tenantId);
    if (!feed) {
      feed = new TenantFeed(tenantId);
      this.feeds.set(tenantId, feed);
    }
    return feed;
  }

  /** First use of a feed: listen to the tenant's events, then start from its current cursor. */
  private async prepare(feed: TenantFeed): Promise<void> {
    if (feed.ready) return;
    await this.bus.watch(feed.tenantId);
    feed.cursor = (await this.read((scope) => scope.tenant(), feed.tenantId)).eventSequence;
    feed.ready = true;
  }

  private async apply(feed: TenantFeed, events: OutboxEvent[]): Promise<void> {
    if (!feed.ready) return; // its first step has not run yet; it reads the cursor after these
    for (const event of [...events].sort((a, b) => a.sequence - b.sequence)) {
      if (event.sequence <= feed.cursor) continue;
      if (event.sequence > feed.cursor + 1) await this.readMissed(feed);
      feed.deliver(event);
    }
  }

  private async readMissed(feed: TenantFeed): Promise<void> {
    if (!feed.ready) return;
    for (;;) {
      const missed = await this.read((scope) => readAll(scope, feed.cursor, READ_PAGE), feed.tenantId);
      for (const event of missed) feed.deliver(event);
      if (missed.length < READ_PAGE) return;
    }
  }

  /** A reconnecting subscriber's missed events, or a reload marker when they are too many or gone. */
  private async replay(feed: TenantFeed, subscriber: Subscriber, topic: Topic, after: number): Promise<void> {
    const limit = this.options.maxCatchUp;
    const { floor, latest, missed } = await this.read(async (scope) => ({
      floor: await retainedFloor(scope),
      // The feed may trail the database by events not dispatched yet; a cursor up to the
      // database's is genuine (read from a board just loaded), beyond it is not.
      latest: (await scope.tenant()).eventSequence,
      missed: await readTopic(scope, topic, subscriber.viewer, after, limit + 1),
    }), feed.tenantId);
    if (after < floor || after > latest || missed.length > limit) {
      subscriber.queue.push(reloadMarker(feed, topic));
      return;
    }
    subscriber.lastSequence = after;
    for (const event of missed) subscriber.offer(event);
  }

  private leave(feed: TenantFeed, subscriber: Subscriber): void {
    feed.step(async () => {
      feed.remove(subscriber);
      if (feed.size > 0 || feed.joining > 0 || this.feeds.get(feed.tenantId) !== feed) return;
      this.feeds.delete(feed.tenantId);
      await this.bus.unwatch(feed.tenantId);
    }).catch((error: unknown) => this.log.error('Could not stop following a tenant', error));
  }

  /** Reads one tenant's rows; through the database's read path so SQLite never sees uncommitted rows. */
  private read<T>(work: (scope: TenantScope) => Promise<T>, tenantId: string): Promise<T> {
    return this.database.read((manager) => work(new TenantScope(manager, tenantId, null)));
  }
}

class Subscriber {
  /** The last cursor this subscriber was offered: anything at or before it is not sent again. */
  lastSequence = 0;

  constructor(
    readonly key: string,
    readonly viewer: Viewer,
    readonly queue: EventQueue<OutboxEvent>,
  ) {}

  offer(event: OutboxEvent): void {
    if (event.sequence <= this.lastSequence) return;
    this.lastSequence = event.sequence;
    if (canSee(this.viewer, event)) this.queue.push(event);
  }
}

class TenantFeed {
  cursor = 0;
  ready = false;
  /** Subscribers on their way in: the feed must not be dropped under them. */
  joining = 0;
  size = 0;
  private readonly topics = new Map<string, Set<Subscriber>>();
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly tenantId: string) {}

  /** Runs `work` after everything queued before it. */
  step(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  add(subscriber: Subscriber): void {
    const group = this.topics.get(subscriber.key) ?? new Set();
    group.add(subscriber);
    this.topics.set(subscriber.key, group);
    this.size++;
  }

  remove(subscriber: Subscriber): void {
    const group = this.topics.get(subscriber.key);
    if (!group?.delete(subscriber)) return;
    this.size--;
    if (group.size === 0) this.topics.delete(subscriber.key);
  }

  deliver(event: OutboxEvent): void {
    if (event.sequence <= this.cursor) return;
    this.cursor = event.sequence;
    for (const key of topicKeysOf(event)) {
      const group = this.topics.get(key);
      if (group) for (const subscriber of group) subscriber.offer(event);
    }
  }
}

function reloadMarker(feed: TenantFeed, topic: Topic): OutboxEvent {
  const now = new Date();
  return Object.assign(new OutboxEvent(), {
    tenantId: feed.tenantId,
    id: '',
    sequence: feed.cursor,
    type: RELOAD_REQUIRED,
    subjectId: topic.kind === 'pipeline' ? topic.pipelineId : topic.kind === 'deal' ? topic.dealId : topic.userId,
    pipelineId: topic.kind === 'pipeline' ? topic.pipelineId : null,
    dealId: topic.kind === 'deal' ? topic.dealId : null,
    ownerId: '',
    formerOwnerId: null,
    actorId: null,
    occurredAt: now,
    payload: '{}',
    dispatchedAt: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
}
