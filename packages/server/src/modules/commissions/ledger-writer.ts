import type { AccrueOperation, HookInput, Operation, ReverseOperation, RewardOperation } from '@dealflow/sdk';
import type { RequestContext } from '../../tenancy/request-context';
import type { NewRecord } from '../../tenancy/tenant-scope';
import { Contact } from '../contacts/contact.entity';
import { PartnerGroup } from '../partners/partner-group.entity';
import type { EventSubject } from '../plugins/plugin-input';
import { User } from '../users/user.entity';
import { fraudFlags } from './fraud-checks';
import { LedgerEntry, LedgerEntryKind, LedgerEntryStatus } from './ledger-entry.entity';

const DAY_MS = 86_400_000;

/** What wrote the operations: the run, its pinned version and the hashes that make it replayable. */
export interface OperationSource {
  runId: string;
  installationId: string;
  pluginVersionId: string;
  pluginRef: string;
  codeHash: string;
  settingsHash: string;
  inputHash: string;
  outputHash: string;
  input: HookInput;
  subject: EventSubject;
}

/** A plugin answered something the host will not write; the run fails with this reason. */
export class RejectedOutputError extends Error {}

/**
 * THE MONEY RULE FOR PLUGINS: turns a plugin's operations into ledger entries, after checking
 * each against what the host knows (the sandbox already checked their shape). A plugin may pay
 * only the event's partner, a user or a contact of the tenant; in the event's currency; and a
 * reversal never takes back more than is left of the entry it names. One bad operation rejects
 * them all: the entries of a run are written together or not at all, in the caller's
 * transaction, keyed by (run, operation index) so a run is never written twice.
 */
export class LedgerWriter {
  async write(ctx: RequestContext, source: OperationSource, operations: Operation[]): Promise<LedgerEntry[]> {
    const run: RunTerms = { ...traceOf(source), flags: fraudFlags(source.subject), groupHoldDays: await this.groupHoldDays(ctx, source) };
    const rows: NewRecord<LedgerEntry>[] = [];
    const taken = new Map<string, number>();
    for (const [index, operation] of operations.entries()) {
      const fields: EntryFields = { ...run.trace, operationIndex: index, reasonCode: operation.reasonCode, explanation: operation.explanation };
      if (operation.op === 'reverse') rows.push(await this.reversal(ctx, source, operation, fields, taken, index));
      else if (operation.op === 'reward') rows.push(await this.reward(ctx, source, run, operation, fields, index));
      else {
        const row = await this.earning(ctx, source, run, operation, fields, index);
        if (row) rows.push(row);
      }
    }
    return ctx.data.repo(LedgerEntry).insertMany(rows);
  }

  private async earning(
    ctx: RequestContext,
    source: OperationSource,
    run: RunTerms,
    operation: AccrueOperation,
    fields: EntryFields,
    index: number,
  ): Promise<NewRecord<LedgerEntry> | null> {
    if (operation.op === 'accrue' && operation.amountMinor === 0) return null;
    this.expectCurrency(source, operation.currency, index);
    const payee = await this.payee(ctx, source, operation.payee, index);
    return {
      ...fields,
      ...statusOf(run),
      ...payee,
      kind: operation.op === 'adjust' ? LedgerEntryKind.ADJUSTMENT : LedgerEntryKind.COMMISSION,
      amountMinor: operation.amountMinor,
      currency: operation.currency,
      basisMinor: operation.basisMinor,
      rateBasisPoints: operation.rateBasisPoints,
      holdUntil: holdUntil(source, Math.max(operation.holdDays ?? 0, run.groupHoldDays)),
    };
  }

  private async reward(
    ctx: RequestContext,
    source: OperationSource,
    run: RunTerms,
    operation: RewardOperation,
    fields: EntryFields,
    index: number,
  ): Promise<NewRecord<LedgerEntry>> {
    const recipient = 'contactId' in operation.recipient
      ? { payeeContactId: await this.contact(ctx, operation.recipient.contactId, index) }
      : await this.payee(ctx, source, operation.recipient, index);
    const monetary = operation.type === 'credit' || operation.type === 'cash';
    const currency = operation.currency ?? source.input.deal?.currency ?? (await ctx.tenant()).baseCurrency;
    if (monetary && source.input.deal) this.expectCurrency(source, currency, index);
    return {
      ...fields,
      ...statusOf(run),
      ...recipient,
      kind: LedgerEntryKind.REWARD,
      amountMinor: monetary ? operation.value : 0,
      currency,
      basisMinor: 0,
      rateBasisPoints: null,
      rewardType: operation.type,
      rewardValue: operation.value,
      rewardItem: operation.item ?? null,
      holdUntil: holdUntil(source, run.groupHoldDays),
    };
  }

  private async reversal(
    ctx: RequestContext,
    source: OperationSource,
    operation: ReverseOperation,
    fields: EntryFields,
    taken: Map<string, number>,
    index: number,
  ): Promise<NewRecord<LedgerEntry>> {
    const target = source.input.ledger.dealEntries.some((entry) => entry.id === operation.entryId)
      ? await ctx.data.repo(LedgerEntry).findById(operation.entryId)
      : null;
    if (!target) throw new RejectedOutputError(`operation ${index}: entry ${operation.entryId} is not one of this deal's entries`);
    if (operation.currency !== target.currency) {
      throw new RejectedOutputError(`operation ${index}: a reversal must be in the entry's currency, ${target.currency}`);
    }
    const left = reversibleOf(target, await this.alreadyReversed(ctx, target.id)) - (taken.get(target.id) ?? 0);
    if (operation.amountMinor > left) {
      throw new RejectedOutputError(`operation ${index}: only ${left} of entry ${target.id} is left to reverse, not ${operation.amountMinor}`);
    }
    taken.set(target.id, (taken.get(target.id) ?? 0) + operation.amountMinor);
    return {
      ...fields,
      // A clawback is never held for fraud: it only takes money back.
      fraudFlags: [],
      partnerId: target.partnerId,
      payeeUserId: target.payeeUserId,
      payeeContactId: target.payeeContactId,
      kind: LedgerEntryKind.REVERSAL,
      amountMinor: -operation.amountMinor,
      currency: target.currency,
      basisMinor: 0,
      rateBasisPoints: null,
      reversesEntryId: target.id,
      ...(await this.settleReversal(ctx, target, operation.amountMinor === left, operation.explanation)),
    };
  }

