import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { ForbiddenError } from '../graphql/errors';
import { hasRole, Role } from './roles';
import { TenantScope } from './tenant-scope';
import type { TenantEntity } from './tenant-entity';
import { Tenant } from './tenant.entity';

/** The actor of background work (see RequestContext.forJob); a valid id that no user has. */
export const SYSTEM_USER_ID = '00000000-0000-7000-8000-000000000000';

export interface Caller {
  userId: string;
  role: Role;
  /** For the PARTNER role: the partner they act for. */
  partnerId?: string | null;
  /** Set when another system calls with an API key made by this user. */
  apiKeyId?: string;
}

/**
 * Who is asking, for which tenant, inside which transaction. Every service method takes it
 * first (as Vendure's RequestContext). It is built per request (or per job) and never shared,
 * and so are its DataLoaders: a shared loader cache would leak rows between tenants.
 */
export class RequestContext {
  private loaders = new Map<unknown, DataLoader<string, unknown>>();

  private constructor(
    readonly tenantId: string,
    readonly caller: Caller,
    /** The tenant limits REPs to their own records and this caller is such a REP. */
    readonly ownRecordsOnly: boolean,
    private readonly manager: EntityManager,
    private tenantRow: Promise<Tenant> | null = null,
  ) {}

  /** @param tenant the caller's tenant, read together with the caller at authentication */
  static forUser(manager: EntityManager, tenant: Tenant, caller: Caller): RequestContext {
    if (caller.role === Role.PARTNER && !caller.partnerId) throw new ForbiddenError('This partner account is not linked to a partner');
    const limited = tenant.repsSeeOwnRecordsOnly && caller.role === Role.REP;
    return new RequestContext(tenant.id, caller, limited, manager, Promise.resolve(tenant));
  }

  /**
   * Background work in a tenant done for nobody in particular (the plugin runner): it acts with
   * the owner's rights under the id SYSTEM_USER_ID, which no user has.
   */
  static forJob(manager: EntityManager, tenantId: string): RequestContext {
    return new RequestContext(tenantId, { userId: SYSTEM_USER_ID, role: Role.OWNER }, false, manager);
  }

  /**
   * For a public page of one workspace (a referral link): the workspace named by its slug, acted
   * on as background work, or null when there is no such workspace.
   */
  static async forPublicPage(manager: EntityManager, workspaceSlug: string): Promise<RequestContext | null> {
    const tenant = await manager.findOneBy(Tenant, { slug: workspaceSlug.trim().toLowerCase() });
    return tenant ? new RequestContext(tenant.id, { userId: SYSTEM_USER_ID, role: Role.OWNER }, false, manager, Promise.resolve(tenant)) : null;
  }

  /** A context acting as the tenant's owner, for signup, seeding and background jobs. */
  static asOwner(manager: EntityManager, tenantId: string, ownerUserId: string): RequestContext {
    return new RequestContext(tenantId, { userId: ownerUserId, role: Role.OWNER }, false, manager);
  }

  get userId(): string {
    return this.caller.userId;
  }

  /** Tenant-scoped data access; the only door to tenant rows. */
  get data(): TenantScope {
    const partner = this.partnerId ? { userId: this.caller.userId, partnerId: this.partnerId } : null;
    return new TenantScope(this.manager, this.tenantId, this.ownRecordsOnly ? this.caller.userId : null, partner);
  }

  /** The call came from another system with an API key (e.g. a billing system). */
  get viaApiKey(): boolean {
    return this.caller.apiKeyId !== undefined;
  }

  /** The partner a PARTNER caller acts for; null for the tenant's own team. */
  get partnerId(): string | null {
    return this.caller.role === Role.PARTNER ? (this.caller.partnerId ?? null) : null;
  }

  /** The caller's tenant (settings such as base currency and time zone), read once per request. */
  tenant(): Promise<Tenant> {
    this.tenantRow ??= this.data.tenant();
    return this.tenantRow;
  }

  /** Changes the tenant's settings and refreshes the copy this request holds. */
  async updateTenant(patch: Parameters<TenantScope['updateTenant']>[0]): Promise<Tenant> {
    const updated = await this.data.updateTenant(patch);
    this.tenantRow = Promise.resolve(updated);
    return updated;
  }

  /** The same caller inside a transaction (the edge opens it; see graphql/command.ts). */
  withManager(manager: EntityManager): RequestContext {
    return new RequestContext(this.tenantId, this.caller, this.ownRecordsOnly, manager, this.tenantRow);
  }

  /** Throws FORBIDDEN unless the caller has at least `role`. */
  requireRole(role: Role, action?: string): void {
    if (!hasRole(this.caller.role, role)) {
      throw new ForbiddenError(action ? `Only a ${role.toLowerCase()} or above can ${action}` : undefined);
    }
  }

  is(role: Role): boolean {
    return hasRole(this.caller.role, role);
  }

  /** The per-request loader of `entity` by id: one query per entity type per tick. */
  loader<T extends TenantEntity>(entity: new () => T): DataLoader<string, T | null> {
    return this.batch(entity, async (ids) => {
      const rows = await this.data.repo(entity).findByIds(ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** A per-request DataLoader under `key`, made on first use. */
  batch<V>(key: unknown, load: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(load);
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  /** Forget cached rows after a write, so later reads in the same request see the change. */
  clearLoaders(): void {
    this.loaders = new Map();
  }
}
