import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, JsonColumn, TextColumn, TimestampColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';

export enum PluginRunStatus {
  /** Waiting for its first attempt. */
  QUEUED = 'QUEUED',
  /** Claimed by a runner until nextAttemptAt (a lease: if that runner dies, another takes it then). */
  RUNNING = 'RUNNING',
  /** Failed; will be tried again at nextAttemptAt. */
  RETRYING = 'RETRYING',
  SUCCEEDED = 'SUCCEEDED',
  /** Failed every attempt; waits for a person (retry by hand after a fix). */
  FAILED = 'FAILED',
}
registerEnumType(PluginRunStatus, { name: 'PluginRunStatus' });

/**
 * One event handled by one installation: the idempotency record. Its unique key (event,
 * installation) is claimed in the same transaction as the ledger entries the run writes, so an
 * event delivered twice, or by two instances at once, is paid once. The version is pinned at
 * the first attempt and kept for retries.
 */
@ObjectType({ simpleResolvers: true, description: 'One evaluation of a plugin for one event, with its status and failure reason.' })
@Entity()
@Index(['tenantId', 'eventId', 'installationId'], { unique: true })
@Index(['tenantId', 'installationId', 'createdAt'])
// The retry queue, read across tenants by the runner as the outbox dispatcher reads its queue.
@Index(['status', 'nextAttemptAt'])
export class PluginRun extends TenantEntity {
  @IdColumn()
  eventId: string;

  @IdColumn()
  installationId: string;

  @IdColumn()
  versionId: string;

  @Field(() => String, { description: 'deal.won, invoice.paid, ...' })
  @TextColumn(40)
  hook: string;

  @Field(() => PluginRunStatus)
  @EnumColumn()
  status: PluginRunStatus;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => String, { nullable: true, description: 'out-of-time, out-of-memory, threw, invalid-output, ...' })
  @TextColumn(40, { nullable: true })
  failureReason: string | null;

  @Field(() => String, { nullable: true, description: 'What went wrong, in a sentence.' })
  @TextColumn(1000, { nullable: true })
  failureMessage: string | null;

  @Field(() => String, { description: 'What the plugin logged (at most 1 kB).' })
  @TextColumn(1100, { default: '' })
  logs: string;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  durationMicros: number | null;

  /**
   * The input given to the plugin (at most 128 kB), built at the first attempt and kept: retries
   * and replays see exactly what the first attempt saw.
   */
  @JsonColumn({ nullable: true })
  input: object | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  inputHash: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  outputHash: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  settingsHash: string | null;
}
