import { createParameterDecorator, type AuthCheckerFn } from 'type-graphql';
import { hasRole, Role } from '../tenancy/roles';
import type { RequestContext } from '../tenancy/request-context';
import type { GraphqlContext } from './context';
import { ForbiddenError, UnauthenticatedError } from './errors';

/**
 * `@Authorized()` needs a member of the tenant's team (REP or above); `@Authorized(Role.ADMIN)`
 * needs at least that role. Partners' users reach only what is marked
 * `@Authorized(Role.PARTNER)`: the partner portal, whose reads the tenancy layer limits to their
 * partner. A missing or expired token is UNAUTHENTICATED, a role too low is FORBIDDEN.
 */
export const authChecker: AuthCheckerFn<GraphqlContext, Role> = ({ context }, roles) => {
  const session = context.session;
  if (!session) throw context.authError ?? new UnauthenticatedError();
  const minimum = roles[0] ?? Role.REP;
  if (!hasRole(session.caller.role, minimum)) {
    if (minimum === Role.REP) throw new ForbiddenError('Partner accounts can use the partner portal only');
    throw new ForbiddenError(`This needs the ${minimum} role or higher`);
  }
  return true;
};

/** Injects the caller's RequestContext; the resolver must also be `@Authorized`. */
export function Session(): ReturnType<typeof createParameterDecorator> {
  return createParameterDecorator<GraphqlContext>(({ context }): RequestContext => {
    if (!context.session) throw context.authError ?? new UnauthenticatedError();
    return context.session;
  });
}
