import { In, IsNull, type EntityManager } from 'typeorm';
import { describe, type Logger } from '../common/log';
import type { Database } from '../database/database';
import { OutboxEvent } from './outbox-event.entity';

/**
 * Something that must see every outbox event at least once: the live bus, the plugin run
 * queue, webhooks later. A consumer may see an event again after a crash, so it must be
 * idempotent (the live feeds skip cursors they have passed).
 */
export interface OutboxConsumer {
  readonly name: string;
  /** `manager` is the dispatcher's transaction: what a consumer writes commits with the claim. */
  deliver(events: OutboxEvent[], manager: EntityManager): Promise<void>;
  /** Called once what `deliver` wrote has committed (a worker may start on it now). */
  committed?(): void;
}

export interface DispatcherOptions {
  batchSize: number;
  /** How often to look for events left behind (by a crashed instance) when nothing wakes it. */
  pollMs: number;
}

/**
 * Moves committed outbox events to their consumers, in every server instance at once.
 *
 * A pass claims a batch of undelivered events inside a transaction, hands them to every
 * consumer, marks them dispatched and commits. On MySQL/MariaDB the claim is
 * `SELECT … FOR UPDATE SKIP LOCKED`: instances take different batches instead of waiting for
 * each other. SQLite has one connection and one writer, so a plain read inside the
 * (queued) transaction claims just as safely. A crash before the commit leaves the events
 * unmarked, and the next pass of any instance delivers them again: at least once.
 *
 * This is the one reader that crosses tenants, and it only moves each event to its own
 * tenant's consumers.
 */
export class OutboxDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(
    private readonly database: Database,
    private readonly consumers: OutboxConsumer[],
    private readonly log: Logger,
    private readonly options: DispatcherOptions,
  ) {
    database.onEventsCommitted(() => this.wake());
  }

  start(): void {
    this.stopped = false;
    this.wake();
  }

  /** Dispatches now (coalesced: a wake during a pass makes one more pass). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.stopped) return;
      if (this.again) {
        this.again = false;
        this.wake();
      } else {
        this.timer = setTimeout(() => this.wake(), this.options.pollMs);
      }
    });
  }

  /** Stops after the pass under way, then dispatches what in-flight commands committed meanwhile. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    await this.drain();
  }

  /** Passes until nothing is waiting; a failed pass is logged and retried on the next poll. */
  private async drain(): Promise<void> {
    try {
      let moved: number;
      do {
        moved = await this.pass();
        if (moved > 0) for (const consumer of this.consumers) consumer.committed?.();
      } while (moved === this.options.batchSize);
    } catch (error) {
      this.log.error('Dispatching outbox events failed; retrying shortly', describe(error));
    }
  }

  /** One batch: claim, deliver to every consumer, mark. Returns how many events it moved. */
  private pass(): Promise<number> {
    return this.database.transaction(async (manager) => {
      const events = await this.claim(manager);
      if (events.length === 0) return 0;
      events.sort((a, b) => (a.tenantId === b.tenantId ? a.sequence - b.sequence : a.tenantId < b.tenantId ? -1 : 1));
      for (const consumer of this.consumers) await consumer.deliver(events, manager);
      await manager.update(OutboxEvent, { tenantId: In(unique(events.map((e) => e.tenantId))), id: In(events.map((e) => e.id)) }, { dispatchedAt: new Date() });
      return events.length;
    });
  }

  private claim(manager: EntityManager): Promise<OutboxEvent[]> {
    const query = manager.createQueryBuilder(OutboxEvent, 'e')
      .where({ dispatchedAt: IsNull() })
      // Index order (dispatched_at, occurred_at): a filesort would read, and lock, every
      // waiting row, leaving nothing for the other instances to take.
      .orderBy('e.occurredAt', 'ASC')
      .limit(this.options.batchSize);
    if (!this.database.isSqlite) query.setLock('pessimistic_write').setOnLocked('skip_locked');
    return query.getMany();
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
