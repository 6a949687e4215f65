import { Arg, Args, Authorized, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Command } from '../../graphql/command';
import { ConnectionType, PageArgs, paginate, type Connection } from '../../graphql/connection';
import { IdInput } from '../../graphql/id-input';
import { Session } from '../../graphql/session';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { Invite } from './invite.entity';
import { MarkNotificationsReadInput, NotificationState } from './notification-state.types';
import { InvitePayload, InviteUserInput, UpdateUserInput } from './user.inputs';
import { User } from './user.entity';
import { UserService } from './user.service';

@ObjectType({ simpleResolvers: true })
export class UserConnection extends ConnectionType(User) {}

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly service: UserService) {}

  @Authorized()
  @Query(() => UserConnection, { description: 'The team, by name (partners\' users are listed under their partner).' })
  users(@Session() ctx: RequestContext, @Args() page: PageArgs): Promise<Connection<User>> {
    const team = ctx.data.repo(User).select('u').andWhere('u.role <> :partnerRole', { partnerRole: Role.PARTNER });
    return paginate(team, 'u', page, { property: 'name', type: 'string' });
  }

  @Authorized()
  @Query(() => User, { nullable: true })
  user(@Session() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<User | null> {
    return ctx.loader(User).load(id);
  }

  @Authorized()
  @Query(() => [Invite], { description: 'Invites not yet accepted, withdrawn or expired.' })
  invites(@Session() ctx: RequestContext): Promise<Invite[]> {
    return this.service.pendingInvites(ctx);
  }

  @Authorized()
  @Command(() => User, { description: 'Changes name, role, job title or active state.' })
  updateUser(@Session() ctx: RequestContext, @Arg('input') input: UpdateUserInput): Promise<User> {
    return this.service.update(ctx, input);
  }

  @Authorized()
  @Command(() => InvitePayload)
  inviteUser(@Session() ctx: RequestContext, @Arg('input') input: InviteUserInput): Promise<InvitePayload> {
    return this.service.invite(ctx, input);
  }

  @Authorized()
  @Command(() => Invite)
  revokeInvite(@Session() ctx: RequestContext, @Arg('input') input: IdInput): Promise<Invite> {
    return this.service.revokeInvite(ctx, input.id);
  }

  @Authorized()
  @Query(() => NotificationState, { description: 'How far you have read your notifications (myNotifications), on any device.' })
  notificationState(@Session() ctx: RequestContext): Promise<NotificationState> {
    return this.service.notificationState(ctx);
  }

  @Authorized()
  @Command(() => NotificationState, { description: 'Marks your notifications read up to a cursor; it never moves back.' })
  markNotificationsRead(@Session() ctx: RequestContext, @Arg('input') input: MarkNotificationsReadInput): Promise<NotificationState> {
    return this.service.markNotificationsRead(ctx, input.upTo);
  }
}
