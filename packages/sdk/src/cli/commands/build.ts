import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundlePlugin } from '../../bundle.js';
import { HELP_OPTION, parseCommandArgs } from '../args.js';
import { checkBundle, describeBundle } from '../check.js';
import type { Command } from '../command.js';
import { CliError } from '../io.js';

export const DEFAULT_ENTRY = 'src/index.ts';
export const DEFAULT_BUNDLE = 'dist/plugin.js';

const OPTIONS = { ...HELP_OPTION, out: { type: 'string', short: 'o' } } as const;

const HELP = `Usage: dealflow-plugin build [entry] [--out <file>]

Bundles the plugin and everything it imports into one self-contained script, loads it in the
same sandbox Dealflow runs plugins in, checks its manifest, then writes it and prints its id,
version, kind, hooks, size and sha256. Exits with 1, saying why, if any step fails.

Arguments:
  entry              the file whose default export is the plugin (default ${DEFAULT_ENTRY})

Options:
  -o, --out <file>   where to write the bundle (default ${DEFAULT_BUNDLE})
  -h, --help         show this help`;

export const build: Command = {
  name: 'build',
  summary: `Bundle the plugin, check it in the sandbox, write ${DEFAULT_BUNDLE}`,
  help: HELP,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('build', argv, OPTIONS, 1);
    if (values.help) {
      io.out(`${HELP}\n`);
      return 0;
    }
    const entry = positionals[0] ?? DEFAULT_ENTRY;
    const out = values.out ?? DEFAULT_BUNDLE;
    const entryFile = path.resolve(io.cwd, entry);
    if (!existsSync(entryFile)) {
      throw new CliError(`There is no ${entry} here (${io.cwd}): run the command in the plugin's project, or name its entry file`);
    }
    let bundle: string;
    try {
      bundle = await bundlePlugin(entryFile);
    } catch (error) {
      throw new CliError((error as Error).message, { cause: error });
    }
    const checked = await checkBundle(bundle);
    const destination = path.resolve(io.cwd, out);
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, bundle);
    const [title, ...details] = describeBundle(checked);
    io.out(`Built ${title}\n  file    ${path.relative(io.cwd, destination)}\n${details.join('\n')}\n`);
    return 0;
  },
};
