import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BigIntColumn, EnumColumn, TextColumn, TimestampColumn } from '../database/columns';

/** A company that signed up. It owns every other record; nothing crosses tenants. */
@ObjectType({ simpleResolvers: true, description: 'Your company\'s workspace and its settings.' })
@Entity()
export class Tenant {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => String)
  @TextColumn(120)
  name: string;

  @Field(() => String, { description: 'Short unique name used at login when an email belongs to several workspaces.' })
  @TextColumn(63, { unique: true })
  slug: string;

  @Field(() => String, { description: 'ISO 4217 code reports and board totals are shown in.' })
  @Column({ type: 'varchar', length: 3 })
  baseCurrency: string;

  @Field(() => String, { description: 'IANA time zone for reports and "per day" metrics.' })
  @TextColumn(64)
  timeZone: string;

  @Field(() => String, { description: 'Default language: en, he, ar, pl or ru.' })
  @EnumColumn()
  locale: string;

  @Field(() => Boolean, { description: 'When on, REPs see and edit only records they own.' })
  @Column({ type: 'boolean', default: false })
  repsSeeOwnRecordsOnly: boolean;

  @Field(() => Int, { description: 'Days a partner\'s deal registration waits for a decision before it expires.' })
  @Column({ type: 'int', default: 60 })
  registrationExpiryDays: number;

  /** The last event cursor handed out (see TenantScope.nextEventSequence). */
  @BigIntColumn({ default: 0 })
  eventSequence: number;

  @Field(() => Date)
  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  updatedAt: Date;
}
