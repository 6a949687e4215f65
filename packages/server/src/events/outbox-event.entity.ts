import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BigIntColumn, IdColumn, TextColumn, TimestampColumn } from '../database/columns';
import { TenantEntity, type OwnedRecord } from '../tenancy/tenant-entity';

/**
 * A domain event, written in the same transaction as the change it describes (the outbox).
 * `sequence` is the tenant's event cursor: it increases by one per event in commit order
 * (see TenantScope.nextEventSequences), so a client that saw cursor n and asks for what came
 * after misses nothing. `ownerId` is the owner of the record the event is about, so a REP
 * limited to their own records reads only events about their own records.
 */
@ObjectType({ simpleResolvers: true, description: 'Something that happened to a record, in the order it happened.' })
@Entity()
@Index(['tenantId', 'sequence'], { unique: true })
@Index(['tenantId', 'pipelineId', 'sequence'])
@Index(['tenantId', 'dealId', 'sequence'])
// A person's notifications: the latest ones, and how many are unread.
@Index(['tenantId', 'ownerId', 'sequence'])
// The dispatcher's queue: undelivered events, oldest first, across tenants.
@Index(['dispatchedAt', 'occurredAt'])
export class OutboxEvent extends TenantEntity implements OwnedRecord {
  @Field(() => Int, { description: 'Cursor: increases by one per event of the workspace.' })
  @BigIntColumn()
  sequence: number;

  @Field(() => String, { description: 'DealCreated, DealMoved, DealWon, ...' })
  @TextColumn(40)
  type: string;

  @Field(() => String, { description: 'The id of the deal (or other record) it is about.' })
  @IdColumn()
  subjectId: string;

  @IdColumn({ nullable: true })
  pipelineId: string | null;

  /** The deal it concerns: the deal itself, or the deal of an activity or a converted lead. */
  @IdColumn({ nullable: true })
  dealId: string | null;

  @IdColumn()
  ownerId: string;

  /** On a reassignment, the owner before it: their views learn that the record left them. */
  @IdColumn({ nullable: true })
  formerOwnerId: string | null;

  /** Who made it happen; null for the system (a due task's reminder). */
  @IdColumn({ nullable: true })
  actorId: string | null;

  @Field(() => Date)
  @TimestampColumn()
  occurredAt: Date;

  /** When the dispatcher handed it to every consumer; null while it waits (see dispatcher.ts). */
  @TimestampColumn({ nullable: true })
  dispatchedAt: Date | null;

  /** JSON of the event's details (versions, stages, amounts); shape per type in domain-events.ts. */
  @Column({ type: 'text' })
  payload: string;
}
