import type { Database } from '../database/database';
import { DealRegistration, RegistrationStatus } from '../modules/partners/deal-registration.entity';
import type { DealRegistrationService } from '../modules/partners/deal-registration.service';
import { RequestContext } from '../tenancy/request-context';

/** Registrations wait days for a decision, so a few runs an hour mark them soon enough. */
export const REGISTRATION_EXPIRY_EVERY_MS = 15 * 60_000;
const BATCH = 200;

/**
 * Finds the tenants with pending deal registrations past their expiry (across tenants) and marks
 * those registrations EXPIRED, inside each tenant's own transaction. Deciding one already treats
 * it as expired; this writes it down for lists and reports. Returns how many were marked.
 */
export async function expireDealRegistrations(database: Database, registrations: DealRegistrationService, now = new Date()): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await database.read((manager) => manager.createQueryBuilder(DealRegistration, 'r')
      .select('DISTINCT r.tenantId', 'tenantId')
      .where('r.status = :pending AND r.expiresAt <= :now', { pending: RegistrationStatus.PENDING, now })
      .limit(BATCH)
      .getRawMany<{ tenantId: string }>());
    for (const { tenantId } of due) {
      expired += await database.transaction((manager) => registrations.expireDue(RequestContext.forJob(manager, tenantId), now));
    }
    if (due.length < BATCH) return expired;
  }
}
