import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, MinorUnitsColumn, TextColumn, TimestampColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';
import { VisibleToPartners } from '../../tenancy/partner-view';

export enum LedgerEntryStatus {
  /** Written; becomes approvable when its hold ends. */
  PENDING = 'PENDING',
  /** Held for review (a fraud flag) until a person releases it. */
  HOLD = 'HOLD',
  APPROVED = 'APPROVED',
  /** On a payout statement: locked. */
  PAID = 'PAID',
  /** Cancelled before payout (refund, churn or reopen); a paid entry is never voided, it is reversed. */
  VOIDED = 'VOIDED',
}
registerEnumType(LedgerEntryStatus, { name: 'LedgerEntryStatus' });

export enum LedgerEntryKind {
  /** Money owed to a partner or rep. */
  COMMISSION = 'COMMISSION',
  /** Takes back (part of) an earlier entry: a negative amount linked to it. */
  REVERSAL = 'REVERSAL',
  /** A manual or plugin correction, positive or negative. */
  ADJUSTMENT = 'ADJUSTMENT',
  /** A customer referral reward: discount, credit, gift or cash. */
  REWARD = 'REWARD',
}
registerEnumType(LedgerEntryKind, { name: 'LedgerEntryKind' });

/**
 * One line of the append-only commissions ledger. Amounts are never edited: a refund after
 * payout is a new negative REVERSAL entry linked to what it reverses, netted on the next payout.
 * Only the status moves (pending → hold → approved → paid, or voided). The hashes and the
 * pinned plugin version make every figure explainable and replayable.
 */
@ObjectType({ simpleResolvers: true, description: 'A commission, reversal, adjustment or reward in the append-only ledger.' })
@Entity()
// The idempotency key: one entry per operation of one plugin run.
@Index(['tenantId', 'runId', 'operationIndex'], { unique: true })
@Index(['tenantId', 'partnerId', 'status', 'createdAt'])
@Index(['tenantId', 'payeeUserId', 'status', 'createdAt'])
@Index(['tenantId', 'dealId', 'createdAt'])
@Index(['tenantId', 'status', 'holdUntil'])
@Index(['tenantId', 'payoutId'])
@Index(['tenantId', 'reversesEntryId'])
@VisibleToPartners('partnerId')
export class LedgerEntry extends TenantEntity {
  @Field(() => LedgerEntryKind)
  @EnumColumn()
  kind: LedgerEntryKind;

  @Field(() => LedgerEntryStatus)
  @EnumColumn()
  status: LedgerEntryStatus;

  /** The payee when it is a partner (the column partner users are limited by). */
  @IdColumn({ nullable: true })
  partnerId: string | null;

  /** The payee when it is one of the tenant's users (a rep's commission). */
  @IdColumn({ nullable: true })
  payeeUserId: string | null;

  /** The recipient of a customer reward. */
  @IdColumn({ nullable: true })
  payeeContactId: string | null;

  /** Negative for reversals. Zero for rewards that are not money (a discount, a gift). */
  @MinorUnitsColumn()
  amountMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @MinorUnitsColumn()
  basisMinor: number;

  @Field(() => Int, { nullable: true, description: 'Rate applied in basis points (1000 = 10 %); null for flat amounts.' })
  @Column({ type: 'int', nullable: true })
  rateBasisPoints: number | null;

  @Field(() => String, { nullable: true, description: 'discount, credit, gift or cash, for rewards.' })
  @TextColumn(16, { nullable: true })
  rewardType: string | null;

  /** Basis points for a discount; the gift's count; minor units otherwise (as amountMinor). */
  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  rewardValue: number | null;

  @Field(() => String, { nullable: true })
  @TextColumn(120, { nullable: true })
  rewardItem: string | null;

  @Field(() => String)
  @TextColumn(64)
  reasonCode: string;

  @Field(() => String, { description: 'How the amount came about, in a sentence.' })
  @TextColumn(500)
  explanation: string;

  /** The entry this one reverses (REVERSAL only). */
  @IdColumn({ nullable: true })
  reversesEntryId: string | null;

  /** For recurring commissions: the invoice number (1-based) that paid it. */
  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  invoiceNumber: number | null;

  @IdColumn({ nullable: true })
  dealId: string | null;

  @Field(() => String, { description: 'The hook that produced it: deal.won, invoice.paid, ... or manual.' })
  @TextColumn(40)
  hook: string;

  @IdColumn({ nullable: true })
  eventId: string | null;

  /** The plugin run that wrote it (null for manual adjustments). */
  @IdColumn({ nullable: true })
  runId: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  operationIndex: number | null;

  @IdColumn({ nullable: true })
  installationId: string | null;

  @IdColumn({ nullable: true })
  pluginVersionId: string | null;

  @Field(() => String, { nullable: true, description: 'plugin id@version that computed it.' })
  @TextColumn(110, { nullable: true })
  pluginRef: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  codeHash: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  settingsHash: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  inputHash: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  outputHash: string | null;

  @Field(() => Date, { nullable: true, description: 'Not approvable before this moment.' })
  @TimestampColumn({ nullable: true })
  holdUntil: Date | null;

  @Field(() => [String], { description: 'Why it is held: self-referral, email-matches-partner, ...' })
  @Column({ type: 'simple-array' })
  fraudFlags: string[];

  @IdColumn({ nullable: true })
  approvedById: string | null;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  approvedAt: Date | null;

  @IdColumn({ nullable: true })
  payoutId: string | null;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  voidedAt: Date | null;

  @Field(() => String, { nullable: true })
  @TextColumn(500, { nullable: true })
  voidReason: string | null;

  /** Who wrote a manual adjustment. */
  @IdColumn({ nullable: true })
  createdById: string | null;
}
