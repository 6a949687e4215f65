import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Command } from '../graphql/command';
import type { GraphqlContext } from '../graphql/context';
import { Session } from '../graphql/session';
import { User } from '../modules/users/user.entity';
import type { RequestContext } from '../tenancy/request-context';
import { AuthService } from './auth.service';
import { AcceptInviteInput, AuthPayload, LoginInput, RefreshInput, SignupInput } from './auth.types';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Command(() => AuthPayload, { description: 'Creates a workspace with you as its owner, and logs you in.' })
  signup(@Ctx() { manager }: GraphqlContext, @Arg('input') input: SignupInput): Promise<AuthPayload> {
    return this.auth.signup(manager, input);
  }

  // Not a @Command: a failed attempt must be counted although the login fails, so the service
  // opens its own transactions.
  @Mutation(() => AuthPayload)
  login(@Arg('input') input: LoginInput): Promise<AuthPayload> {
    return this.auth.login(input);
  }

  // Not a @Command either: replaying a used token revokes its session, and that must stand.
  @Mutation(() => AuthPayload, { description: 'Trades a refresh token for a new pair; the old one stops working.' })
  refreshSession(@Arg('input') input: RefreshInput): Promise<AuthPayload> {
    return this.auth.refresh(input.refreshToken);
  }

  @Command(() => Boolean, { description: 'Ends the session the refresh token belongs to.' })
  logout(@Ctx() { manager }: GraphqlContext, @Arg('input') input: RefreshInput): Promise<boolean> {
    return this.auth.logout(manager, input.refreshToken);
  }

  @Command(() => AuthPayload, { description: 'Joins the team with an invite link and logs in.' })
  acceptInvite(@Ctx() { manager }: GraphqlContext, @Arg('input') input: AcceptInviteInput): Promise<AuthPayload> {
    return this.auth.acceptInvite(manager, input);
  }

  @Authorized()
  @Query(() => User, { description: 'The logged-in user.' })
  me(@Session() ctx: RequestContext): Promise<User> {
    return ctx.data.repo(User).getById(ctx.userId, 'User');
  }
}
