import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../database/columns';

/**
 * Failed logins per email. Kept in the database, not in memory, so every server instance
 * sees the same count.
 */
@Entity()
export class LoginThrottle {
  @PrimaryColumn({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'int' })
  failures: number;

  @TimestampColumn()
  windowStartedAt: Date;

  @TimestampColumn({ nullable: true })
  lockedUntil: Date | null;
}
