import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `--help` / `-h`, which every command accepts. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const satisfies Options;

export interface ParsedArgs<O extends Options> {
  values: { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };
  positionals: string[];
}

/**
 * Parses a command's arguments strictly: an unknown option, an option missing its value or more
 * positionals than `maxPositionals` is a CliError naming the mistake and pointing to the help.
 */
export function parseCommandArgs<O extends Options>(command: string, argv: readonly string[], options: O, maxPositionals = Infinity): ParsedArgs<O> {
  const hint = `Run "dealflow-plugin ${command} --help" for its usage.`;
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(firstSentence((error as Error).message), { hint, cause: error });
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals.slice(maxPositionals).map((value) => JSON.stringify(value)).join(', ');
    throw new CliError(`Unexpected argument${parsed.positionals.length - maxPositionals > 1 ? 's' : ''} ${extra}`, { hint });
  }
  return { values: parsed.values as ParsedArgs<O>['values'], positionals: parsed.positionals };
}

/** Node's parse errors go on to explain `--`; the first sentence is what went wrong. */
function firstSentence(message: string): string {
  const end = message.search(/\.\s/);
  return end === -1 ? message.replace(/\.$/, '') : message.slice(0, end);
}
