import type { EntityManager } from 'typeorm';
import type { Database } from '../database/database';
import type { LiveHub } from '../events/live-hub';
import type { RequestContext } from '../tenancy/request-context';

/** What every resolver receives. `session` is null for anonymous calls (signup, login). */
export interface GraphqlContext {
  session: RequestContext | null;
  /** Why a bearer token sent with the request was refused; raised only where a login is needed. */
  authError: Error | null;
  /** The current manager: inside a command, its transaction. Only `auth/` reads it. */
  manager: EntityManager;
  database: Database;
  clientAddress: string;
  /** Live subscribers of this instance (subscriptions only). */
  live: LiveHub;
}
