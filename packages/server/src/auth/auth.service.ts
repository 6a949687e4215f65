import { normalizeEmail } from '../common/person';
import { IsNull, type EntityManager } from 'typeorm';
import type { AuthConfig } from '../config';
import { newId } from '../common/ids';
import type { Database } from '../database/database';
import { ConflictError, RateLimitedError, UnauthenticatedError, UserInputError } from '../graphql/errors';
import { assertCurrency } from '../money/money';
import { Invite } from '../modules/users/invite.entity';
import { User } from '../modules/users/user.entity';
import { PipelineService } from '../modules/pipelines/pipeline.service';
import { assertLocale, assertTimeZone } from '../modules/tenants/tenant-settings';
import { RequestContext } from '../tenancy/request-context';
import { Role } from '../tenancy/roles';
import { Tenant } from '../tenancy/tenant.entity';
import { AccessTokens } from './access-token';
import type { AcceptInviteInput, AuthPayload, LoginInput, SignupInput } from './auth.types';
import { LoginThrottle } from './login-throttle.entity';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './password';
import { RefreshToken } from './refresh-token.entity';
import { API_KEY_PREFIX, ApiKeyService } from './api-key.service';
import { issueSecret, parseSecret, secretMatches } from './secrets';

/**
 * Who the caller is. This module works before a tenant is known (signup, login, refresh,
 * accepting an invite), so it is the one place besides `tenancy/` that reads users and tokens
 * across tenants, and only by a secret the caller holds.
 */
export class AuthService {
  readonly accessTokens: AccessTokens;
  readonly apiKeys: ApiKeyService;

  constructor(
    private readonly database: Database,
    private readonly config: AuthConfig,
    private readonly pipelines: PipelineService,
  ) {
    this.accessTokens = new AccessTokens(config);
    this.apiKeys = new ApiKeyService(database);
  }

  /** Creates a tenant, its owner and the default pipeline, and logs the owner in. */
  async signup(manager: EntityManager, input: SignupInput): Promise<AuthPayload> {
    const now = new Date();
    const tenant = manager.create(Tenant, {
      id: newId(),
      name: input.companyName.trim(),
      slug: await this.freeSlug(manager, input.companyName),
      baseCurrency: assertCurrency('baseCurrency', (input.baseCurrency ?? 'USD').toUpperCase()),
      timeZone: assertTimeZone(input.timeZone ?? 'UTC'),
      locale: assertLocale(input.locale ?? 'en'),
      repsSeeOwnRecordsOnly: false,
      createdAt: now,
      updatedAt: now,
    });
    await manager.insert(Tenant, tenant);
    const ownerId = newId();
    const ctx = RequestContext.asOwner(manager, tenant.id, ownerId);
    const user = await ctx.data.repo(User).insert({
      id: ownerId,
      email: normalizeEmail(input.email),
      name: input.name.trim(),
      passwordHash: await hashPassword(input.password),
      role: Role.OWNER,
      jobTitle: null,
      active: true,
      lastLoginAt: now,
    });
    await this.pipelines.createDefault(ctx);
    return this.startSession(manager, user, tenant);
  }

  /**
   * Checks email and password. Runs its own short transactions: a failed attempt must be
   * counted even though the login itself fails.
   */
  async login(input: LoginInput): Promise<AuthPayload> {
    const email = normalizeEmail(input.email);
    await this.assertNotThrottled(email);
    const candidates = await this.database.manager
      .createQueryBuilder(User, 'u')
      .innerJoinAndMapOne('u.tenant', Tenant, 't', 't.id = u.tenantId')
      .where('u.email = :email AND u.active = :active', { email, active: true })
      .andWhere(input.tenantSlug ? 't.slug = :slug' : '1 = 1', { slug: input.tenantSlug ?? '' })
      .getMany() as Array<User & { tenant: Tenant }>;
    const matches: Array<User & { tenant: Tenant }> = [];
    for (const user of candidates) {
      if (await verifyPassword(input.password, user.passwordHash)) matches.push(user);
    }
    if (candidates.length === 0) await verifyAgainstDecoy(input.password);
    if (matches.length === 0) {
      await this.recordFailure(email);
      throw new UnauthenticatedError('Email or password is incorrect');
    }
    if (matches.length > 1) {
      throw new WorkspaceChoiceError(matches.map((user) => user.tenant.slug));
    }
    const [user] = matches as [User & { tenant: Tenant }];
    return this.database.transaction(async (manager) => {
      await manager.delete(LoginThrottle, { email });
      await manager.update(User, { tenantId: user.tenantId, id: user.id }, { lastLoginAt: new Date() });
      return this.startSession(manager, user, user.tenant);
    });
  }

