import { createMethodMiddlewareDecorator, Mutation } from 'type-graphql';
import type { GraphqlContext } from './context';

/**
 * A mutation that runs as one command: one transaction opened here, at the edge, joined by
 * every service call beneath it (STYLE.md §2). A throw rolls everything back, so bad input
 * never leaves half-written records.
 */
type MutationArgs = Parameters<typeof Mutation>;

export function Command(returnType: Extract<MutationArgs[0], Function>, options?: MutationArgs[1]): MethodDecorator {
  const mutation = Mutation(returnType, options);
  const transactional = createMethodMiddlewareDecorator<GraphqlContext>(
    async ({ context }, next) => {
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
    },
  );
  return (target, key, descriptor) => {
    mutation(target, key, descriptor);
    transactional(target, key, descriptor);
  };
}
