import {
  And,
  Equal,
  FindOperator,
  type EntityManager,
  type FindManyOptions,
  type FindOptionsWhere,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { newId, isId } from '../common/ids';
import { markEventsRecorded } from '../database/database';
import { ForbiddenError, NotFoundError, StaleVersionError } from '../graphql/errors';
import { partnerViewOf } from './partner-view';
import type { TenantEntity } from './tenant-entity';
import { Tenant } from './tenant.entity';

/**
 * THE TENANCY RULE. This file is the only way the application touches tenant-owned rows:
 * every read, write and delete made through it carries `tenant_id = <the caller's tenant>`,
 * and one row limit besides, when the caller has one:
 *  - a REP limited to their own records gets `owner_id = <the caller>` on owned tables;
 *  - a partner's user gets `partner_id = <their partner>` on partner tables, and no other
 *    tables but the few partner-view.ts opens to them.
 * Domain modules never see an EntityManager or a Repository (the lint config forbids it).
 * An id of another tenant (or partner) therefore behaves exactly like an id that does not exist.
 */
export class TenantScope {
  constructor(
    private readonly manager: EntityManager,
    readonly tenantId: string,
    /** Set when the caller may only see records they own. */
    private readonly ownerId: string | null,
    /** Set when the caller is a partner's user: who they are, and their partner. */
    private readonly partnerCaller: { userId: string; partnerId: string } | null = null,
  ) {
    if (!tenantId) throw new Error('A tenant scope needs a tenant id');
  }

  repo<T extends TenantEntity>(entity: new () => T): ScopedRepository<T> {
    return new ScopedRepository(this.manager, entity, this.tenantId, this.rowLimit(entity));
  }

  private rowLimit(entity: new () => TenantEntity): RowLimit | null {
    if (this.partnerCaller) return partnerLimit(entity, this.partnerCaller);
    const owned = this.manager.connection.getMetadata(entity).findColumnWithPropertyName('ownerId') !== undefined;
    return owned && this.ownerId ? { property: 'ownerId', column: 'owner_id', value: this.ownerId } : null;
  }

  /** The caller's own tenant. */
  tenant(): Promise<Tenant> {
    return this.manager.findOneByOrFail(Tenant, { id: this.tenantId });
  }

  async updateTenant(patch: Partial<Omit<Tenant, 'id' | 'slug' | 'createdAt' | 'updatedAt'>>): Promise<Tenant> {
    await this.manager.update(Tenant, { id: this.tenantId }, { ...patch, updatedAt: new Date() });
    return this.tenant();
  }

  /**
   * The next event cursor of the tenant. The increment locks the tenant's row until the
   * command's transaction ends, so cursors are handed out in commit order with no gaps: a
   * reader that has seen cursor n and asks for what follows can never miss a later commit of a
   * smaller number.
   */
  async nextEventSequence(): Promise<number> {
    if (!this.manager.queryRunner?.isTransactionActive) {
      throw new Error('Events are recorded inside a command\'s transaction');
    }
    await this.manager
      .createQueryBuilder()
      .update(Tenant)
      .set({ eventSequence: () => 'event_sequence + 1' })
      .where('id = :scope_tenant_id', { scope_tenant_id: this.tenantId })
      .execute();
    const tenant = await this.manager.findOneOrFail(Tenant, { where: { id: this.tenantId }, select: { id: true, eventSequence: true } });
    markEventsRecorded(this.manager);
    return tenant.eventSequence;
  }

  /**
   * Reads with the caller's row limit lifted, still inside the tenant: for rules that must
   * look wider than the caller may (uniqueness, a registration's conflicts), never for answers.
   */
  unrestricted(): TenantScope {
    return this.ownerId || this.partnerCaller ? new TenantScope(this.manager, this.tenantId, null) : this;
  }
}

/** A column every row the caller touches must hold their value in. */
interface RowLimit {
  property: string;
  column: string;
  value: string;
  /** New rows must carry the value too (a partner creates only their own; a REP may assign). */
  onInsert?: boolean;
}

function partnerLimit(entity: new () => TenantEntity, caller: { userId: string; partnerId: string }): RowLimit | null {
  switch (partnerViewOf(entity)) {
    case 'partnerId':
      return { property: 'partnerId', column: 'partner_id', value: caller.partnerId, onInsert: true };
    case 'ownPartner':
      return { property: 'id', column: 'id', value: caller.partnerId };
    case 'self':
      return { property: 'id', column: 'id', value: caller.userId };
    case 'everything':
      return null;
    default:
      throw new ForbiddenError('Partner accounts cannot see this');
  }
}

type Where<T> = FindOptionsWhere<T> | FindOptionsWhere<T>[];
const SCOPE_TENANT = 'scope_tenant_id';
const SCOPE_LIMIT = 'scope_row_limit';

type BaseFields = 'tenantId' | 'id' | 'createdAt' | 'updatedAt' | 'version';
/** The properties that may hold null: a new record may leave them out (they start as NULL). */
type NullableKeys<T> = { [K in keyof T]-?: null extends T[K] ? K : never }[keyof T];
/** A record to insert; `createdAt` may be given for imported or seeded history. */
export type NewRecord<T> = Omit<T, BaseFields | NullableKeys<T>> &
  Partial<Pick<T, Exclude<NullableKeys<T>, BaseFields>>> & { id?: string; createdAt?: Date };

export class ScopedRepository<T extends TenantEntity> {
  constructor(
    private readonly manager: EntityManager,
    private readonly entity: new () => T,
    private readonly tenantId: string,
    private readonly limit: RowLimit | null,
  ) {}

  find(options: Omit<FindManyOptions<T>, 'where'> & { where?: Where<T> } = {}): Promise<T[]> {
    return this.manager.find(this.entity, { ...options, where: this.scoped(options.where) });
  }

  findOne(where: Where<T>): Promise<T | null> {
    return this.manager.findOne(this.entity, { where: this.scoped(where) });
  }

  async findById(id: string): Promise<T | null> {
    if (!isId(id)) return null;
    return this.findOne({ id } as FindOptionsWhere<T>);
  }

  /** The record, or NOT_FOUND naming what was looked for (and the input field, if given). */
  async getById(id: string, what: string, field?: string): Promise<T> {
    const found = await this.findById(id);
    if (!found) throw new NotFoundError(what, field);
    return found;
  }

  /**
   * Rows by id: what every DataLoader calls, so it skips the query builder and entity
   * transformer and maps columns straight from the entity's metadata.
   */
  async findByIds(ids: readonly string[]): Promise<T[]> {
    const valid = [...new Set(ids.filter(isId))];
    if (valid.length === 0) return [];
    const { driver, table } = this.sql();
    const limit = this.limit ? ` AND ${driver.escape(this.limit.column)} = ?` : '';
    const sql = `SELECT * FROM ${table} WHERE ${driver.escape('tenant_id')} = ?${limit} AND ${driver.escape('id')} IN (${valid.map(() => '?').join(', ')})`;
    const parameters = [this.tenantId, ...(this.limit ? [this.limit.value] : []), ...valid];
    return this.hydrate((await this.manager.query(sql, parameters)) as Array<Record<string, unknown>>);
  }

  count(where?: Where<T>): Promise<number> {
    return this.manager.count(this.entity, { where: this.scoped(where) });
  }

  async exists(where: Where<T>): Promise<boolean> {
    return (await this.manager.count(this.entity, { where: this.scoped(where), take: 1 })) > 0;
  }

  /** Inserts a record of the caller's tenant and returns it as stored. */
  async insert(values: NewRecord<T>): Promise<T> {
    const [record] = await this.insertMany([values]);
    return record!;
  }

  async insertMany(values: NewRecord<T>[]): Promise<T[]> {
    const now = new Date();
    for (const value of values) this.assertWithinLimit(value as Record<string, unknown>);
    const records = values.map((value) => {
      const createdAt = value.createdAt ?? now;
      return this.manager.create(this.entity, {
        ...value,
        id: value.id ?? newId(createdAt.getTime()),
        tenantId: this.tenantId,
        createdAt,
        updatedAt: createdAt,
        version: 1,
      } as unknown as T);
    });
    if (records.length > 0) await this.manager.insert(this.entity, records as QueryDeepPartialEntity<T>[]);
    return records;
  }

  /**
   * Applies `patch` to `record` and bumps its version. With `expectedVersion`, a stale version
   * changes nothing and raises CONFLICT carrying the version that is current now.
   */
  async update(record: T, patch: Partial<NewRecord<T>>, expectedVersion?: number): Promise<T> {
    const updatedAt = new Date();
    const query = this.manager
      .createQueryBuilder()
      .update(this.entity)
      .set({ ...patch, updatedAt, version: () => 'version + 1' } as unknown as QueryDeepPartialEntity<T>)
      .where(`tenant_id = :${SCOPE_TENANT} AND id = :scope_record_id`, { [SCOPE_TENANT]: this.tenantId, scope_record_id: record.id });
    if (this.limit) query.andWhere(`${this.limit.column} = :${SCOPE_LIMIT}`, { [SCOPE_LIMIT]: this.limit.value });
    if (expectedVersion !== undefined) query.andWhere('version = :scope_expected_version', { scope_expected_version: expectedVersion });
    const result = await query.execute();
    if (result.affected === 0) {
      const current = await this.findById(record.id);
      if (!current) throw new NotFoundError(this.entityLabel());
      throw new StaleVersionError(this.entityLabel().toLowerCase(), current.version, expectedVersion);
    }
    const version = (expectedVersion ?? record.version) + 1;
    return Object.assign(record, patch, { updatedAt, version });
  }

  /**
   * Bulk update without versioning (positions, reassignment); returns rows changed.
   * `touch: false` leaves updatedAt alone, for bookkeeping nobody would call an edit.
   */
  async updateWhere(where: FindOptionsWhere<T>, patch: Partial<NewRecord<T>>, { touch = true } = {}): Promise<number> {
    const result = await this.manager.update(this.entity, this.scoped(where) as FindOptionsWhere<T>, {
      ...patch,
      ...(touch ? { updatedAt: new Date() } : {}),
    } as unknown as QueryDeepPartialEntity<T>);
    return result.affected ?? 0;
  }

  async delete(where: FindOptionsWhere<T>): Promise<number> {
    const result = await this.manager.delete(this.entity, this.scoped(where));
    return result.affected ?? 0;
  }

  /** A query builder already limited to the caller's tenant (and own records, if limited). */
  select(alias: string): SelectQueryBuilder<T> {
    // Parameter names no filter uses: TypeORM keeps one value per name and query, so a filter's
    // `:ownerId` would otherwise replace the scope's and lift the limit.
    const query = this.manager
      .createQueryBuilder(this.entity, alias)
      .where(`${alias}.tenantId = :${SCOPE_TENANT}`, { [SCOPE_TENANT]: this.tenantId });
    if (this.limit) query.andWhere(`${alias}.${this.limit.property} = :${SCOPE_LIMIT}`, { [SCOPE_LIMIT]: this.limit.value });
    return query;
  }

  /**
   * The rows of several queries built with `select()`, in one statement: their ids are combined
   * with UNION ALL into a derived table that the rows are joined to by primary key, e.g. the
   * first page of every board column in one round trip. (Written as `id IN (UNION ...)`,
   * MariaDB would probe the union once per row of the tenant.) Each part keeps the tenant
   * condition `select()` gave it.
   */
  async findEach(queries: SelectQueryBuilder<T>[], alias: string): Promise<T[]> {
    if (queries.length === 0) return [];
    const parts = queries.map((query) => query.select(`${alias}.id`, 'id').getQueryAndParameters());
    const union = parts.map(([part], index) => `SELECT id FROM (${part}) part_${index}`).join(' UNION ALL ');
    const { driver, table } = this.sql();
    const sql = `SELECT row_.* FROM (${union}) picked_ INNER JOIN ${table} row_ ON row_.${driver.escape('id')} = picked_.id WHERE row_.${driver.escape('tenant_id')} = ?`;
    const raws = (await this.manager.query(sql, [...parts.flatMap(([, parameters]) => parameters), this.tenantId])) as Array<Record<string, unknown>>;
    return this.hydrate(raws);
  }

  private sql() {
    const driver = this.manager.connection.driver;
    return { driver, table: driver.escape(this.metadata().tableName) };
  }

  private metadata() {
    return this.manager.connection.getMetadata(this.entity);
  }

  /** Entities from raw rows of `SELECT *`, converted as TypeORM would (dates, booleans, transformers). */
  private hydrate(raws: Array<Record<string, unknown>>): T[] {
    const metadata = this.metadata();
    const driver = this.manager.connection.driver;
    return raws.map((raw) => {
      const record = metadata.create() as T;
      for (const column of metadata.columns) {
        column.setEntityValue(record, driver.prepareHydratedValue(raw[column.databaseName], column));
      }
      return record;
    });
  }

  /** A limited caller may only create rows inside their limit (a partner's deal registration is theirs). */
  private assertWithinLimit(value: Record<string, unknown>): void {
    if (!this.limit?.onInsert) return;
    if (value[this.limit.property] !== this.limit.value) throw new ForbiddenError('You can only create records of your own');
  }

  private scoped(where?: Where<T>): Where<T> {
    if (Array.isArray(where)) return where.map((branch) => this.limited(branch));
    return this.limited(where ?? {});
  }

  /**
   * One branch of a where with the tenant and the row limit added. A condition the branch
   * already has on the limited column is kept alongside the limit, not replaced by it: asking
   * for another partner's row must find nothing, not the caller's own.
   */
  private limited(branch: FindOptionsWhere<T>): FindOptionsWhere<T> {
    const scoped: ObjectLiteral = { ...branch, tenantId: this.tenantId };
    if (this.limit) {
      const asked: unknown = (branch as ObjectLiteral)[this.limit.property];
      const limit = Equal(this.limit.value);
      scoped[this.limit.property] = asked === undefined ? limit : And(asked instanceof FindOperator ? asked : Equal(asked), limit);
    }
    return scoped as FindOptionsWhere<T>;
  }

  private entityLabel(): string {
    return this.entity.name.replace(/([a-z])([A-Z])/g, '$1 $2');
  }
}
