import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';
import { currentCredentials, GRAPHQL_PATH } from './graphql';

/** The server closes a socket with 4401 when its access token is missing, bad or expired. */
const UNAUTHORIZED = 4401;
const RETRY_MS = [500, 1000, 2000, 5000];

let client: Client | null = null;

/** One WebSocket for all subscriptions of the tab, authenticated with the current access token. */
function liveClient(): Client {
  client ??= createClient({
    url: () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`,
    connectionParams: () => ({ authorization: `Bearer ${currentCredentials().accessToken() ?? ''}` }),
    lazy: true,
    retryAttempts: Infinity,
  });
  return client;
}

/**
 * Follows a subscription whose events carry a `sequence` cursor, for as long as the caller
 * wants: when the connection drops (or the token expires: 4401, renewed first) it subscribes
 * again from the last cursor seen, so the server replays what was missed, none twice.
 * Returns the function that stops following.
 */
export function follow<R, V>(
  document: TypedDocumentString<R, V>,
  variables: (after: number | null) => V,
  onData: (data: R) => number,
  after: number | null = null,
): () => void {
  let stopped = false;
  let attempt = 0;
  let dispose: () => void = () => {};
  const start = () => {
    dispose = liveClient().subscribe<R>({ query: document.toString(), variables: variables(after) as Record<string, unknown> }, {
      next: (result) => {
        attempt = 0;
        if (result.data) after = onData(result.data);
      },
      error: (error) => void retry(error),
      complete: () => void retry(null),
    });
  };
  const retry = async (error: unknown) => {
    if (stopped) return;
    if ((error as { code?: number } | null)?.code === UNAUTHORIZED) await currentCredentials().renew();
    setTimeout(() => !stopped && start(), RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]);
  };
  start();
  return () => {
    stopped = true;
    dispose();
  };
}
