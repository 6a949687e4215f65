import type { LedgerEntryKind, LedgerEntryStatus, PayoutStatus } from '../../gql/graphql';

export const ENTRY_STATUSES: readonly LedgerEntryStatus[] = ['PENDING', 'HOLD', 'APPROVED', 'PAID', 'VOIDED'];
export const ENTRY_KINDS: readonly LedgerEntryKind[] = ['COMMISSION', 'REVERSAL', 'ADJUSTMENT', 'REWARD'];
export const PAYOUT_STATUSES: readonly PayoutStatus[] = ['ISSUED', 'PAID'];

/** Entries a person may approve: pending ones past their hold, and held ones they have checked. */
export const isApprovable = (status: LedgerEntryStatus) => status === 'PENDING' || status === 'HOLD';

/** Who may override the ledger (void, release a hold, adjust, close a period): managers and above, as the server checks. */
const OVERRIDERS: readonly string[] = ['OWNER', 'ADMIN', 'MANAGER'];
export const canOverride = (role: string | null | undefined) => OVERRIDERS.includes(role ?? '');

/** Entries that can still be voided: not paid (a paid one is taken back with a negative adjustment) and not voided already. */
export const isVoidable = (status: LedgerEntryStatus) => status === 'PENDING' || status === 'HOLD' || status === 'APPROVED';

/** The overrides a person makes to one entry, each with a reason. */
export type EntryOverride = 'void' | 'release';

/** The overrides the audit trail names in words (others are shown as the server calls them), as translation keys. */
export const OVERRIDE_ACTIONS: Record<string, string> = { void: 'void', 'release-hold': 'releaseHold', 'approve-held': 'approveHeld', adjust: 'adjust' };

/** The fields of an override's before/after with a name in words, in the order shown. */
export const AUDITED_FIELDS = ['status', 'amountMinor', 'currency', 'partnerId', 'payeeUserId', 'dealId', 'holdUntil', 'fraudFlags', 'voidReason', 'explanation'] as const;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * What an override changed: each field whose value differs between the record before and
 * after, known fields first in their usual order. A record the override created (no
 * `before`) or deleted (no `after`) has no changes to list: its reason says what it was.
 */
export function overrideChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  if (!before || !after) return [];
  const known: readonly string[] = AUDITED_FIELDS;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .sort((a, b) => rank(known, a) - rank(known, b) || a.localeCompare(b));
  return fields
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

function rank(known: readonly string[], field: string): number {
  const index = known.indexOf(field);
  return index === -1 ? known.length : index;
}

export const STATUS_COLORS: Record<LedgerEntryStatus | PayoutStatus, string> = {
  PENDING: 'info',
  HOLD: 'warning',
  APPROVED: 'primary',
  ISSUED: 'primary',
  PAID: 'success',
  VOIDED: 'default',
};

/** A comma-separated URL list (`status=PENDING,HOLD`), keeping only known values: a hand-edited link must not break the query. */
export function listParam<T extends string>(text: string | null, known: readonly T[]): T[] {
  return (text ?? '').split(',').filter((item): item is T => (known as readonly string[]).includes(item));
}

/** One known value of a URL parameter, or nothing. */
export function oneOf<T extends string>(text: string | null, known: readonly T[]): T | undefined {
  return (known as readonly string[]).includes(text ?? '') ? (text as T) : undefined;
}

interface Payee {
  partner?: { name: string } | null;
  payeeUser?: { name: string } | null;
  payeeContact?: { name: string } | null;
}

/** Whom an entry or payout pays: a partner, a person of the team (a rep's commission) or a customer (a reward). */
export function payeeName(row: Payee): string {
  return row.partner?.name ?? row.payeeUser?.name ?? row.payeeContact?.name ?? '';
}

/** Hashes are long; the first characters tell them apart on screen (the copy button copies all of it). */
export const shortHash = (hash: string) => (hash.length > 12 ? `${hash.slice(0, 12)}…` : hash);

/** `statement-<payee>-<periodEnd>.csv`, the payee's name made safe for a file name (letters of any script are kept). */
export function statementFileName(payee: string, periodEnd: string): string {
  const slug = payee.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'payee';
  return `statement-${slug}-${periodEnd}.csv`;
}

/** The first and last day (`YYYY-MM-DD`) of the calendar month before the one `today` is in: the usual payout period. */
export function previousMonth(today: string): { start: string; end: string } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 2, 1));
  const end = new Date(Date.UTC(year, month - 1, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}
