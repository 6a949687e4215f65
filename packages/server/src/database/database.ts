import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataSource, QueryFailedError, type DataSourceOptions, type EntityManager } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { ConflictError } from '../graphql/errors';
import { entities } from './entities';
import { mysqlMigrations } from './migrations/mysql';
import { sqliteMigrations } from './migrations/sqlite';
import { SnakeNamingStrategy } from './naming-strategy';
import { QueryCounter } from './query-counter';

export function dataSourceOptions(config: DatabaseConfig, logger?: QueryCounter): DataSourceOptions {
  const common = {
    entities,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logger,
    logging: logger ? ['query', 'error', 'migration'] : false,
    maxQueryExecutionTime: 1000,
    // An unset tenant id must never silently drop the tenant condition (ARCHITECTURE.md §10).
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
  } satisfies Partial<DataSourceOptions>;
  if (config.type !== 'sqlite') {
    return {
      ...common,
      type: config.type,
      url: config.url,
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      supportBigNumbers: true,
      bigNumberStrings: true,
      migrations: mysqlMigrations,
      extra: { connectionLimit: 10 },
    };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.file,
    enableWAL: true,
    migrations: sqliteMigrations,
  };
}

/**
 * The database as the application sees it: a connected data source with migrations applied,
 * a counter of statements, and `transaction()`, the single way a command gets a transaction.
 */
export class Database {
  private sqliteQueue: Promise<unknown> = Promise.resolve();
  private commitListeners: Array<() => void> = [];

  private constructor(
    readonly dataSource: DataSource,
    readonly queries: QueryCounter,
  ) {}

  static async open(config: DatabaseConfig, options: { logSql?: boolean } = {}): Promise<Database> {
    if (config.type === 'sqlite' && config.file !== ':memory:') {
      mkdirSync(path.dirname(config.file), { recursive: true });
    }
    const queries = new QueryCounter(options.logSql ?? false);
    const dataSource = new DataSource(dataSourceOptions(config, queries));
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    return new Database(dataSource, queries);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  get isSqlite(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }

  /**
   * Runs `work` in one transaction: all of it commits or none of it does. SQLite has a single
   * connection, so its transactions are queued rather than interleaved. A unique-key violation
   * becomes CONFLICT instead of a driver message.
   */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    let recorded = false;
    const run = () => this.dataSource.transaction(async (manager) => {
      // SQLite reuses one query runner for every transaction: start each with a clean note.
      if (manager.queryRunner) manager.queryRunner.data = { ...manager.queryRunner.data, [EVENTS_RECORDED]: false };
      const result = await work(manager);
      recorded = manager.queryRunner?.data?.[EVENTS_RECORDED] === true;
      return result;
    }).then((result) => {
      if (recorded) for (const listener of this.commitListeners) listener();
      return result;
    }, translateConstraintError);
    if (!this.isSqlite) return run();
    const result = this.sqliteQueue.then(run, run);
    this.sqliteQueue = result.catch(() => undefined);
    return result;
  }

  /** `listener` runs after each commit of a transaction that recorded outbox events. */
  onEventsCommitted(listener: () => void): void {
    this.commitListeners.push(listener);
  }

  /**
   * Runs reads that must only see committed rows. SQLite's single connection is shared with
   * open transactions, so there the reads wait their turn in the transaction queue.
   */
  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.isSqlite ? this.transaction(work) : work(this.manager);
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

const EVENTS_RECORDED = 'dealflowEventsRecorded';

/** Notes on the transaction that it wrote outbox events, so the dispatcher is woken at commit. */
export function markEventsRecorded(manager: EntityManager): void {
  if (manager.queryRunner) manager.queryRunner.data = { ...manager.queryRunner.data, [EVENTS_RECORDED]: true };
}

function translateConstraintError(error: unknown): never {
  if (error instanceof QueryFailedError) {
    const code = (error.driverError as { code?: string } | undefined)?.code ?? '';
    if (code === 'ER_DUP_ENTRY' || code.startsWith('SQLITE_CONSTRAINT_UNIQUE') || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      throw new ConflictError('A record with the same values already exists');
    }
  }
  throw error;
}
