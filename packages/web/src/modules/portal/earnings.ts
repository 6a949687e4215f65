import { request } from '../../api/graphql';
import type { LedgerEntryKind, LedgerEntryStatus, PortalLedgerQuery } from '../../gql/graphql';
import { PortalLedgerDocument } from './portal.operations';

export type PortalEntry = PortalLedgerQuery['ledgerEntries']['edges'][number]['node'];

export const ENTRY_STATUSES: readonly LedgerEntryStatus[] = ['PENDING', 'HOLD', 'APPROVED', 'PAID', 'VOIDED'];
export const ENTRY_KINDS: readonly LedgerEntryKind[] = ['COMMISSION', 'REVERSAL', 'ADJUSTMENT', 'REWARD'];

export const ENTRY_STATUS_COLORS: Record<LedgerEntryStatus, string> = {
  PENDING: 'info',
  HOLD: 'warning',
  APPROVED: 'primary',
  PAID: 'success',
  VOIDED: 'default',
};

/** The server's largest page. */
const PAGE_SIZE = 100;
/** Beyond this many entries the totals say they are partial rather than read without end. */
const MAX_PAGES = 50;

/**
 * Every ledger entry of the partner, page by page (the API has no totals of its own), newest
 * first. `complete` is false when there were more than the portal reads.
 */
export async function allLedgerEntries(): Promise<{ entries: PortalEntry[]; complete: boolean }> {
  const entries: PortalEntry[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { ledgerEntries }: PortalLedgerQuery = await request(PortalLedgerDocument, { first: PAGE_SIZE, after });
    entries.push(...ledgerEntries.edges.map((edge) => edge.node));
    if (!ledgerEntries.pageInfo.hasNextPage || !ledgerEntries.pageInfo.endCursor) return { entries, complete: true };
    after = ledgerEntries.pageInfo.endCursor;
  }
  return { entries, complete: false };
}

export interface CurrencySum {
  currency: string;
  amountMinor: number;
  count: number;
}

export interface StatusTotals {
  status: LedgerEntryStatus;
  sums: CurrencySum[];
}

/**
 * What the entries add up to per status and currency, in whole minor units (reversals are
 * negative and count against their status). Currencies are never added to each other; integers
 * add exactly, so no rounding creeps in. Statuses without entries are left out; statuses in
 * their lifecycle order, currencies alphabetically.
 */
export function totalsByStatus(entries: ReadonlyArray<Pick<PortalEntry, 'status' | 'amount'>>): StatusTotals[] {
  const sums = new Map<LedgerEntryStatus, Map<string, CurrencySum>>();
  for (const { status, amount } of entries) {
    const byCurrency = sums.get(status) ?? new Map<string, CurrencySum>();
    sums.set(status, byCurrency);
    const sum = byCurrency.get(amount.currency) ?? { currency: amount.currency, amountMinor: 0, count: 0 };
    byCurrency.set(amount.currency, { ...sum, amountMinor: sum.amountMinor + amount.amountMinor, count: sum.count + 1 });
  }
  return ENTRY_STATUSES.filter((status) => sums.has(status)).map((status) => ({
    status,
    sums: [...sums.get(status)!.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
  }));
}
