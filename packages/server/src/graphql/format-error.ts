import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { DealflowError } from './errors';

/** Codes produced by GraphQL itself (parse, validation, variable coercion); safe to show. */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Extensions a client may see; everything else (stack traces, SQL, driver codes) is dropped. */
const SAFE_EXTENSIONS = ['code', 'field', 'currentVersion', 'retryAfterSeconds', 'workspaces'];

/**
 * Shapes every error leaving the API. Our own errors and GraphQL's protocol errors pass with
 * their code and message; a class-validator failure becomes BAD_USER_INPUT naming its field;
 * anything unexpected is logged here and reported without detail.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    return { ...pick(formatted), ...describeValidation(original.extensions.validationErrors as ValidationError[]) };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (original instanceof DealflowError || PROTOCOL_CODES.has(code)) {
    return withField(pick(formatted));
  }
  console.error('Unexpected error in', formatted.path?.join('.') ?? 'request', original);
  return {
    message: 'Something went wrong on our side. Try again; if it keeps happening, contact support.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function pick(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = Object.fromEntries(
    Object.entries(formatted.extensions ?? {}).filter(([key]) => SAFE_EXTENSIONS.includes(key)),
  );
  return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
}

/**
 * graphql-js names a bad variable's place in its message; the field is taken from there,
 * relative to the argument: "amountMinor", "items.0.quantity", not "input.items[0].quantity".
 *   Variable "$input" got invalid value 1.5 at "input.amountMinor"; ...
 *   Variable "$input" got invalid value {...} at "input.items[0]"; Field "quantity" of required type "Int!" was not provided.
 *   Variable "$input" of required type "CreateDealInput!" was not provided.
 */
function withField(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.field || formatted.extensions?.code !== 'BAD_USER_INPUT') return formatted;
  const field = fieldOf(formatted.message);
  return field ? { ...formatted, extensions: { ...formatted.extensions, field } } : formatted;
}

export function fieldOf(message: string): string | undefined {
  const variable = /^Variable "\$(\w+)"/.exec(message)?.[1];
  if (!variable) return undefined;
  const at = /got invalid value .*? at "([^"]+)"/.exec(message)?.[1];
  const missing = /Field "(?:\w+\.)?(\w+)" of required type/.exec(message)?.[1];
  const path = at ? at.replace(/\[(\d+)\]/g, '.$1').split('.').slice(1) : [];
  const parts = [...path, ...(missing ? [missing] : [])];
  return parts.length > 0 ? parts.join('.') : variable;
}

function describeValidation(errors: ValidationError[]): GraphQLFormattedError {
  const [path, failure] = firstFailure(errors, []);
  const field = path.join('.');
  return { message: `${field}: ${failure}`, extensions: { code: 'BAD_USER_INPUT', field } };
}

function firstFailure(errors: ValidationError[], prefix: string[]): [string[], string] {
  for (const error of errors) {
    const path = [...prefix, error.property];
    const message = Object.values(error.constraints ?? {})[0];
    if (message) return [path, message];
    if (error.children?.length) return firstFailure(error.children, path);
  }
  return [prefix, 'is not valid'];
}
