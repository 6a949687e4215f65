/** What a command may touch of the outside world: passed in, so that tests can run commands in-process. */
export interface CliIo {
  /** The directory relative paths are resolved from. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Writes text (the caller adds newlines) to standard output. */
  out(text: string): void;
  /** Writes text to standard error. */
  err(text: string): void;
  fetch: typeof fetch;
  /** Whether child processes (the test runner) share this terminal; otherwise their output goes through out/err. */
  inheritStdio: boolean;
}

/** The real process. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    fetch: globalThis.fetch,
    inheritStdio: true,
  };
}

/**
 * A failure the user can act on: the CLI prints its message (no stack trace) and exits with
 * `exitCode`. `hint` is a second line, e.g. where to read the usage.
 */
export class CliError extends Error {
  readonly exitCode: number;
  readonly hint: string | undefined;

  constructor(message: string, options: { hint?: string; exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CliError';
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 1;
  }
}
