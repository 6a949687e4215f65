import { Mutation, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { GraphqlContext } from './context';

/**
 * Runs a mutation as one transaction opened here, at the edge, and joined by every service
 * call beneath it (STYLE.md §2). A throw rolls everything back, so bad input never leaves
 * half-written records. Afterwards the request's loaders are cleared so later reads see the
 * committed rows.
 */
export const inTransaction: MiddlewareFn<GraphqlContext> = async ({ context }, next) => {
  const outside = { session: context.session, manager: context.manager };
  try {
    return await context.database.transaction(async (manager) => {
      context.manager = manager;
      context.session = outside.session?.withManager(manager) ?? null;
      return (await next()) as unknown;
    });
  } finally {
    context.manager = outside.manager;
    context.session = outside.session;
    outside.session?.clearLoaders();
  }
};

type MutationArgs = Parameters<typeof Mutation>;

/** `@Mutation` + `inTransaction`: the decorator every state-changing operation uses. */
export function Command(returnType: Extract<MutationArgs[0], Function>, options?: MutationArgs[1]): MethodDecorator {
  const mutation = Mutation(returnType, options);
  const transactional = UseMiddleware(inTransaction);
  return (target, key, descriptor) => {
    mutation(target, key, descriptor);
    transactional(target, key, descriptor);
  };
}
