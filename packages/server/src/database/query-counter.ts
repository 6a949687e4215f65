import type { Logger, QueryRunner } from 'typeorm';

/**
 * Counts every SQL statement the process sends, so tests can prove that a page's statement
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
    this.count += 1;
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
