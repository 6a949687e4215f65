import { Column, PrimaryColumn, type ColumnOptions, type ValueTransformer } from 'typeorm';

/**
 * Column shapes shared by every entity, chosen to mean the same on MySQL/MariaDB and SQLite.
 * Enums are stored as short strings so adding a value needs no migration.
 */

/** Returns exact integers for BIGINT columns (mysql2 hands them over as strings). */
const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

export const IdColumn = (options: ColumnOptions = {}) =>
  Column({ type: 'varchar', length: 36, ...options });

export const PrimaryIdColumn = () => PrimaryColumn({ type: 'varchar', length: 36 });

/** UTC instant with millisecond precision. */
export const TimestampColumn = (options: ColumnOptions = {}) =>
  Column({ type: 'datetime', precision: 3, ...options });

/** A calendar date without time (expected close date, won date): `YYYY-MM-DD`. */
export const DateColumn = (options: ColumnOptions = {}) =>
  Column({ type: 'date', ...options });

/** An integer that may pass 2^31 (still exact in JavaScript up to 2^53). */
export const BigIntColumn = (options: ColumnOptions = {}) =>
  Column({ type: 'bigint', transformer: bigintAsNumber, ...options });

/** Integer minor units of money (see src/money/money.ts). */
export const MinorUnitsColumn = BigIntColumn;

export const EnumColumn = (options: ColumnOptions = {}) =>
  Column({ type: 'varchar', length: 24, ...options });

export const TextColumn = (length: number, options: ColumnOptions = {}) =>
  Column({ type: 'varchar', length, ...options });

/**
 * A JSON value (object, array or string). Besides its meaning, it is the one column type that
 * holds more than 64 kB on both databases: LONGTEXT behind MySQL/MariaDB's JSON, text on SQLite.
 */
export const JsonColumn = (options: ColumnOptions = {}) =>
  Column({ type: 'json', ...options });
