import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

const background = new AsyncLocalStorage<true>();

/**
 * Runs work that belongs to no request (the outbox dispatcher, live feeds, jobs): its
 * statements are not counted, so the count stays the requests' own.
 */
export function uncounted<T>(work: () => Promise<T>): Promise<T> {
  return background.run(true, work);
}

/**
 * Counts every SQL statement requests send, so tests can prove that a page's statement
 * count does not grow with its size and the benchmark can report statements per request.
 * With LOG_SQL=true it also prints them.
 */
export class QueryCounter implements Logger {
  private count = 0;

  constructor(private readonly print: boolean) {}

  get total(): number {
    return this.count;
  }

  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner): void {
    if (!background.getStore()) this.count += 1;
    if (this.print) console.log(`[sql] ${query}`, parameters?.length ? parameters : '');
  }

  logQueryError(error: string | Error, query: string): void {
    if (this.print) console.error(`[sql error] ${String(error)} in ${query}`);
  }

  logQuerySlow(time: number, query: string): void {
    console.warn(`[sql slow ${time} ms] ${query}`);
  }

  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.print) console.log(`[migration] ${message}`);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(message);
  }
}
