import { IsNull, LessThan, MoreThan } from 'typeorm';
import { issueSecret } from '../../auth/secrets';
import { normalizeEmail } from '../../common/person';
import { countTopic, cursorBefore, type Topic } from '../../events/event-feed';
import { viewerOf } from '../../events/event-visibility';
import { ConflictError, ForbiddenError, UserInputError } from '../../graphql/errors';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { Partner } from '../partners/partner.entity';
import { Invite } from './invite.entity';
import type { NotificationState } from './notification-state.types';
import type { InvitePayload, InviteUserInput, UpdateUserInput } from './user.inputs';
import { User } from './user.entity';

/** Read notifications shown before the unread ones, for context. */
const RECENT_READ_NOTIFICATIONS = 20;

/** The team: who is in it, with which role, and who is invited; and each member's notification read state. */
export class UserService {
  constructor(
    private readonly settings: { publicUrl: string; inviteTtlSeconds: number },
  ) {}

  async update(ctx: RequestContext, input: UpdateUserInput): Promise<User> {
    const users = ctx.data.repo(User);
    const user = await users.getById(input.id, 'User', 'id');
    const self = user.id === ctx.userId;
    const changesAccess = input.role != null || input.active != null || input.jobTitle !== undefined;
    if (changesAccess || !self) ctx.requireRole(Role.ADMIN, 'change other people\'s accounts');
    if (input.role === Role.PARTNER) throw new UserInputError('role', 'Partner users are created from a partner program');
    const touchesOwner = input.role === Role.OWNER || (user.role === Role.OWNER && changesAccess);
    if (touchesOwner && ctx.caller.role !== Role.OWNER) throw new ForbiddenError('Only an owner can change who is an owner');
    if (self && input.active === false) throw new UserInputError('active', 'You cannot deactivate yourself');
    const losesOwner = user.role === Role.OWNER && ((input.role != null && input.role !== Role.OWNER) || input.active === false);
    if (losesOwner && (await users.count({ role: Role.OWNER, active: true })) <= 1) {
      throw new ConflictError('A workspace needs at least one active owner; make someone else owner first');
    }
    const name = input.name?.trim();
    if (name === '') throw new UserInputError('name', 'Name cannot be blank');
    return users.update(user, {
      ...(name ? { name } : {}),
      ...(input.role != null ? { role: input.role } : {}),
      ...(input.jobTitle !== undefined ? { jobTitle: input.jobTitle } : {}),
      ...(input.active != null ? { active: input.active } : {}),
    });
  }

  async invite(ctx: RequestContext, input: InviteUserInput): Promise<InvitePayload> {
    const partnerId = await this.invitedPartnerId(ctx, input);
    if (input.role === Role.OWNER && ctx.caller.role !== Role.OWNER) throw new ForbiddenError('Only an owner can invite an owner');
    const email = normalizeEmail(input.email);
    if (await ctx.data.repo(User).exists({ email })) {
      throw new UserInputError('email', 'Someone with this email is already on the team');
    }
    const now = new Date();
    await ctx.data.repo(Invite).updateWhere({ email, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now });
    const secret = issueSecret();
    const invite = await ctx.data.repo(Invite).insert({
      id: secret.id,
      email,
      role: input.role,
      jobTitle: input.jobTitle ?? null,
      tokenHash: secret.hash,
      expiresAt: new Date(now.getTime() + this.settings.inviteTtlSeconds * 1000),
      acceptedAt: null,
      revokedAt: null,
      invitedById: ctx.userId,
      partnerId,
    });
    return { invite, acceptUrl: `${this.settings.publicUrl}/accept-invite?token=${encodeURIComponent(secret.token)}` };
  }

  /**
   * The partner a PARTNER invite names (a manager may invite their partners' people); a team
   * invite names none and is an admin's to send.
   */
  private async invitedPartnerId(ctx: RequestContext, input: InviteUserInput): Promise<string | null> {
    if (input.role !== Role.PARTNER) {
      ctx.requireRole(Role.ADMIN, 'invite people');
      if (input.partnerId) throw new UserInputError('partnerId', 'Only a PARTNER invite names a partner');
      return null;
    }
    ctx.requireRole(Role.MANAGER, 'invite partner users');
    if (!input.partnerId) throw new UserInputError('partnerId', 'A PARTNER invite must name the partner the person will act for');
    return (await ctx.data.repo(Partner).getById(input.partnerId, 'Partner', 'partnerId')).id;
  }

  pendingInvites(ctx: RequestContext): Promise<Invite[]> {
    ctx.requireRole(Role.ADMIN, 'see invites');
    return ctx.data.repo(Invite).find({
      where: { acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
    });
  }

  async revokeInvite(ctx: RequestContext, id: string): Promise<Invite> {
    ctx.requireRole(Role.ADMIN, 'withdraw invites');
    const invite = await ctx.data.repo(Invite).getById(id, 'Invite', 'id');
    if (invite.acceptedAt) throw new ConflictError('This invite was already accepted');
    return ctx.data.repo(Invite).update(invite, { revokedAt: invite.revokedAt ?? new Date() });
  }

  async notificationState(ctx: RequestContext): Promise<NotificationState> {
    const me = await ctx.data.repo(User).getById(ctx.userId, 'User');
    const readUpTo = me.notificationsReadUpTo ?? 0;
    const topic: Topic = { kind: 'notifications', userId: ctx.userId };
    return {
      readUpTo,
      unreadCount: await countTopic(ctx.data, topic, viewerOf(ctx), readUpTo),
      recentFrom: await cursorBefore(ctx.data, topic, viewerOf(ctx), readUpTo, RECENT_READ_NOTIFICATIONS),
    };
  }

  /**
   * Marks the caller's notifications read up to a cursor. It only moves forward: a device that
   * marks an older cursor after another marked a newer one changes nothing (the condition is in
   * the UPDATE, so two devices at once cannot move it back either).
   */
  async markNotificationsRead(ctx: RequestContext, upTo: number): Promise<NotificationState> {
    if (!Number.isInteger(upTo) || upTo < 0) throw new UserInputError('upTo', 'upTo must be a cursor: a whole number from 0');
    const latest = (await ctx.data.tenant()).eventSequence;
    if (upTo > latest) throw new UserInputError('upTo', `There is no event ${upTo} yet; the latest is ${latest}`);
    // Bookkeeping, not an edit of the account: no version bump, updatedAt untouched.
    await ctx.data.repo(User).updateWhere({ id: ctx.userId, notificationsReadUpTo: LessThan(upTo) }, { notificationsReadUpTo: upTo }, { touch: false });
    return this.notificationState(ctx);
  }

  /** Checks that `userId` is an active member who can own records (used by every owned module). */
  async assertAssignable(ctx: RequestContext, userId: string, field = 'ownerId'): Promise<User> {
    const user = await ctx.data.repo(User).getById(userId, 'User', field);
    if (!user.active) throw new UserInputError(field, `${user.name} is deactivated and cannot own records`);
    if (user.role === Role.PARTNER) throw new UserInputError(field, `${user.name} is a partner's user and cannot own records`);
    if (ctx.ownRecordsOnly && user.id !== ctx.userId) {
      throw new ForbiddenError('You can only assign records to yourself');
    }
    return user;
  }
}

