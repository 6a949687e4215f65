import type { CliIo } from './io.js';

/** One `dealflow-plugin <name>` command. */
export interface Command {
  name: string;
  /** One line for the overview. */
  summary: string;
  /** The whole of `dealflow-plugin <name> --help`. */
  help: string;
  /** Resolves to the exit code; throws a CliError for a failure the user can act on. */
  run(argv: readonly string[], io: CliIo): Promise<number>;
}
