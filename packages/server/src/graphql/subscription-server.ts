import type { Server } from 'node:http';
import {
  GraphQLError,
  createSourceEventStream,
  execute,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { CloseCode, type Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AuthService } from '../auth/auth.service';
import type { Database } from '../database/database';
import type { LiveHub } from '../events/live-hub';
import type { RequestContext } from '../tenancy/request-context';
import type { GraphqlContext } from './context';
import { UnauthenticatedError } from './errors';
import { formatError } from './format-error';

/** What a connection keeps beside graphql-ws's own `socket` and `request`. */
type Connection = {
  session?: RequestContext;
  expiry?: NodeJS.Timeout;
};

type ConnectionContext = Context<Record<string, unknown>, { socket: WebSocket } & Connection>;

export interface SubscriptionServer {
  /** Open sockets, for /health. */
  connections(): number;
  /** Closes every socket with 1001 Going Away and stops accepting new ones. */
  close(): Promise<void>;
}

/** Longest a timer can wait in Node; a token living longer is re-checked at reconnect anyway. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * graphql-ws on the HTTP server's `/graphql` path. The access token travels in
 * `connectionParams.authorization` ("Bearer …"): a missing, bad or expired one closes the socket
 * with 4401 and the reason, and a connection is closed the same way when its token expires, so
 * the client reconnects with a fresh one. Only subscriptions are served here (queries and
 * mutations go over HTTP), under the same depth, cost and alias limits as HTTP.
 */
export function attachSubscriptionServer(options: {
  httpServer: Server;
  schema: GraphQLSchema;
  auth: AuthService;
  database: Database;
  live: LiveHub;
  validationRules: ValidationRule[];
}): SubscriptionServer {
  const { schema, database, live } = options;
  const rules = [...specifiedRules, ...options.validationRules];
  let closing = false;
  // While shutting down, new sockets are refused (503) so clients reconnect elsewhere.
  const wss = new WebSocketServer({ server: options.httpServer, path: '/graphql', verifyClient: () => !closing });

  const server = useServer<Record<string, unknown>, Connection>({
    schema,
    subscribe: subscribeShared,
    onConnect: async (ctx) => {
      const refusal = await authenticate(ctx, options.auth);
      if (refusal) {
        ctx.extra.socket.close(CloseCode.Unauthorized, closeReason(refusal));
        return false;
      }
      return true;
    },
    onSubscribe: (ctx, _id, payload) => {
      let document: DocumentNode;
      try {
        document = parse(payload.query);
      } catch (error) {
        return [protocolError(error instanceof GraphQLError ? error.message : 'The query could not be parsed', 'GRAPHQL_PARSE_FAILED')];
      }
      const invalid = validate(schema, document, rules);
      if (invalid.length > 0) return invalid.map((error) => protocolError(error.message, 'GRAPHQL_VALIDATION_FAILED'));
      if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
        return [protocolError('Only subscriptions are served over WebSocket; send queries and mutations over HTTP', 'BAD_REQUEST')];
      }
      const session = ctx.extra.session!;
      const contextValue: SubscriptionContext = {
        // Each subscription gets its own context (and loaders) for the caller of the connection.
        session: session.withManager(database.manager),
        authError: null,
        manager: database.manager,
        database,
        clientAddress: ctx.extra.request.socket.remoteAddress ?? '',
        live,
        sharedResultKey: [viewerClass(session), payload.operationName ?? '', payload.query, JSON.stringify(payload.variables ?? {})].join('\n'),
      };
      return { schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
    },
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
    onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
    onClose: (ctx) => {
      if (ctx.extra.expiry) clearTimeout(ctx.extra.expiry);
    },
  }, wss);

  return {
    connections: () => wss.clients.size,
    close: async () => {
      closing = true;
      await server.dispose();
    },
  };
}

type SubscriptionContext = GraphqlContext & {
  /**
   * Subscriptions with the same query, variables and viewer class get the same result for an
   * event: which events they receive is decided before execution, by the live hub.
   */
  sharedResultKey: string;
};

/**
 * Who sees the same result: everyone of a role, except a REP limited to own records, whose
 * reads (a deal on an event, say) depend on who they are.
 */
function viewerClass(session: RequestContext): string {
  return session.ownRecordsOnly ? `user:${session.userId}` : `role:${session.caller.role}`;
}

/** Each event's results so far, by `sharedResultKey`; dropped with the event. */
const sharedResults = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

/**
 * graphql-js's `subscribe`, except that an event's result is computed once per query and kind
 * of viewer, not once per subscriber: a move watched by a thousand people on one board is
 * executed once, and its result sent a thousand times.
 */
async function subscribeShared(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const key = (args.contextValue as SubscriptionContext).sharedResultKey;
  const events = stream[Symbol.asyncIterator]();
  const resultOf = (event: object): Promise<ExecutionResult> => {
    const results = sharedResults.get(event) ?? new Map<string, Promise<ExecutionResult>>();
    sharedResults.set(event, results);
    let result = results.get(key);
    if (!result) {
      result = Promise.resolve(execute({ ...args, rootValue: event }));
      results.set(key, result);
    }
    return result;
  };
  const done = { value: undefined, done: true } as const;
  const results: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const next = await events.next();
      return next.done ? done : { value: await resultOf(next.value as object), done: false };
    },
    // Ends the hub's subscriber at once, even while it waits for an event.
    async return() {
      await events.return?.();
      return done;
    },
    async throw(error: unknown) {
      await events.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => results,
  };
  return results;
}

/** Authenticates the connection; returns why it is refused, or null when it may go on. */
async function authenticate(ctx: ConnectionContext, auth: AuthService): Promise<string | null> {
  const header = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
  const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (!token) return 'Send an access token: connectionParams { authorization: "Bearer <token>" }';
  try {
    const { session, expiresAt } = await auth.authenticateUntil(token);
    ctx.extra.session = session;
    const socket = ctx.extra.socket;
    ctx.extra.expiry = setTimeout(() => {
      socket.close(CloseCode.Unauthorized, 'Your access token expired; reconnect with a fresh one');
    }, Math.min(Math.max(expiresAt.getTime() - Date.now(), 0), MAX_TIMER_MS));
    return null;
  } catch (error) {
    if (error instanceof UnauthenticatedError) return error.message;
    throw error;
  }
}

/** WebSocket close reasons are limited to 123 bytes. */
function closeReason(reason: string): string {
  return Buffer.byteLength(reason) <= 123 ? reason : `${Buffer.from(reason).subarray(0, 119).toString('utf8')}…`;
}

function protocolError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
