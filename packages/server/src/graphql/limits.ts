import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphqlLimits } from '../config';

/**
 * How big a request may be (depth, cost, aliases), and no field suggestions to strangers when
 * introspection is off: the same rules over HTTP and WebSocket.
 */
export function protect(limits: GraphqlLimits) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    costLimit: { maxCost: limits.maxCost },
    maxAliases: { n: limits.maxAliases },
    blockFieldSuggestion: { enabled: !limits.introspection },
  }).protect();
}
