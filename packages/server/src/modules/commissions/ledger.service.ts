import { In, LessThanOrEqual } from 'typeorm';
import { paginate, SortDirection, type Connection, type PageArgs } from '../../graphql/connection';
import { ConflictError, UserInputError } from '../../graphql/errors';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { Partner } from '../partners/partner.entity';
import { assertCurrency } from '../../money/money';
import { recordOverride } from '../audit/audit';
import { Deal } from '../deals/deal.entity';
import { User } from '../users/user.entity';
import { LedgerEntry, LedgerEntryKind, LedgerEntryStatus } from './ledger-entry.entity';
import type { AdjustLedgerInput, LedgerEntryFilter } from './ledger.inputs';

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

  /** Cancels an entry not yet paid. A paid one stays: take it back with a negative adjustment. */
  async void(ctx: RequestContext, id: string, reason: string): Promise<LedgerEntry> {
    ctx.requireRole(Role.MANAGER, 'void commissions');
    const entry = await ctx.data.repo(LedgerEntry).getById(id, 'Ledger entry', 'id');
    if (entry.status === LedgerEntryStatus.PAID) throw new ConflictError('This entry is on a payout; add a negative adjustment instead of voiding it');
    if (entry.status === LedgerEntryStatus.VOIDED) throw new ConflictError('This entry is already voided');
    return this.override(ctx, entry, 'void', reason, { status: LedgerEntryStatus.VOIDED, voidedAt: new Date(), voidReason: reason.trim() });
  }

  /** A person checked a held entry and lets it go on to approval after its hold period. */
  async releaseHold(ctx: RequestContext, id: string, reason: string): Promise<LedgerEntry> {
    ctx.requireRole(Role.MANAGER, 'release held commissions');
    const entry = await ctx.data.repo(LedgerEntry).getById(id, 'Ledger entry', 'id');
    if (entry.status !== LedgerEntryStatus.HOLD) throw new ConflictError(`Only held entries can be released; this one is ${entry.status.toLowerCase()}`);
    return this.override(ctx, entry, 'release-hold', reason, { status: LedgerEntryStatus.PENDING });
  }

  /** A manual correction: a new entry (the ledger is never edited), pending and not held. */
  async adjust(ctx: RequestContext, input: AdjustLedgerInput): Promise<LedgerEntry> {
    ctx.requireRole(Role.MANAGER, 'adjust commissions');
    if (!input.partnerId === !input.payeeUserId) throw new UserInputError('partnerId', 'Name either a partner or a user to adjust');
    if (input.amountMinor === 0 || !Number.isSafeInteger(input.amountMinor)) throw new UserInputError('amountMinor', 'An adjustment is a whole, non-zero number of minor units');
    const currency = assertCurrency('currency', input.currency.toUpperCase());
    if (input.partnerId) await ctx.data.repo(Partner).getById(input.partnerId, 'Partner', 'partnerId');
    if (input.payeeUserId) await ctx.data.repo(User).getById(input.payeeUserId, 'User', 'payeeUserId');
    if (input.dealId) await ctx.data.repo(Deal).getById(input.dealId, 'Deal', 'dealId');
    const entry = await ctx.data.repo(LedgerEntry).insert({
      kind: LedgerEntryKind.ADJUSTMENT,
      status: LedgerEntryStatus.PENDING,
      partnerId: input.partnerId ?? null,
      payeeUserId: input.payeeUserId ?? null,
      dealId: input.dealId ?? null,
      amountMinor: input.amountMinor,
      currency,
      basisMinor: 0,
      reasonCode: 'manual-adjustment',
      explanation: input.explanation.trim(),
      hook: 'manual',
      holdUntil: new Date(),
      fraudFlags: [],
      createdById: ctx.userId,
    });
    await recordOverride(ctx, { type: 'LedgerEntry', id: entry.id }, 'adjust', { before: null, after: snapshot(entry), reason: entry.explanation });
    return entry;
  }

  private async override(ctx: RequestContext, entry: LedgerEntry, action: string, reason: string, patch: Partial<LedgerEntry>): Promise<LedgerEntry> {
    const before = snapshot(entry);
    const after = await ctx.data.repo(LedgerEntry).update(entry, patch, entry.version);
    await recordOverride(ctx, { type: 'LedgerEntry', id: entry.id }, action, { before, after: snapshot(after), reason: reason.trim() });
    return after;
  }

  private async markApproved(ctx: RequestContext, entry: LedgerEntry, now: Date): Promise<LedgerEntry> {
    // Approving a held entry overrides a fraud check: it goes in the audit trail.
    const held = entry.status === LedgerEntryStatus.HOLD ? snapshot(entry) : null;
    const approved = await ctx.data.repo(LedgerEntry).update(entry, { status: LedgerEntryStatus.APPROVED, approvedById: ctx.userId, approvedAt: now }, entry.version);
    if (held) await recordOverride(ctx, { type: 'LedgerEntry', id: entry.id }, 'approve-held', { before: held, after: snapshot(approved), reason: entry.fraudFlags.join(', ') });
    return approved;
  }
}

/** What an override changes, for its before/after. */
function snapshot(entry: LedgerEntry) {
  const { status, amountMinor, currency, partnerId, payeeUserId, dealId, holdUntil, fraudFlags, voidReason, explanation } = entry;
  return { status, amountMinor, currency, partnerId, payeeUserId, dealId, holdUntil, fraudFlags, voidReason, explanation };
}

function whyNotApprovable(entry: LedgerEntry, now: Date): string | null {
  if (entry.status === LedgerEntryStatus.HOLD) return null;
  if (entry.status !== LedgerEntryStatus.PENDING) return `it is ${entry.status.toLowerCase()}`;
  if (entry.holdUntil && entry.holdUntil > now) return `its hold period ends ${entry.holdUntil.toISOString().slice(0, 10)}`;
  return null;
}
