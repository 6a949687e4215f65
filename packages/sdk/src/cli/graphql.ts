import { CliError } from './io.js';

export const DEFAULT_URL = 'http://localhost:4000/graphql';

export const PUBLISH_MUTATION = `mutation PublishPluginVersion($input: PublishPluginVersionInput!) {
  publishPluginVersion(input: $input) { id semver codeHash hooks publishedAt plugin { id key name } }
}`;

/** What publishPluginVersion answers, as the CLI asks for it. */
export interface PublishedVersion {
  id: string;
  semver: string;
  codeHash: string;
  hooks: string[];
  publishedAt: string;
  plugin: { id: string; key: string; name: string } | null;
}

/** One entry of a GraphQL response's `errors`, as Dealflow shapes them (extensions.code, and .field for input errors). */
export interface GraphqlError {
  message: string;
  extensions?: { code?: string; field?: string; retryAfterSeconds?: number; [key: string]: unknown };
}

/** The endpoint to call: a bare origin such as https://crm.example.com gets Dealflow's /graphql path. */
export function endpointUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CliError(`"${value}" is not a URL; pass the GraphQL endpoint, such as ${DEFAULT_URL}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliError(`The URL must be http or https, got "${value}"`);
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/graphql';
  return url.toString();
}

/** The HTTP request publishPluginVersion is: a POST of the mutation with the bundle as variables.input.bundle. */
export function publishRequest(bundle: string, token: string): { method: 'POST'; headers: Record<string, string>; body: string } {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ operationName: 'PublishPluginVersion', query: PUBLISH_MUTATION, variables: { input: { bundle } } }),
  };
}

/**
 * Reads the server's answer: the published version, or a CliError with a one-line reason. Any
 * GraphQL error is reported by describeGraphqlError; a body that is not GraphQL's JSON by its
 * HTTP status.
 */
export function readPublishResponse(status: number, statusText: string, text: string): PublishedVersion {
  let body: { data?: { publishPluginVersion?: PublishedVersion | null } | null; errors?: GraphqlError[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new CliError(describeHttpFailure(status, statusText));
  }
  const [first] = Array.isArray(body?.errors) ? body.errors : [];
  if (first) throw new CliError(describeGraphqlError(first), { hint: hintFor(first) });
  const version = body?.data?.publishPluginVersion;
  if (!version) throw new CliError(status >= 400 ? describeHttpFailure(status, statusText) : 'The server answered without a published version');
  return version;
}

/**
 * One line saying what went wrong, led by the error's code: "CONFLICT: Version 1.0.0 of
 * my-plugin is already published with other code; ...".
 */
export function describeGraphqlError(error: GraphqlError): string {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : undefined;
  const message = oneLine(typeof error.message === 'string' && error.message ? error.message : 'no message');
  switch (code) {
    case undefined:
      return message;
    case 'BAD_USER_INPUT': {
      const field = error.extensions?.field;
      return `${code}${typeof field === 'string' ? ` (${field})` : ''}: ${message}`;
    }
    case 'RATE_LIMITED': {
      const seconds = error.extensions?.retryAfterSeconds;
      return `${code}: ${message}${typeof seconds === 'number' ? ` (retry in ${seconds} s)` : ''}`;
    }
    default:
      return `${code}: ${message}`;
  }
}

/** What to do about an error, when the code says it. */
function hintFor(error: GraphqlError): string | undefined {
  switch (error.extensions?.code) {
    case 'UNAUTHENTICATED':
      return 'Check --token or DEALFLOW_TOKEN: an API key (dfk_...) with the ADMIN role, or a login access token, which expires.';
    case 'FORBIDDEN':
      return 'Publishing needs the ADMIN role: use an API key created with role ADMIN, or log in as an admin or the owner.';
    case 'CONFLICT':
      return /already published/i.test(error.message)
        ? 'Versions never change: bump `version` in your plugin (src/index.ts), build, and publish again.'
        : undefined;
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'GRAPHQL_PARSE_FAILED':
      return 'Is the URL a Dealflow GraphQL endpoint (--url or DEALFLOW_URL)?';
    default:
      return undefined;
  }
}

function describeHttpFailure(status: number, statusText: string): string {
  const answer = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
  if (status === 413) return `The server refused the bundle as too large (${answer})`;
  return `The server answered ${answer}, not a GraphQL response: is the URL Dealflow's GraphQL endpoint (--url or DEALFLOW_URL)?`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
