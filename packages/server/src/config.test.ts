import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  it('uses an SQLite file when no DATABASE_URL is given', () => {
    expect(loadConfig({}).database).toMatchObject({ type: 'sqlite' });
  });

  it('tells MySQL and MariaDB apart by the URL scheme, and refuses others', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://u:p@db:3306/crm' }).database).toEqual({ type: 'mysql', url: 'mysql://u:p@db:3306/crm' });
    expect(loadConfig({ DATABASE_URL: 'mariadb://u@db/crm' }).database).toEqual({ type: 'mariadb', url: 'mariadb://u@db/crm' });
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/crm' })).toThrow(/mysql:\/\/ or mariadb:\/\//);
  });

  it('requires a JWT secret in production and rejects malformed numbers', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a non-negative whole number/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's' }).graphql.introspection).toBe(false);
  });

  it('runs live updates in-process unless REDIS_URL is given, and refuses a URL that is not Redis', () => {
    expect(loadConfig({}).redisUrl).toBeNull();
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379/0' }).redisUrl).toBe('redis://cache:6379/0');
    expect(() => loadConfig({ REDIS_URL: 'http://cache' })).toThrow(/redis:\/\/ or rediss:\/\//);
    expect(loadConfig({}).live).toEqual({
      dispatch: true,
      dispatchPollMs: 1000,
      taskNoticeIntervalMs: 30_000,
      eventRetentionDays: 30,
      maxQueuedPerSubscriber: 1000,
    });
    expect(loadConfig({ OUTBOX_DISPATCH: 'off' }).live.dispatch).toBe(false);
  });
});
