import type { RequestContext } from '../../tenancy/request-context';
import { AuditEntry } from './audit-entry.entity';

/** Records a manual override in the caller's transaction: it stands or falls with the change. */
export function recordOverride(
  ctx: RequestContext,
  entity: { type: string; id: string },
  action: string,
  change: { before: object | null; after: object | null; reason?: string | null },
): Promise<AuditEntry> {
  return ctx.data.repo(AuditEntry).insert({
    entityType: entity.type,
    entityId: entity.id,
    action,
    reason: change.reason ?? null,
    before: change.before,
    after: change.after,
    actorId: ctx.userId,
    at: new Date(),
  });
}

/** The overrides of one record, oldest first. */
export function overridesOf(ctx: RequestContext, entityType: string, entityId: string): Promise<AuditEntry[]> {
  return ctx.data.repo(AuditEntry).find({ where: { entityType, entityId }, order: { at: 'ASC', id: 'ASC' } });
}
