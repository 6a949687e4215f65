import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { LogLevel } from './common/log';

/**
 * Every setting of the server, read once from the environment with typed defaults.
 * The README's "Configuration" table lists the same names; keep the two in step.
 */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Public address used in invite links. */
  publicUrl: string;
  database: DatabaseConfig;
  auth: AuthConfig;
  graphql: GraphqlLimits;
  /** `auto` seeds a demo tenant into an empty database at start; `off` never does. */
  demoData: 'auto' | 'off';
  logSql: boolean;
  logLevel: LogLevel;
  /** The built web app (packages/web/dist), served at `/` when it exists. */
  webDist: string;
  /** Redis for fan-out between server instances; null runs in-process (one instance). */
  redisUrl: string | null;
  live: LiveConfig;
  plugins: PluginsConfig;
}

export interface PluginsConfig {
  /** Run queued plugin runs in this instance. */
  run: boolean;
  /** Worker threads evaluating plugins in parallel (each run from an image of its plugin just loaded). */
  workers: number;
  /** How often due retries are looked for when nothing wakes the runner. */
  pollMs: number;
  /** How long a claimed run belongs to one instance before another may take it over. */
  leaseMs: number;
  maxAttempts: number;
  /** The wait after a first failure; it doubles after each further one. */
  retryDelayMs: number;
}

export interface LiveConfig {
  /** Run the outbox dispatcher in this instance (turn off only if other instances run it). */
  dispatch: boolean;
  /** How often the dispatcher looks for events nobody woke it for (a crashed instance's). */
  dispatchPollMs: number;
  /** How often due tasks are looked for, to notify their owners; 0 turns it off. */
  taskNoticeIntervalMs: number;
  /** Dispatched events are kept this long for catch-up; older cursors must reload. */
  eventRetentionDays: number;
  /** Events a subscriber may leave unread before it is dropped. */
  maxQueuedPerSubscriber: number;
}

export type DatabaseConfig =
  | { type: 'mysql' | 'mariadb'; url: string }
  | { type: 'sqlite'; file: string };

export interface AuthConfig {
  jwtSecret: string;
  /** True when no JWT_SECRET was given and one was made up for this process. */
  jwtSecretGenerated: boolean;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  inviteTtlSeconds: number;
  loginMaxFailures: number;
  loginLockSeconds: number;
}

export interface GraphqlLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  introspection: boolean;
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const mode = readEnum(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const port = readInt(env, 'PORT', 4000);
  const secret = env.JWT_SECRET;
  if (mode === 'production' && !secret) {
    throw new Error('JWT_SECRET must be set when NODE_ENV=production');
  }
  return {
    env: mode,
    host: env.HOST ?? '0.0.0.0',
    port,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    database: env.DATABASE_URL
      ? serverDatabase(env.DATABASE_URL)
      : { type: 'sqlite', file: path.resolve(env.SQLITE_FILE ?? '.data/dealflow.sqlite') },
    auth: {
      jwtSecret: secret ?? randomBytes(32).toString('hex'),
      jwtSecretGenerated: !secret,
      accessTokenTtlSeconds: readInt(env, 'ACCESS_TOKEN_TTL', 15 * 60),
      refreshTokenTtlSeconds: readInt(env, 'REFRESH_TOKEN_TTL', 30 * 24 * 3600),
      inviteTtlSeconds: readInt(env, 'INVITE_TTL', 7 * 24 * 3600),
      loginMaxFailures: readInt(env, 'LOGIN_MAX_FAILURES', 5),
      loginLockSeconds: readInt(env, 'LOGIN_LOCK_SECONDS', 15 * 60),
    },
    graphql: {
      maxDepth: readInt(env, 'GRAPHQL_MAX_DEPTH', 10),
      maxCost: readInt(env, 'GRAPHQL_MAX_COST', 20000),
      maxAliases: readInt(env, 'GRAPHQL_MAX_ALIASES', 30),
      introspection: readBool(env, 'GRAPHQL_INTROSPECTION', mode !== 'production'),
    },
    demoData: readEnum(env, 'DEMO_DATA', ['auto', 'off'], 'auto'),
    logSql: readBool(env, 'LOG_SQL', false),
    logLevel: readEnum(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'], 'info'),
    webDist: path.resolve(env.WEB_DIST ?? path.join(__dirname, '../../web/dist')),
    redisUrl: readRedisUrl(env),
    live: {
      dispatch: readBool(env, 'OUTBOX_DISPATCH', true),
      dispatchPollMs: readInt(env, 'OUTBOX_POLL_MS', 1000),
      taskNoticeIntervalMs: readInt(env, 'TASK_NOTICE_INTERVAL_MS', 30_000),
      eventRetentionDays: readInt(env, 'EVENT_RETENTION_DAYS', 30),
      maxQueuedPerSubscriber: readInt(env, 'LIVE_MAX_QUEUED', 1000),
    },
    plugins: {
      run: readBool(env, 'PLUGIN_RUNNER', true),
      workers: Math.max(1, readInt(env, 'PLUGIN_WORKERS', 2)),
      pollMs: readInt(env, 'PLUGIN_POLL_MS', 5000),
      leaseMs: readInt(env, 'PLUGIN_LEASE_MS', 30_000),
      maxAttempts: Math.max(1, readInt(env, 'PLUGIN_MAX_ATTEMPTS', 5)),
      retryDelayMs: readInt(env, 'PLUGIN_RETRY_DELAY_MS', 30_000),
    },
  };
}

/**
 * `mysql://…` for MySQL 8, `mariadb://…` for MariaDB 10.6+. The two speak the same protocol, but
 * TypeORM reads MariaDB's schema correctly (column defaults) only when told it is MariaDB.
 */
export function serverDatabase(url: string): DatabaseConfig {
  if (url.startsWith('mariadb://')) return { type: 'mariadb', url };
  if (url.startsWith('mysql://')) return { type: 'mysql', url };
  throw new Error(`DATABASE_URL must start with mysql:// or mariadb://, got "${url.split('://')[0]}://…"`);
}

function readRedisUrl(env: Env): string | null {
  const url = env.REDIS_URL;
  if (!url) return null;
  if (!/^rediss?:\/\//.test(url)) throw new Error(`REDIS_URL must start with redis:// or rediss://, got "${url.split('://')[0]}://…"`);
  return url;
}

function readInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative whole number, got "${raw}"`);
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

function readEnum<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new Error(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
}
