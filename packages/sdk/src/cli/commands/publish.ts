import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HELP_OPTION, parseCommandArgs } from '../args.js';
import { checkBundle, describeBundle } from '../check.js';
import type { Command } from '../command.js';
import { DEFAULT_URL, endpointUrl, publishRequest, readPublishResponse } from '../graphql.js';
import { CliError } from '../io.js';
import { DEFAULT_BUNDLE } from './build.js';

const OPTIONS = {
  ...HELP_OPTION,
  bundle: { type: 'string', short: 'b' },
  url: { type: 'string' },
  token: { type: 'string' },
} as const;

/** Dealflow checks the bundle in its sandbox before answering; a minute is plenty. */
const TIMEOUT_MS = 60_000;

const HELP = `Usage: dealflow-plugin publish [--bundle <file>] [--url <url>] [--token <token>]

Checks the bundle in the sandbox (as build does), then publishes it to a Dealflow workspace as a
new, immutable version (the publishPluginVersion mutation), and prints the version's id, semver
and code hash. Publishing the same version with the same code again changes nothing; the same
version with other code is refused: bump the version.

Options:
  -b, --bundle <file>  the bundle build wrote (default ${DEFAULT_BUNDLE})
  --url <url>          the GraphQL endpoint (default $DEALFLOW_URL, else ${DEFAULT_URL})
  --token <token>      sent as "Authorization: Bearer <token>" (default $DEALFLOW_TOKEN): an API key
                       (dfk_...) created with the ADMIN role, or a login access token of an admin
  -h, --help           show this help`;

export const publish: Command = {
  name: 'publish',
  summary: 'Check the bundle, then publish it to Dealflow as a new version',
  help: HELP,

  async run(argv, io) {
    const { values } = parseCommandArgs('publish', argv, OPTIONS, 0);
    if (values.help) {
      io.out(`${HELP}\n`);
      return 0;
    }
    const bundlePath = values.bundle ?? DEFAULT_BUNDLE;
    const url = endpointUrl(values.url ?? nonEmpty(io.env.DEALFLOW_URL) ?? DEFAULT_URL);
    const token = values.token ?? nonEmpty(io.env.DEALFLOW_TOKEN);
    if (!token) {
      throw new CliError('No token: set DEALFLOW_TOKEN or pass --token', {
        hint: 'Use an API key created with the ADMIN role (the createApiKey mutation), or the accessToken the login mutation returns.',
      });
    }
    const bundle = readBundle(path.resolve(io.cwd, bundlePath), bundlePath);
    const checked = await checkBundle(bundle);
    const [title, ...details] = describeBundle(checked);
    io.out(`Checked ${title}\n${details.join('\n')}\n`);

    const response = await post(io.fetch, url, publishRequest(bundle, token));
    const version = readPublishResponse(response.status, response.statusText, response.text);
    const name = version.plugin ? `${version.plugin.key}@${version.semver}` : `${checked.manifest.id}@${version.semver}`;
    io.out(`Published ${name} to ${url}\n  version id  ${version.id}\n  semver      ${version.semver}\n  codeHash    ${version.codeHash}\n`);
    if (version.codeHash !== checked.sha256) {
      io.err(`Warning: the server's codeHash differs from the local bundle's sha256 (${checked.sha256})\n`);
    }
    io.out('Next: in Dealflow, open Plugins to install this version, fill in its settings, and simulate it on past events before enabling it.\n');
    return 0;
  },
};

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function readBundle(file: string, shown: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new CliError(`There is no bundle at ${shown}: run "dealflow-plugin build" first, or pass --bundle`);
    }
    throw new CliError(`Cannot read the bundle ${shown}: ${(error as Error).message}`, { cause: error });
  }
}

async function post(fetchImpl: typeof fetch, url: string, init: ReturnType<typeof publishRequest>) {
  let response: Response;
  try {
    response = await fetchImpl(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    const reason = (error as Error).name === 'TimeoutError' ? `no answer in ${TIMEOUT_MS / 1000} s` : (cause?.code ?? cause?.message ?? (error as Error).message);
    throw new CliError(`Cannot reach Dealflow at ${url} (${reason})`, { hint: 'Is the server running, and is --url (or DEALFLOW_URL) its GraphQL endpoint?', cause: error });
  }
  return { status: response.status, statusText: response.statusText, text: await response.text() };
}
