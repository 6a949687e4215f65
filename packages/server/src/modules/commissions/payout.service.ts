import { In, IsNull, LessThan } from 'typeorm';
import { assertDate, nextDay, startOfDayIn } from '../../common/dates';
import { paginate, SortDirection, type Connection, type PageArgs } from '../../graphql/connection';
import { ConflictError, UserInputError } from '../../graphql/errors';
import { decimalOf, percentOf } from '../../money/money';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { Partner } from '../partners/partner.entity';
import { LedgerEntry, LedgerEntryStatus } from './ledger-entry.entity';
import { Payout, PayoutStatus } from './payout.entity';
import type { IssuePayoutsInput, PayoutFilter } from './payout.inputs';

type PayeeKey = { partnerId: string | null; payeeUserId: string | null; currency: string };

/**
 * Statements: the approved entries of each payee in each currency, written before the end of a
 * period, grouped into one payout whose total nets reversals against earnings. Issuing it marks
 * those entries PAID (and so locked: a later refund reverses them with a new entry instead).
 * A payee whose net is zero or negative gets no payout; their entries wait for the next period,
 * where later earnings make up for the clawback.
 */
export class PayoutService {
  async issue(ctx: RequestContext, input: IssuePayoutsInput): Promise<Payout[]> {
    ctx.requireRole(Role.MANAGER, 'issue payouts');
    const periodStart = assertDate('periodStart', input.periodStart);
    const periodEnd = assertDate('periodEnd', input.periodEnd);
    if (periodEnd < periodStart) throw new UserInputError('periodEnd', 'The period ends before it starts');
    if (input.partnerId) await ctx.data.repo(Partner).getById(input.partnerId, 'Partner', 'partnerId');
    const before = startOfDayIn(nextDay(periodEnd), (await ctx.tenant()).timeZone);
    const entries = await ctx.data.repo(LedgerEntry).find({
      where: {
        status: LedgerEntryStatus.APPROVED,
        createdAt: LessThan(before),
        payeeContactId: IsNull(),
        ...(input.partnerId ? { partnerId: input.partnerId } : {}),
      },
      order: { createdAt: 'ASC' },
    });
    const payouts: Payout[] = [];
    for (const group of groupByPayee(entries)) {
      const total = group.entries.reduce((sum, entry) => sum + entry.amountMinor, 0);
      if (total <= 0 || (!group.key.partnerId && !group.key.payeeUserId)) continue;
      payouts.push(await this.issueOne(ctx, group.key, group.entries, total, { periodStart, periodEnd }));
    }
    return payouts;
  }

  async markPaid(ctx: RequestContext, id: string, reference: string): Promise<Payout> {
    ctx.requireRole(Role.MANAGER, 'mark payouts paid');
    const payout = await ctx.data.repo(Payout).getById(id, 'Payout', 'id');
    if (payout.status === PayoutStatus.PAID) throw new ConflictError(`This payout was already marked paid (${payout.reference})`);
    return ctx.data.repo(Payout).update(payout, { status: PayoutStatus.PAID, reference: reference.trim(), paidAt: new Date() });
  }

  list(ctx: RequestContext, page: PageArgs, filter: PayoutFilter = {}): Promise<Connection<Payout>> {
    const query = ctx.data.repo(Payout).select('p');
    if (filter.partnerId) query.andWhere('p.partnerId = :partnerId', { partnerId: filter.partnerId });
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    return paginate(query, 'p', page, { property: 'createdAt', type: 'date' }, SortDirection.DESC);
  }

  entries(ctx: RequestContext, payout: Payout): Promise<LedgerEntry[]> {
    return ctx.data.repo(LedgerEntry).find({ where: { payoutId: payout.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The statement as CSV: one line per entry, amounts as exact decimals, then the total. */
  async csv(ctx: RequestContext, payout: Payout): Promise<string> {
    const header = ['date', 'entry', 'kind', 'hook', 'deal', 'explanation', 'basis', 'rate_percent', 'amount', 'currency', 'plugin'];
    const lines = (await this.entries(ctx, payout)).map((entry) => [
      entry.createdAt.toISOString().slice(0, 10),
      entry.id,
      entry.kind,
      entry.hook,
      entry.dealId ?? '',
      entry.explanation,
      decimalOf(entry.basisMinor, entry.currency),
      entry.rateBasisPoints === null ? '' : percentOf(entry.rateBasisPoints),
      decimalOf(entry.amountMinor, entry.currency),
      entry.currency,
      entry.pluginRef ?? '',
    ]);
    const total = ['', '', 'TOTAL', '', '', `${payout.entryCount} entries, ${payout.periodStart} to ${payout.periodEnd}`, '', '', decimalOf(payout.totalMinor, payout.currency), payout.currency, ''];
    return [header, ...lines, total].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  }

  private async issueOne(ctx: RequestContext, key: PayeeKey, entries: LedgerEntry[], total: number, period: { periodStart: string; periodEnd: string }): Promise<Payout> {
    const payout = await ctx.data.repo(Payout).insert({
      partnerId: key.partnerId,
      payeeUserId: key.payeeUserId,
      ...period,
      totalMinor: total,
      currency: key.currency,
      entryCount: entries.length,
      status: PayoutStatus.ISSUED,
      reference: null,
      paidAt: null,
      issuedById: ctx.userId,
    });
    // Only still-approved rows move: an entry changed meanwhile makes the count differ, and the
    // whole issue is refused rather than paying a statement that does not add up.
    const moved = await ctx.data.repo(LedgerEntry).updateWhere(
      { id: In(entries.map((entry) => entry.id)), status: LedgerEntryStatus.APPROVED, payoutId: IsNull() },
      { status: LedgerEntryStatus.PAID, payoutId: payout.id },
    );
    if (moved !== entries.length) throw new ConflictError('Some entries changed while the payout was being issued; issue it again');
    return payout;
  }
}

function groupByPayee(entries: LedgerEntry[]): Array<{ key: PayeeKey; entries: LedgerEntry[] }> {
  const groups = new Map<string, { key: PayeeKey; entries: LedgerEntry[] }>();
  for (const entry of entries) {
    const key = { partnerId: entry.partnerId, payeeUserId: entry.payeeUserId, currency: entry.currency };
    const id = JSON.stringify(key);
    if (!groups.has(id)) groups.set(id, { key, entries: [] });
    groups.get(id)!.entries.push(entry);
  }
  return [...groups.values()];
}

/** RFC 4180, and a leading = + - @ quoted away so a spreadsheet does not run it as a formula. */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) && !/^-\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
