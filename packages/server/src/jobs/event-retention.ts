import { In, IsNull, LessThan, Not } from 'typeorm';
import type { Database } from '../database/database';
import { OutboxEvent } from '../events/outbox-event.entity';

const BATCH = 5000;

/**
 * Deletes dispatched outbox events older than the retention period, a batch at a time so no
 * statement holds locks for long. A client whose cursor is older than what is kept is told to
 * reload (see `retainedFloor`). Returns how many events were deleted.
 */
export async function pruneOldEvents(database: Database, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 3600 * 1000);
  let deleted = 0;
  for (;;) {
    const batch = await database.transaction(async (manager) => {
      const old = await manager.find(OutboxEvent, {
        select: { tenantId: true, id: true },
        where: { dispatchedAt: Not(IsNull()), occurredAt: LessThan(cutoff) },
        order: { occurredAt: 'ASC' },
        take: BATCH,
      });
      if (old.length > 0) {
        await manager.delete(OutboxEvent, { tenantId: In([...new Set(old.map((e) => e.tenantId))]), id: In(old.map((e) => e.id)) });
      }
      return old.length;
    });
    deleted += batch;
    if (batch < BATCH) return deleted;
  }
}
