import type { TypedDocumentString } from '../gql/graphql';

/**
 * An error the API answered with: its `extensions.code` (BAD_USER_INPUT, CONFLICT, ...), the
 * input field it names, and the message, which the server writes for people to read.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field: string | null = null,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The server could not be reached at all. */
export class NetworkError extends Error {}

interface Response<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } & Record<string, unknown> }>;
}

/** How requests are authenticated; the session store provides it (see stores/session.ts). */
export interface Credentials {
  accessToken(): string | null;
  /** Gets a fresh access token after the server refused one; false when the session is over. */
  renew(): Promise<boolean>;
}

let credentials: Credentials = { accessToken: () => null, renew: async () => false };

export function useCredentials(provider: Credentials): void {
  credentials = provider;
}

export function currentCredentials(): Credentials {
  return credentials;
}

export const GRAPHQL_PATH = '/graphql';

/**
 * Sends a typed operation. A refused access token is renewed once and the call repeated, so an
 * expired token never surfaces as an error; any other error is thrown as ApiError.
 */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V, anonymous = false): Promise<R> {
  const first = await send(document, variables, anonymous ? null : credentials.accessToken());
  const refused = first.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';
  const result = refused && !anonymous && (await credentials.renew())
    ? await send(document, variables, credentials.accessToken())
    : first;
  const [error] = result.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.extensions?.field ?? null, error.extensions ?? {});
  return result.data as R;
}

async function send<R, V>(document: TypedDocumentString<R, V>, variables: V, token: string | null): Promise<Response<R>> {
  let response: globalThis.Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new NetworkError('The server cannot be reached');
  }
  try {
    return (await response.json()) as Response<R>;
  } catch {
    throw new NetworkError(`The server answered ${response.status} without a GraphQL response`);
  }
}
