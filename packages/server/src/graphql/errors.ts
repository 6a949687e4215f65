import { GraphQLError } from 'graphql';

/**
 * The one error convention of the API (STYLE.md §7). Every error a client sees carries
 * `extensions.code` and a message a person can act on; BAD_USER_INPUT also names the field.
 * Anything else thrown inside a resolver is logged and reported as INTERNAL_SERVER_ERROR
 * without its message (see `formatError`).
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  /** A live subscription whose client stopped reading was dropped; subscribe again with the last cursor. */
  | 'FELL_BEHIND';

export class DealflowError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class UserInputError extends DealflowError {
  /** @param field path of the offending field inside its argument, e.g. `amountMinor` or `lines.0.quantity` */
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}

export class NotFoundError extends DealflowError {
  /** A record of another tenant gets exactly this error too: it must look missing. */
  constructor(what: string, field?: string) {
    super('NOT_FOUND', `${what} not found`, field ? { field } : {});
  }
}

export class ConflictError extends DealflowError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('CONFLICT', message, extra);
  }
}

/** The record moved on since the caller read it: reload, then try again. */
export class StaleVersionError extends ConflictError {
  constructor(what: string, currentVersion: number, sentVersion: number | undefined) {
    super(
      `This ${what} was changed by someone else (now at version ${currentVersion}, you sent ${sentVersion}). Reload it and try again.`,
      { currentVersion },
    );
  }
}

export class ForbiddenError extends DealflowError {
  constructor(message = 'You do not have permission to do this') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends DealflowError {
  constructor(message = 'Log in to continue') {
    super('UNAUTHENTICATED', message);
  }
}

export class RateLimitedError extends DealflowError {
  constructor(message: string, retryAfterSeconds: number) {
    super('RATE_LIMITED', message, { retryAfterSeconds });
  }
}
