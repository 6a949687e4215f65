import type { OutboxEvent } from './outbox-event.entity';

/**
 * How dispatched events reach the live feeds of every server instance. The database stays the
 * truth: a bus only makes delivery fast, and a feed that notices a gap (or a bus that was
 * away) reads what it missed from the outbox (see live-hub.ts).
 */
export interface EventBus {
  /** Hands events to this instance's feeds and, for a shared bus, to the other instances. */
  publish(events: OutboxEvent[]): Promise<void>;
  /** Where received events go; set once by the live hub. */
  onEvents(listener: (events: OutboxEvent[]) => void): void;
  /** Called after an outage, once the bus delivers again: feeds re-read what they missed. */
  onRecovered(listener: () => void): void;
  /** Start receiving a tenant's events from other instances (the hub has subscribers there). */
  watch(tenantId: string): Promise<void>;
  unwatch(tenantId: string): Promise<void>;
  /** For /health: `in-process`, or the shared bus's connection state. */
  status(): BusStatus;
  close(): Promise<void>;
}

export type BusStatus = 'in-process' | 'connected' | 'disconnected';

/** The default: one server instance, so publishing is handing over in memory. */
export class InProcessEventBus implements EventBus {
  private listener: (events: OutboxEvent[]) => void = () => {};

  publish(events: OutboxEvent[]): Promise<void> {
    this.listener(events);
    return Promise.resolve();
  }

  onEvents(listener: (events: OutboxEvent[]) => void): void {
    this.listener = listener;
  }

  onRecovered(): void {}

  watch(): Promise<void> {
    return Promise.resolve();
  }

  unwatch(): Promise<void> {
    return Promise.resolve();
  }

  status(): BusStatus {
    return 'in-process';
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** Events split by tenant, each group in its original order. */
export function groupByTenant(events: readonly OutboxEvent[]): Map<string, OutboxEvent[]> {
  const groups = new Map<string, OutboxEvent[]>();
  for (const event of events) {
    const group = groups.get(event.tenantId) ?? [];
    group.push(event);
    groups.set(event.tenantId, group);
  }
  return groups;
}