  /**
   * Rotates a refresh token. Reusing an already-rotated token means it leaked: the whole
   * family is revoked, in its own transaction, so the revocation stands although the call fails.
   */
  async refresh(token: string): Promise<AuthPayload> {
    const stored = await this.findRefreshToken(this.database.manager, token);
    const now = new Date();
    if (stored.revokedAt) {
      await this.database.transaction((manager) => manager.update(RefreshToken, { familyId: stored.familyId }, { revokedAt: now }));
      throw new UnauthenticatedError('This session was ended; log in again');
    }
    if (stored.expiresAt < now) throw new UnauthenticatedError('This session has expired; log in again');
    return this.database.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { tenantId: stored.tenantId, id: stored.userId, active: true });
      const tenant = await manager.findOneBy(Tenant, { id: stored.tenantId });
      if (!user || !tenant) throw new UnauthenticatedError('This account is no longer active');
      const rotated = await manager.update(
        RefreshToken,
        { id: stored.id, revokedAt: IsNull() },
        { revokedAt: now },
      );
      // A concurrent refresh with the same token already rotated it.
      if (rotated.affected !== 1) throw new UnauthenticatedError('This session was ended; log in again');
      const next = await this.startSession(manager, user, tenant, stored.familyId);
      await manager.update(RefreshToken, { id: stored.id }, { replacedBy: parseSecret(next.refreshToken)!.id });
      return next;
    });
  }

  /** Ends the session the refresh token belongs to (every token of its family). */
  async logout(manager: EntityManager, token: string): Promise<boolean> {
    const stored = await this.findRefreshToken(manager, token);
    await manager.update(RefreshToken, { familyId: stored.familyId }, { revokedAt: new Date() });
    return true;
  }

  async acceptInvite(manager: EntityManager, input: AcceptInviteInput): Promise<AuthPayload> {
    const parsed = parseSecret(input.token);
    const invite = parsed ? await manager.findOneBy(Invite, { id: parsed.id }) : null;
    if (!parsed || !invite || !secretMatches(parsed.secret, invite.tokenHash)) {
      throw new UserInputError('token', 'This invite link is not valid; ask for a new one');
    }
    if (invite.acceptedAt) throw new UserInputError('token', 'This invite was already used; log in instead');
    if (invite.revokedAt) throw new UserInputError('token', 'This invite was withdrawn; ask for a new one');
    if (invite.expiresAt < new Date()) throw new UserInputError('token', 'This invite has expired; ask for a new one');
    const tenant = await manager.findOneByOrFail(Tenant, { id: invite.tenantId });
    const ctx = RequestContext.asOwner(manager, tenant.id, invite.invitedById);
    if (await ctx.data.repo(User).exists({ email: invite.email })) {
      throw new ConflictError('Someone with this email is already on the team; log in instead');
    }
    const user = await ctx.data.repo(User).insert({
      email: invite.email,
      name: input.name.trim(),
      passwordHash: await hashPassword(input.password),
      role: invite.role,
      jobTitle: invite.jobTitle,
      partnerId: invite.partnerId,
      active: true,
      lastLoginAt: new Date(),
    });
    await ctx.data.repo(Invite).update(invite, { acceptedAt: new Date() });
    return this.startSession(manager, user, tenant);
  }

  /**
   * Turns a bearer token into the caller's context. The role and the tenant's visibility rule
   * are read from the database, so a demotion or deactivation takes effect at once.
   */
  async authenticate(bearer: string): Promise<RequestContext> {
    if (bearer.startsWith(API_KEY_PREFIX)) return this.apiKeys.authenticate(bearer);
    return (await this.authenticateUntil(bearer)).session;
  }

  /** `authenticate`, plus when the token expires (a live connection is closed then). */
  async authenticateUntil(bearer: string): Promise<{ session: RequestContext; expiresAt: Date }> {
    const claims = await this.accessTokens.verify(bearer);
    const user = (await this.database.manager
      .createQueryBuilder(User, 'u')
      .innerJoinAndMapOne('u.tenant', Tenant, 't', 't.id = u.tenantId')
      .select(['u.tenantId', 'u.id', 'u.role', 'u.partnerId', 'u.active', 't'])
      .where('u.tenantId = :tenantId AND u.id = :userId', { tenantId: claims.tenantId, userId: claims.userId })
      .getOne()) as (User & { tenant: Tenant }) | null;
    if (!user || !user.active) throw new UnauthenticatedError('This account is no longer active');
    const session = RequestContext.forUser(this.database.manager, user.tenant, { userId: user.id, role: user.role, partnerId: user.partnerId });
    return { session, expiresAt: claims.expiresAt };
  }

  /** `authenticate`, but a refused token becomes the reason instead of a throw. */
  async authenticateOrExplain(bearer: string): Promise<{ session: RequestContext | null; authError: Error | null }> {
    if (!bearer) return { session: null, authError: null };
    try {
      return { session: await this.authenticate(bearer), authError: null };
    } catch (error) {
      if (error instanceof UnauthenticatedError) return { session: null, authError: error };
      throw error;
    }
  }

  private async startSession(manager: EntityManager, user: User, tenant: Tenant, familyId?: string): Promise<AuthPayload> {
    const secret = issueSecret();
    const now = new Date();
    await manager.insert(RefreshToken, {
      id: secret.id,
      tenantId: tenant.id,
      userId: user.id,
      familyId: familyId ?? secret.id,
      tokenHash: secret.hash,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.refreshTokenTtlSeconds * 1000),
      revokedAt: null,
      replacedBy: null,
    });
    return {
      accessToken: await this.accessTokens.sign({ userId: user.id, tenantId: tenant.id }),
      expiresIn: this.config.accessTokenTtlSeconds,
      refreshToken: secret.token,
      user,
      tenant,
    };
  }

  private async findRefreshToken(manager: EntityManager, token: string): Promise<RefreshToken> {
    const parsed = parseSecret(token);
    const stored = parsed ? await manager.findOneBy(RefreshToken, { id: parsed.id }) : null;
    if (!parsed || !stored || !secretMatches(parsed.secret, stored.tokenHash)) {
      throw new UnauthenticatedError('This session is not valid; log in again');
    }
    return stored;
  }

  private async assertNotThrottled(email: string): Promise<void> {
    const throttle = await this.database.manager.findOneBy(LoginThrottle, { email });
    const lockedFor = throttle?.lockedUntil ? throttle.lockedUntil.getTime() - Date.now() : 0;
    if (lockedFor > 0) {
      const minutes = Math.ceil(lockedFor / 60_000);
      throw new RateLimitedError(
        `Too many failed logins for this email. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or reset your password.`,
        Math.ceil(lockedFor / 1000),
      );
    }
  }

  private async recordFailure(email: string): Promise<void> {
    const now = new Date();
    const windowMs = this.config.loginLockSeconds * 1000;
    await this.database.transaction(async (manager) => {
      const throttle = await manager.findOneBy(LoginThrottle, { email });
      const fresh = !throttle || now.getTime() - throttle.windowStartedAt.getTime() > windowMs;
      const failures = fresh ? 1 : throttle.failures + 1;
      const lockedUntil = failures >= this.config.loginMaxFailures ? new Date(now.getTime() + windowMs) : null;
      await manager.save(LoginThrottle, {
        email,
        failures,
        windowStartedAt: fresh ? now : throttle.windowStartedAt,
        lockedUntil,
      });
    });
  }

  private async freeSlug(manager: EntityManager, companyName: string): Promise<string> {
    const base = companyName
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'workspace';
    for (let attempt = 0; ; attempt++) {
      const slug = attempt === 0 ? base : `${base}-${attempt + 1}`;
      if (!(await manager.existsBy(Tenant, { slug }))) return slug;
    }
  }
}

/** The email and password match accounts in several workspaces: the client must pick one. */
class WorkspaceChoiceError extends UserInputError {
  constructor(slugs: string[]) {
    super('tenantSlug', 'This email belongs to several workspaces; choose which one to log in to');
    this.extensions.workspaces = slugs;
  }
}
