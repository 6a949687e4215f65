import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HELP_OPTION, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { CliError, type CliIo } from '../io.js';

const HELP = `Usage: dealflow-plugin test [vitest arguments...]

Runs the project's tests once with the project's own vitest ("vitest run"), from the project's
directory. Tests use @dealflow/sdk/testing, which runs the plugin in the same sandbox as Dealflow.
Arguments are passed on to vitest; put its options after --, e.g.
  dealflow-plugin test refund -- --reporter verbose

Options:
  -h, --help   show this help`;

export const test: Command = {
  name: 'test',
  summary: "Run the project's tests with its vitest (vitest run)",
  help: HELP,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('test', argv, HELP_OPTION);
    if (values.help) {
      io.out(`${HELP}\n`);
      return 0;
    }
    const vitest = findVitest(io.cwd);
    if (vitest === null) {
      throw new CliError(`vitest is not installed in this project (no node_modules/vitest from ${io.cwd} up)`, {
        hint: 'Install it as a development dependency: npm install --save-dev vitest (or pnpm add -D vitest).',
      });
    }
    return runNode(io, [vitest, 'run', ...positionals]);
  },
};

/** vitest's executable, from the nearest node_modules/vitest at or above the directory. */
export function findVitest(from: string): string | null {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const packageJson = path.join(dir, 'node_modules', 'vitest', 'package.json');
    if (existsSync(packageJson)) {
      const { bin } = JSON.parse(readFileSync(packageJson, 'utf8')) as { bin?: string | Record<string, string> };
      const relative = typeof bin === 'string' ? bin : bin?.vitest;
      if (relative) return path.join(path.dirname(packageJson), relative);
    }
    if (path.dirname(dir) === dir) return null;
  }
}

/** Runs a script with this Node, in the project's directory; resolves to its exit code. */
function runNode(io: CliIo, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: io.cwd,
      env: { ...io.env },
      stdio: io.inheritStdio ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => io.out(chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => io.err(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
