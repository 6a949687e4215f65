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
});
