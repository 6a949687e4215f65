import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, TimestampColumn } from '../database/columns';

/**
 * One refresh token of a login session. Refreshing rotates it: the old row is revoked and
 * points at its replacement. Presenting a revoked token again means it was stolen, so the whole
 * family (every token since that login) is revoked.
 */
@Entity()
@Index(['tenantId', 'userId'])
export class RefreshToken {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @IdColumn()
  tenantId: string;

  @IdColumn()
  userId: string;

  @IdColumn()
  @Index()
  familyId: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  expiresAt: Date;

  @TimestampColumn({ nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  replacedBy: string | null;
}
