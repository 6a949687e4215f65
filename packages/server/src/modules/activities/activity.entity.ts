import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, TextColumn, TimestampColumn } from '../../database/columns';
import { TenantEntity, type OwnedRecord } from '../../tenancy/tenant-entity';

export enum ActivityType {
  CALL = 'CALL',
  EMAIL = 'EMAIL',
  MEETING = 'MEETING',
  TASK = 'TASK',
  NOTE = 'NOTE',
}
registerEnumType(ActivityType, { name: 'ActivityType' });

/** How a done activity went; call outcomes feed the best-time-to-call measure (DOMAIN.md §7). */
export enum ActivityOutcome {
  CONNECTED = 'CONNECTED',
  NO_ANSWER = 'NO_ANSWER',
  LEFT_VOICEMAIL = 'LEFT_VOICEMAIL',
  BUSY = 'BUSY',
  WRONG_NUMBER = 'WRONG_NUMBER',
  MEETING_HELD = 'MEETING_HELD',
  NO_SHOW = 'NO_SHOW',
  RESCHEDULED = 'RESCHEDULED',
  REPLIED = 'REPLIED',
  BOUNCED = 'BOUNCED',
}
registerEnumType(ActivityOutcome, { name: 'ActivityOutcome' });

/** The activity types that sit on someone's agenda until done (the "My day" list). */
export const AGENDA_TYPES: readonly ActivityType[] = [ActivityType.TASK, ActivityType.CALL, ActivityType.MEETING];

/**
 * A call, email, meeting, task or note, optionally about a deal, contact, lead and/or
 * organization. Tasks and reminders with a due time are how follow-ups are not lost.
 */
@ObjectType({ simpleResolvers: true, description: 'A call, email, meeting, task or note, with due time, done time and outcome.' })
@Entity()
@Index(['tenantId', 'ownerId', 'dueAt'])
@Index(['tenantId', 'ownerId', 'sortAt'])
@Index(['tenantId', 'sortAt'])
@Index(['tenantId', 'dealId'])
@Index(['tenantId', 'contactId'])
@Index(['tenantId', 'leadId'])
@Index(['tenantId', 'organizationId'])
// The due-task notifier's queue, across tenants.
@Index(['dueNoticeAt'])
export class Activity extends TenantEntity implements OwnedRecord {
  @Field(() => ActivityType)
  @EnumColumn()
  type: ActivityType;

  @Field(() => String)
  @TextColumn(200)
  subject: string;

  @Field(() => String, { nullable: true })
  @TextColumn(5000, { nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true })
  @TimestampColumn({ nullable: true })
  dueAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was done; null while open.' })
  @TimestampColumn({ nullable: true })
  doneAt: Date | null;

  /**
   * When the owner is to be told this is due: the due time while it is open and they have not
   * been told yet, otherwise null (see due-task-notifier.ts).
   */
  @TimestampColumn({ nullable: true })
  dueNoticeAt: Date | null;

  /** dueAt ?? doneAt ?? createdAt, kept by the service: DUE_AT sorts on this non-null column. */
  @TimestampColumn()
  sortAt: Date;

  @Field(() => ActivityOutcome, { nullable: true, description: 'Only on done activities.' })
  @EnumColumn({ nullable: true })
  outcome: ActivityOutcome | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  durationMinutes: number | null;

  @IdColumn()
  ownerId: string;

  @IdColumn({ nullable: true })
  dealId: string | null;

  @IdColumn({ nullable: true })
  contactId: string | null;

  @IdColumn({ nullable: true })
  leadId: string | null;

  @IdColumn({ nullable: true })
  organizationId: string | null;
}