  /**
   * Where a reversal lands. Paid money is clawed back from the next payout (the reversal is
   * approved at once). Unpaid money is simply not paid: a reversal of all that is left voids the
   * entry (and itself, so the two cancel in the trail); a partial one follows the entry's status.
   */
  private async settleReversal(ctx: RequestContext, target: LedgerEntry, all: boolean, reason: string) {
    if (target.status === LedgerEntryStatus.PAID) return { status: LedgerEntryStatus.APPROVED, holdUntil: null, approvedAt: new Date() };
    if (all) {
      await ctx.data.repo(LedgerEntry).update(target, { status: LedgerEntryStatus.VOIDED, voidedAt: new Date(), voidReason: reason });
      return { status: LedgerEntryStatus.VOIDED, holdUntil: null, voidedAt: new Date(), voidReason: reason };
    }
    return { status: target.status, holdUntil: target.holdUntil };
  }

  private async alreadyReversed(ctx: RequestContext, entryId: string): Promise<number> {
    const reversals = await ctx.data.repo(LedgerEntry).find({ where: { reversesEntryId: entryId } });
    return -reversals.reduce((total, entry) => total + entry.amountMinor, 0);
  }

  private async payee(ctx: RequestContext, source: OperationSource, payee: { partnerId: string } | { userId: string }, index: number) {
    if ('partnerId' in payee) {
      if (payee.partnerId !== source.subject.partner?.id) {
        throw new RejectedOutputError(`operation ${index}: a plugin can only pay the event's partner (${source.subject.partner?.id ?? 'none'})`);
      }
      return { partnerId: payee.partnerId };
    }
    const user = await ctx.data.repo(User).findById(payee.userId);
    if (!user) throw new RejectedOutputError(`operation ${index}: user ${payee.userId} is not a member of this workspace`);
    return { payeeUserId: user.id };
  }

  private async contact(ctx: RequestContext, contactId: string, index: number): Promise<string> {
    const contact = await ctx.data.repo(Contact).findById(contactId);
    if (!contact) throw new RejectedOutputError(`operation ${index}: contact ${contactId} is not in this workspace`);
    return contact.id;
  }

  private expectCurrency(source: OperationSource, currency: string, index: number): void {
    const expected = source.input.deal?.currency;
    if (expected && currency !== expected) {
      throw new RejectedOutputError(`operation ${index}: the deal is in ${expected}, so amounts must be too, not ${currency}`);
    }
  }

  private async groupHoldDays(ctx: RequestContext, source: OperationSource): Promise<number> {
    const groupId = source.subject.partner?.groupId;
    const group = groupId ? await ctx.data.repo(PartnerGroup).findById(groupId) : null;
    return group?.holdDays ?? 0;
  }
}

/** Voided entries have nothing left; others what their reversals have not taken back. */
export function reversibleOf(entry: LedgerEntry, alreadyReversed: number): number {
  if (entry.status === LedgerEntryStatus.VOIDED) return 0;
  return Math.max(0, entry.amountMinor - alreadyReversed);
}

/** What every entry of a run records: where it came from, for explaining and replaying it. */
function traceOf(source: OperationSource) {
  return {
    trace: {
      partnerId: null,
      payeeUserId: null,
      payeeContactId: null,
      dealId: source.subject.deal?.id ?? null,
      hook: source.input.hook,
      eventId: source.subject.event.id,
      runId: source.runId,
      installationId: source.installationId,
      pluginVersionId: source.pluginVersionId,
      pluginRef: source.pluginRef,
      codeHash: source.codeHash,
      settingsHash: source.settingsHash,
      inputHash: source.inputHash,
      outputHash: source.outputHash,
      invoiceNumber: invoiceNumberOf(source.input),
    },
  };
}

type EntryFields = ReturnType<typeof traceOf>['trace'] & { operationIndex: number; reasonCode: string; explanation: string };

/** What applies to all of a run's earnings: its trace, fraud flags and the partner group's hold. */
interface RunTerms extends ReturnType<typeof traceOf> {
  flags: string[];
  groupHoldDays: number;
}

/** A flagged earning waits for a person (HOLD); others wait for their hold period (PENDING). */
function statusOf(run: RunTerms) {
  return { fraudFlags: run.flags, status: run.flags.length > 0 ? LedgerEntryStatus.HOLD : LedgerEntryStatus.PENDING };
}

/** Holds count from the event, not from when the run happened: a retried run is held the same. */
function holdUntil(source: OperationSource, days: number): Date {
  return new Date(source.subject.event.occurredAt.getTime() + days * DAY_MS);
}

function invoiceNumberOf(input: HookInput): number | null {
  const payload = input.event.payload as { invoice?: { number: number } };
  return payload.invoice?.number ?? null;
}
