/** Leveled, one-line logs to stdout/stderr: `time level [component] message`. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export function createLogger(component: string, level: LogLevel): Logger {
  const write = (at: Exclude<LogLevel, 'silent'>, message: string) => {
    if (RANK[at] < RANK[level]) return;
    const line = `${new Date().toISOString()} ${at} [${component}] ${message}`;
    if (at === 'warn' || at === 'error') console.error(line);
    else console.log(line);
  };
  return {
    debug: (message) => write('debug', message),
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message, error) => write('error', error === undefined ? message : `${message}: ${describe(error)}`),
  };
}

/** The message of a thrown value, without its stack. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
