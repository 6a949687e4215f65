import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PluginKind } from '../../plugin.js';
import { HELP_OPTION, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { CliError, type CliIo } from '../io.js';
import { checkPluginId, idFromDirectory, PLUGIN_KINDS, scaffoldFiles } from '../scaffold.js';

const OPTIONS = { ...HELP_OPTION, id: { type: 'string' }, kind: { type: 'string' } } as const;

const HELP = `Usage: dealflow-plugin init <dir> [--id <id>] [--kind commission|reward]

Creates a plugin project in <dir> (which must be empty or not exist yet): a working plugin in
src/index.ts, its tests in test/plugin.test.ts, package.json (build, test and publish scripts
calling this CLI), tsconfig.json, README.md and .gitignore.

Options:
  --id <id>       the plugin's id: lower-case words joined by dashes (default: from <dir>'s name)
  --kind <kind>   commission (default): pays partners a share of won deals, reversed on refunds
                  reward: gives referring and referred customers a credit and a discount
  -h, --help      show this help`;

export const init: Command = {
  name: 'init',
  summary: 'Create a plugin project: source, tests, tsconfig, package.json',
  help: HELP,

  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('init', argv, OPTIONS, 1);
    if (values.help) {
      io.out(`${HELP}\n`);
      return 0;
    }
    const [dir] = positionals;
    if (dir === undefined) throw new CliError('Say where to create the plugin: dealflow-plugin init <dir>', { hint: 'Run "dealflow-plugin init --help" for its usage.' });
    const kind = parseKind(values.kind);
    const id = values.id === undefined ? idFor(dir) : checkPluginId(values.id);
    const target = path.resolve(io.cwd, dir);
    ensureEmptyDirectory(target, dir);
    const files = scaffoldFiles({ id, kind });
    for (const file of files) {
      const destination = path.join(target, ...file.path.split('/'));
      mkdirSync(path.dirname(destination), { recursive: true });
      writeFileSync(destination, file.contents, { flag: 'wx' });
    }
    io.out(nextSteps(io, target, id, kind, files.map((file) => file.path)));
    return 0;
  },
};

function parseKind(value: string | undefined): PluginKind {
  if (value === undefined) return 'commission';
  if ((PLUGIN_KINDS as readonly string[]).includes(value)) return value as PluginKind;
  throw new CliError(`--kind must be ${PLUGIN_KINDS.join(' or ')}, got ${JSON.stringify(value)}`);
}

function idFor(dir: string): string {
  const id = idFromDirectory(dir);
  if (id === null) throw new CliError(`Cannot make a plugin id of the directory name "${dir}": pass one with --id, such as --id partner-bonus`);
  return id;
}

/** Scaffolding never overwrites: the directory must not exist, or be empty. */
function ensureEmptyDirectory(target: string, shown: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(target).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (!isDirectory) throw new CliError(`${shown} is a file, not a directory`);
  if (readdirSync(target).length > 0) throw new CliError(`${shown} is not empty: choose a new directory, so that nothing is overwritten`);
}

function nextSteps(io: CliIo, target: string, id: string, kind: PluginKind, files: string[]): string {
  const relative = path.relative(io.cwd, target) || '.';
  const lines = [
    `Created the ${kind} plugin ${id} in ${relative}:`,
    ...files.map((file) => `  ${file}`),
    '',
    'Next:',
    ...(relative === '.' ? [] : [`  cd ${/[\s"'$`\\]/.test(relative) ? JSON.stringify(relative) : relative}`]),
    '  npm install          # or pnpm install',
    '  npm test             # runs test/plugin.test.ts in the sandbox',
    '  npm run build        # writes dist/plugin.js',
    '  npm run publish      # to Dealflow: set DEALFLOW_URL and DEALFLOW_TOKEN first',
  ];
  return `${lines.join('\n')}\n`;
}
