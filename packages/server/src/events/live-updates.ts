import { createLogger } from '../common/log';
import type { Config } from '../config';
import type { Database } from '../database/database';
import { pruneOldEvents } from '../jobs/event-retention';
import { sendDueTaskNotices } from '../jobs/due-task-notices';
import { PeriodicJob } from '../jobs/periodic-job';
import type { ActivityService } from '../modules/activities/activity.service';
import { InProcessEventBus, type EventBus } from './event-bus';
import { LiveHub } from './live-hub';
import { OutboxDispatcher, type OutboxConsumer } from './outbox-dispatcher';
import { RedisEventBus } from './redis-event-bus';

const RESYNC_TICK_MS = 1000;
/** With a healthy bus, feeds still re-read the outbox this often, in case a message was lost. */
const RESYNC_HEALTHY_MS = 30_000;
const RETENTION_EVERY_MS = 3600_000;
const BUS_CONNECT_WAIT_MS = 5000;

/**
 * Everything that turns committed outbox events into live updates in this instance: the bus
 * (in-process, or Redis when REDIS_URL is set), the live hub, the dispatcher, and the jobs
 * that keep them honest (re-reading after an outage, due-task notices, pruning old events).
 */
export class LiveUpdates {
  readonly bus: EventBus;
  readonly hub: LiveHub;
  readonly dispatcher: OutboxDispatcher;
  readonly taskNotices: PeriodicJob;
  private readonly jobs: PeriodicJob[];
  private readonly dispatchEnabled: boolean;
  private lastResync = Date.now();

  constructor(database: Database, config: Config, activities: ActivityService, consumers: OutboxConsumer[] = []) {
    const logger = (component: string) => createLogger(component, config.logLevel);
    this.bus = config.redisUrl ? new RedisEventBus(config.redisUrl, logger('redis')) : new InProcessEventBus();
    this.hub = new LiveHub(database, this.bus, logger('live'), { maxQueued: config.live.maxQueuedPerSubscriber, maxCatchUp: 500 });
    const live: OutboxConsumer = { name: 'live', deliver: (events) => this.bus.publish(events) };
    this.dispatcher = new OutboxDispatcher(database, [live, ...consumers], logger('outbox'), {
      batchSize: 200,
      pollMs: config.live.dispatchPollMs,
    });
    this.taskNotices = new PeriodicJob('Due task notices', config.live.taskNoticeIntervalMs, () => sendDueTaskNotices(database, activities), logger('jobs'));
    this.jobs = [
      this.taskNotices,
      new PeriodicJob('Live resync', RESYNC_TICK_MS, () => this.resyncWhenDue(), logger('live')),
      new PeriodicJob('Event retention', RETENTION_EVERY_MS, () => pruneOldEvents(database, config.live.eventRetentionDays), logger('jobs')),
    ];
    this.dispatchEnabled = config.live.dispatch;
  }

  /**
   * Starts dispatching once the bus is connected (a few seconds at most: without Redis the
   * instance serves on, and the others re-read its events when it connects).
   */
  async start(): Promise<void> {
    if (this.bus instanceof RedisEventBus) await this.bus.ready(BUS_CONNECT_WAIT_MS);
    if (this.dispatchEnabled) this.dispatcher.start();
    for (const job of this.jobs) job.start();
  }

  /** Finishes the work under way (and dispatches what it committed), then disconnects the bus. */
  async stop(): Promise<void> {
    await Promise.all(this.jobs.map((job) => job.stop()));
    await this.dispatcher.stop();
    await this.bus.close();
  }

  /** While the shared bus is down, feeds read the outbox every second; otherwise now and then. */
  private async resyncWhenDue(): Promise<void> {
    const now = Date.now();
    if (this.bus.status() !== 'disconnected' && now - this.lastResync < RESYNC_HEALTHY_MS) return;
    this.lastResync = now;
    await this.hub.resync();
  }

  /** For /health. */
  status(): { bus: string; subscribers: number } {
    return { bus: this.bus.status(), subscribers: this.hub.stats().subscribers };
  }
}
