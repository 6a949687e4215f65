import { In, LessThanOrEqual } from 'typeorm';
import { paginate, SortDirection, type Connection, type PageArgs } from '../../graphql/connection';
import { ConflictError, UserInputError } from '../../graphql/errors';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { Partner } from '../partners/partner.entity';
import { LedgerEntry, LedgerEntryStatus } from './ledger-entry.entity';
import type { LedgerEntryFilter } from './ledger.inputs';

const MAX_BULK = 500;

/**
 * Reading the ledger and moving entries along pending → approved. Entries are written only by
 * LedgerWriter (from plugin runs); nothing here changes an amount.
 */
export class LedgerService {
  list(ctx: RequestContext, page: PageArgs, filter: LedgerEntryFilter = {}): Promise<Connection<LedgerEntry>> {
    const query = ctx.data.repo(LedgerEntry).select('l');
    if (filter.partnerId) query.andWhere('l.partnerId = :partnerId', { partnerId: filter.partnerId });
    if (filter.payeeUserId) query.andWhere('l.payeeUserId = :payeeUserId', { payeeUserId: filter.payeeUserId });
    if (filter.dealId) query.andWhere('l.dealId = :dealId', { dealId: filter.dealId });
    if (filter.kind) query.andWhere('l.kind = :kind', { kind: filter.kind });
    if (filter.statuses?.length) query.andWhere('l.status IN (:...statuses)', { statuses: filter.statuses });
    return paginate(query, 'l', page, { property: 'createdAt', type: 'date' }, SortDirection.DESC);
  }

  /**
   * Approves the given entries, all or none: each must be pending with its hold period over,
   * or held (a person approving a held entry is the review the hold asked for).
   */
  async approve(ctx: RequestContext, ids: string[]): Promise<LedgerEntry[]> {
    ctx.requireRole(Role.MANAGER, 'approve commissions');
    if (ids.length === 0 || ids.length > MAX_BULK) throw new UserInputError('ids', `Approve between 1 and ${MAX_BULK} entries at a time`);
    const entries = await ctx.data.repo(LedgerEntry).find({ where: { id: In(ids) } });
    const now = new Date();
    for (const id of ids) {
      const entry = entries.find((candidate) => candidate.id === id);
      if (!entry) throw new UserInputError('ids', `Ledger entry ${id} not found`);
      const refusal = whyNotApprovable(entry, now);
      if (refusal) throw new ConflictError(`Entry ${id} cannot be approved: ${refusal}`);
    }
    return Promise.all(entries.map((entry) => this.markApproved(ctx, entry, now)));
  }

  /** Approves every pending entry whose hold period is over (held ones wait for a person). */
  async approveDue(ctx: RequestContext, partnerId?: string | null): Promise<number> {
    ctx.requireRole(Role.MANAGER, 'approve commissions');
    if (partnerId) await ctx.data.repo(Partner).getById(partnerId, 'Partner', 'partnerId');
    const now = new Date();
    const due = await ctx.data.repo(LedgerEntry).find({
      where: { status: LedgerEntryStatus.PENDING, holdUntil: LessThanOrEqual(now), ...(partnerId ? { partnerId } : {}) },
      take: MAX_BULK * 10,
    });
    await Promise.all(due.map((entry) => this.markApproved(ctx, entry, now)));
    return due.length;
  }

  private markApproved(ctx: RequestContext, entry: LedgerEntry, now: Date): Promise<LedgerEntry> {
    return ctx.data.repo(LedgerEntry).update(entry, { status: LedgerEntryStatus.APPROVED, approvedById: ctx.userId, approvedAt: now }, entry.version);
  }
}

function whyNotApprovable(entry: LedgerEntry, now: Date): string | null {
  if (entry.status === LedgerEntryStatus.HOLD) return null;
  if (entry.status !== LedgerEntryStatus.PENDING) return `it is ${entry.status.toLowerCase()}`;
  if (entry.holdUntil && entry.holdUntil > now) return `its hold period ends ${entry.holdUntil.toISOString().slice(0, 10)}`;
  return null;
}
