import { randomBytes } from 'node:crypto';
import type { Database } from '../database/database';
import { ForbiddenError, UnauthenticatedError, UserInputError } from '../graphql/errors';
import { RequestContext } from '../tenancy/request-context';
import { hasRole, Role } from '../tenancy/roles';
import { Tenant } from '../tenancy/tenant.entity';
import { ApiKey } from './api-key.entity';
import { hashSecret, secretMatches } from './secrets';

export const API_KEY_PREFIX = 'dfk_';

/** lastUsedAt is a hint for people cleaning up keys; writing it on every call would be waste. */
const LAST_USED_PRECISION_MS = 60_000;

export interface IssuedApiKey {
  apiKey: ApiKey;
  /** `dfk_<prefix>.<secret>`: shown once, never stored. */
  secret: string;
}

/**
 * Keys for other systems (a billing system recording payments). A key acts with the role it was
 * given, as the person who made it, so what it does is traced to someone; it can never be given
 * more than its creator has, nor OWNER or PARTNER.
 */
export class ApiKeyService {
  constructor(private readonly database: Database) {}

  async create(ctx: RequestContext, name: string, role: Role): Promise<IssuedApiKey> {
    if (role === Role.OWNER || role === Role.PARTNER) throw new UserInputError('role', `A key cannot have the ${role} role`);
    if (!hasRole(ctx.caller.role, role)) throw new ForbiddenError('A key cannot have more rights than you');
    const prefix = randomBytes(6).toString('base64url');
    const secret = randomBytes(32).toString('base64url');
    const apiKey = await ctx.data.repo(ApiKey).insert({
      name: name.trim(),
      prefix,
      secretHash: hashSecret(secret),
      role,
      createdById: ctx.userId,
    });
    return { apiKey, secret: `${API_KEY_PREFIX}${prefix}.${secret}` };
  }

  list(ctx: RequestContext): Promise<ApiKey[]> {
    return ctx.data.repo(ApiKey).find({ order: { createdAt: 'DESC' } });
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApiKey> {
    const apiKey = await ctx.data.repo(ApiKey).getById(id, 'API key', 'id');
    if (apiKey.revokedAt) return apiKey;
    return ctx.data.repo(ApiKey).update(apiKey, { revokedAt: new Date() });
  }

  /** The caller a bearer key stands for. Looked up by its prefix before the tenant is known. */
  async authenticate(bearer: string): Promise<RequestContext> {
    const [prefix, secret] = bearer.slice(API_KEY_PREFIX.length).split('.');
    const apiKey = prefix && secret ? await this.database.manager.findOneBy(ApiKey, { prefix }) : null;
    if (!apiKey || apiKey.revokedAt || !secretMatches(secret!, apiKey.secretHash)) {
      throw new UnauthenticatedError('This API key is not valid or was revoked');
    }
    const tenant = await this.database.manager.findOneByOrFail(Tenant, { id: apiKey.tenantId });
    await this.noteUse(apiKey);
    return RequestContext.forUser(this.database.manager, tenant, {
      userId: apiKey.createdById,
      role: apiKey.role as Role,
      apiKeyId: apiKey.id,
    });
  }

  private async noteUse(apiKey: ApiKey): Promise<void> {
    const now = new Date();
    if (apiKey.lastUsedAt && now.getTime() - apiKey.lastUsedAt.getTime() < LAST_USED_PRECISION_MS) return;
    await this.database.manager.update(ApiKey, { tenantId: apiKey.tenantId, id: apiKey.id }, { lastUsedAt: now });
  }
}
