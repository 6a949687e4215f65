import type { GraphQLSchema } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './session';

/**
 * Builds the executable schema from resolver classes. Resolvers are constructed by the
 * composition root (app.ts) with their services, and handed to type-graphql as a container.
 */
export function buildGraphqlSchema(resolvers: object[]): Promise<GraphQLSchema> {
  const instances = new Map<Function, object>(resolvers.map((resolver) => [resolver.constructor, resolver]));
  return buildSchema({
    resolvers: [...instances.keys()] as NonEmptyArray<Function>,
    container: { get: (type: Function) => instances.get(type) },
    authChecker,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
    // Every subscription brings its own `subscribe` (fed by the live hub, events/live-hub.ts);
    // type-graphql still asks for a PubSub, so this one refuses topic-based subscriptions.
    pubSub: {
      publish: () => {
        throw new Error('Publish through the outbox (events/domain-events.ts), not a PubSub');
      },
      subscribe: () => {
        throw new Error('Subscriptions take a `subscribe` function fed by the live hub');
      },
    },
  });
}
