import { build } from './commands/build.js';
import { init } from './commands/init.js';
import { publish } from './commands/publish.js';
import { test } from './commands/test.js';
import type { Command } from './command.js';
import { CliError, type CliIo } from './io.js';
import { sdkPackage } from './package-info.js';

export const COMMANDS: readonly Command[] = [init, build, test, publish];

export function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return `Usage: dealflow-plugin <command> [options]

Scaffold, build, test and publish Dealflow partner plugins.

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Options:
  -h, --help     show this help; "dealflow-plugin <command> --help" shows a command's
  -v, --version  print the version of @dealflow/sdk

Publishing reads DEALFLOW_URL and DEALFLOW_TOKEN from the environment.`;
}

/**
 * Runs `dealflow-plugin <argv>` and resolves to the exit code. Failures the user can act on are
 * printed as "Error: ..." without a stack; anything else is a bug and printed whole.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '--help' || first === '-h') {
      io.out(`${overview()}\n`);
      return 0;
    }
    if (first === '--version' || first === '-v') {
      io.out(`${sdkPackage().version}\n`);
      return 0;
    }
    if (first === 'help') return helpFor(rest[0], io);
    return await commandNamed(first).run(rest, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(`Error: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`);
    return error.exitCode;
  }
}

function helpFor(name: string | undefined, io: CliIo): number {
  io.out(`${name === undefined ? overview() : commandNamed(name).help}\n`);
  return 0;
}

function commandNamed(name: string): Command {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command) return command;
  const what = name.startsWith('-') ? 'option' : 'command';
  throw new CliError(`Unknown ${what} "${name}"; the commands are ${COMMANDS.map((candidate) => candidate.name).join(', ')}`, {
    hint: 'Run "dealflow-plugin --help" for the usage.',
  });
}
