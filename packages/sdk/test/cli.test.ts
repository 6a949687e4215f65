/** The CLI's pure parts (arguments, GraphQL answers, scaffold files) and its commands in-process. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP_OPTION, parseCommandArgs } from '../dist/cli/args.js';
import { formatKilobytes } from '../dist/cli/check.js';
import { COMMANDS, runCli } from '../dist/cli/cli.js';
import {
  DEFAULT_URL,
  describeGraphqlError,
  endpointUrl,
  PUBLISH_MUTATION,
  publishRequest,
  readPublishResponse,
} from '../dist/cli/graphql.js';
import { CliError, type CliIo } from '../dist/cli/io.js';
import {
  checkPluginId,
  idFromDirectory,
  nameFromId,
  renderTemplate,
  scaffoldFiles,
  scaffoldPackageJson,
} from '../dist/cli/scaffold.js';

const SDK_PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  devDependencies: Record<string, string>;
};
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** A CliIo that keeps what the command writes. */
function memoryIo(cwd: string, env: Record<string, string | undefined> = {}) {
  const io = {
    cwd,
    env,
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
    fetch: (() => Promise.reject(new Error('no network in this test'))) as typeof fetch,
    inheritStdio: false,
  } satisfies CliIo & { stdout: string; stderr: string };
  return io;
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'dealflow-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('parseCommandArgs', () => {
  const options = { ...HELP_OPTION, out: { type: 'string', short: 'o' } } as const;

  it('reads options and positionals', () => {
    expect(parseCommandArgs('build', ['src/main.ts', '-o', 'x.js'], options, 1)).toEqual({ values: { out: 'x.js' }, positionals: ['src/main.ts'] });
    expect(parseCommandArgs('build', ['--help'], options).values.help).toBe(true);
  });

  it('turns a mistake into a CliError naming it and pointing to the help', () => {
    const unknown = (() => {
      try {
        parseCommandArgs('build', ['--minify'], options);
      } catch (error) {
        return error;
      }
    })() as CliError;
    expect(unknown).toBeInstanceOf(CliError);
    expect(unknown.message).toBe("Unknown option '--minify'");
    expect(unknown.hint).toBe('Run "dealflow-plugin build --help" for its usage.');
    expect(() => parseCommandArgs('build', ['--out'], options)).toThrow("Option '-o, --out <value>' argument missing");
    expect(() => parseCommandArgs('build', ['a', 'b', 'c'], options, 1)).toThrow('Unexpected arguments "b", "c"');
  });
});

describe('GraphQL answers', () => {
  it('maps errors to one line led by their code', () => {
    expect(
      describeGraphqlError({
        message: 'Version 1.0.0 of my-plugin is already published with other code; versions never change, so publish it as a new version',
        extensions: { code: 'CONFLICT' },
      }),
    ).toBe('CONFLICT: Version 1.0.0 of my-plugin is already published with other code; versions never change, so publish it as a new version');
    expect(describeGraphqlError({ message: 'This bundle is not a valid plugin:\nthe id...', extensions: { code: 'BAD_USER_INPUT', field: 'bundle' } })).toBe(
      'BAD_USER_INPUT (bundle): This bundle is not a valid plugin: the id...',
    );
    expect(describeGraphqlError({ message: 'Too many requests', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } })).toBe(
      'RATE_LIMITED: Too many requests (retry in 30 s)',
    );
    expect(describeGraphqlError({ message: 'Log in to continue', extensions: { code: 'UNAUTHENTICATED' } })).toBe('UNAUTHENTICATED: Log in to continue');
    expect(describeGraphqlError({ message: 'Something odd' })).toBe('Something odd');
  });

  it('reads the published version, or fails with the first error and what to do', () => {
    const version = { id: 'v1', semver: '1.0.0', codeHash: 'abc', hooks: ['deal.won'], publishedAt: '2026-01-15T12:00:00.000Z', plugin: null };
    expect(readPublishResponse(200, 'OK', JSON.stringify({ data: { publishPluginVersion: version } }))).toEqual(version);

    const conflict = JSON.stringify({ data: null, errors: [{ message: 'Version 1.0.0 of x is already published with other code', extensions: { code: 'CONFLICT' } }] });
    expect(() => readPublishResponse(200, 'OK', conflict)).toThrow(
      expect.objectContaining({ message: 'CONFLICT: Version 1.0.0 of x is already published with other code', hint: expect.stringContaining('bump `version`') }),
    );
    const forbidden = JSON.stringify({ errors: [{ message: 'You do not have permission to do this', extensions: { code: 'FORBIDDEN' } }] });
    expect(() => readPublishResponse(200, 'OK', forbidden)).toThrow(expect.objectContaining({ hint: expect.stringContaining('ADMIN role') }));
    const invalid = JSON.stringify({ errors: [{ message: 'Cannot query field "publishPluginVersion"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    expect(() => readPublishResponse(400, 'Bad Request', invalid)).toThrow(expect.objectContaining({ hint: expect.stringContaining('GraphQL endpoint') }));
  });

  it('says so when the answer is not GraphQL', () => {
    expect(() => readPublishResponse(404, 'Not Found', '<html>Cannot POST</html>')).toThrow(
      "The server answered HTTP 404 Not Found, not a GraphQL response: is the URL Dealflow's GraphQL endpoint (--url or DEALFLOW_URL)?",
    );
    expect(() => readPublishResponse(413, 'Payload Too Large', 'request entity too large')).toThrow('The server refused the bundle as too large (HTTP 413 Payload Too Large)');
    expect(() => readPublishResponse(200, 'OK', '{"data":{}}')).toThrow('The server answered without a published version');
  });

  it('builds the request: POST, bearer token, the mutation, the bundle as variables.input.bundle', () => {
    const request = publishRequest('(() => {})();', 'dfk_abc.def');
    expect(request.method).toBe('POST');
    expect(request.headers).toMatchObject({ 'content-type': 'application/json', authorization: 'Bearer dfk_abc.def' });
    const body = JSON.parse(request.body) as { query: string; variables: { input: { bundle: string } } };
    expect(body.query).toBe(PUBLISH_MUTATION);
    expect(body.query).toContain('publishPluginVersion(input: $input) { id semver codeHash');
    expect(body.variables).toEqual({ input: { bundle: '(() => {})();' } });
  });

  it('accepts a bare origin as the URL and refuses what is not one', () => {
    expect(DEFAULT_URL).toBe('http://localhost:4000/graphql');
    expect(endpointUrl('https://crm.example.com')).toBe('https://crm.example.com/graphql');
    expect(endpointUrl('https://crm.example.com/api/graphql')).toBe('https://crm.example.com/api/graphql');
    expect(() => endpointUrl('crm.example.com')).toThrow('"crm.example.com" is not a URL');
    expect(() => endpointUrl('ftp://crm.example.com')).toThrow('The URL must be http or https');
  });
});

describe('scaffold files', () => {
  it('checks and derives plugin ids', () => {
    expect(checkPluginId('partner-bonus-2')).toBe('partner-bonus-2');
    expect(() => checkPluginId('Partner_Bonus')).toThrow('got "Partner_Bonus"');
    expect(() => checkPluginId('a'.repeat(65))).toThrow('at most 64 characters');
    expect(idFromDirectory('plugins/My Bonus_v2/')).toBe('my-bonus-v2');
    expect(idFromDirectory('___')).toBeNull();
    expect(nameFromId('partner-bonus')).toBe('Partner bonus');
  });

  it('fills placeholders, and refuses one it does not know', () => {
    expect(renderTemplate("id: '{{id}}', name: '{{name}}', {{id}}", { id: 'x', name: 'X' })).toBe("id: 'x', name: 'X', x");
    expect(() => renderTemplate('{{version}}', { id: 'x' })).toThrow('unknown placeholder {{version}}');
  });

  it("writes a package.json depending on this SDK's version, scripts calling the CLI", () => {
    const pkg = JSON.parse(scaffoldPackageJson({ id: 'partner-bonus', kind: 'commission' })) as Record<string, any>;
    expect(pkg).toMatchObject({ name: 'partner-bonus', private: true, type: 'module' });
    expect(pkg.dependencies).toEqual({ '@dealflow/sdk': `^${SDK_PACKAGE.version}` });
    expect(pkg.devDependencies).toEqual({
      '@types/node': SDK_PACKAGE.devDependencies['@types/node'],
      typescript: SDK_PACKAGE.devDependencies.typescript,
      vitest: SDK_PACKAGE.devDependencies.vitest,
    });
    expect(pkg.scripts).toEqual({
      build: 'tsc --noEmit && dealflow-plugin build',
      test: 'dealflow-plugin test',
      typecheck: 'tsc --noEmit',
      publish: 'tsc --noEmit && dealflow-plugin build && dealflow-plugin publish',
    });
  });

  it.each(['commission', 'reward'] as const)('renders every file of a %s plugin, with no placeholder left', (kind) => {
    const files = scaffoldFiles({ id: 'partner-bonus', kind });
    expect(files.map((file) => file.path).sort()).toEqual(['.gitignore', 'README.md', 'package.json', 'src/index.ts', 'test/plugin.test.ts', 'tsconfig.json']);
    for (const file of files) expect(file.contents).not.toMatch(/\{\{|\}\}/);
    const source = files.find((file) => file.path === 'src/index.ts')?.contents ?? '';
    expect(source).toContain("id: 'partner-bonus'");
    expect(source).toContain("name: 'Partner bonus'");
    expect(source).toContain(`kind: '${kind}'`);
    expect(JSON.parse(files.find((file) => file.path === 'tsconfig.json')?.contents ?? '')).toMatchObject({ include: ['src', 'test'] });
  });

  it('formats sizes in kB', () => {
    expect(formatKilobytes(4187)).toBe('4.1 kB');
    expect(formatKilobytes(512 * 1024)).toBe('512.0 kB');
  });
});

describe('dealflow-plugin', () => {
  it('prints its version and its usage', async () => {
    const io = memoryIo(tmp);
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.stdout).toBe(`${SDK_PACKAGE.version}\n`);

    const help = memoryIo(tmp);
    expect(await runCli([], help)).toBe(0);
    for (const name of ['init', 'build', 'test', 'publish']) expect(help.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it.each(COMMANDS.map((command) => command.name))('prints the help of %s', async (name) => {
    const io = memoryIo(tmp);
    expect(await runCli([name, '--help'], io)).toBe(0);
    expect(io.stdout).toMatch(new RegExp(`^Usage: dealflow-plugin ${name}`));
    const viaHelp = memoryIo(tmp);
    expect(await runCli(['help', name], viaHelp)).toBe(0);
    expect(viaHelp.stdout).toBe(io.stdout);
  });

  it('refuses an unknown command or option with exit code 1', async () => {
    const io = memoryIo(tmp);
    expect(await runCli(['deploy'], io)).toBe(1);
    expect(io.stderr).toBe('Error: Unknown command "deploy"; the commands are init, build, test, publish\nRun "dealflow-plugin --help" for the usage.\n');
    const option = memoryIo(tmp);
    expect(await runCli(['--verbose'], option)).toBe(1);
    expect(option.stderr).toMatch(/^Error: Unknown option "--verbose"/);
  });
});

describe('dealflow-plugin init', () => {
  it('creates the project, taking the id from the directory', async () => {
    const io = memoryIo(tmp);
    expect(await runCli(['init', 'Partner Bonus'], io)).toBe(0);
    expect(io.stdout).toMatch(/^Created the commission plugin partner-bonus in Partner Bonus:\n/);
    expect(io.stdout).toContain('  cd "Partner Bonus"\n');
    expect(readFileSync(path.join(tmp, 'Partner Bonus', '.gitignore'), 'utf8')).toBe('node_modules/\ndist/\n');
    expect(readFileSync(path.join(tmp, 'Partner Bonus', 'src', 'index.ts'), 'utf8')).toContain("id: 'partner-bonus'");
  });

  it('fills an empty directory, and refuses one that is not', async () => {
    mkdirSync(path.join(tmp, 'empty'));
    expect(await runCli(['init', 'empty', '--id', 'referral-bonus', '--kind', 'reward'], memoryIo(tmp))).toBe(0);
    expect(readFileSync(path.join(tmp, 'empty', 'src', 'index.ts'), 'utf8')).toContain("kind: 'reward'");

    const again = memoryIo(tmp);
    expect(await runCli(['init', 'empty'], again)).toBe(1);
    expect(again.stderr).toBe('Error: empty is not empty: choose a new directory, so that nothing is overwritten\n');
    writeFileSync(path.join(tmp, 'a-file'), '');
    const file = memoryIo(tmp);
    expect(await runCli(['init', 'a-file'], file)).toBe(1);
    expect(file.stderr).toBe('Error: a-file is a file, not a directory\n');
  });

  it('refuses a bad id or kind, and a missing directory', async () => {
    const id = memoryIo(tmp);
    expect(await runCli(['init', 'x', '--id', 'X'], id)).toBe(1);
    expect(id.stderr).toMatch(/^Error: The plugin id must be lower-case/);
    const kind = memoryIo(tmp);
    expect(await runCli(['init', 'x', '--kind', 'bonus'], kind)).toBe(1);
    expect(kind.stderr).toBe('Error: --kind must be commission or reward, got "bonus"\n');
    const none = memoryIo(tmp);
    expect(await runCli(['init'], none)).toBe(1);
    expect(none.stderr).toMatch(/^Error: Say where to create the plugin/);
  });
});

describe('dealflow-plugin build', () => {
  it('bundles, checks in the sandbox, writes the bundle and summarises it', async () => {
    const io = memoryIo(tmp);
    expect(await runCli(['build', fixture('commission.ts'), '--out', 'out/fixture.js'], io)).toBe(0);
    const bundle = readFileSync(path.join(tmp, 'out', 'fixture.js'), 'utf8');
    const { sha256 } = await import('../dist/sandbox/index.js');
    expect(io.stdout).toBe(
      [
        'Built fixture-commission@1.2.3 (commission): Fixture commission',
        `  file    ${path.join('out', 'fixture.js')}`,
        '  hooks   deal.won, invoice.refunded',
        `  size    ${formatKilobytes(Buffer.byteLength(bundle))}`,
        `  sha256  ${sha256(bundle)}`,
        '',
      ].join('\n'),
    );
  });

  it('fails with the reason when the plugin cannot load, and writes nothing', async () => {
    const io = memoryIo(tmp);
    expect(await runCli(['build', fixture('throws-at-load.ts'), '-o', 'out/throws.js'], io)).toBe(1);
    expect(io.stderr).toMatch(/^Error: .*SyntaxError/);
    expect(() => readFileSync(path.join(tmp, 'out', 'throws.js'))).toThrow();
  });

  it('fails when the plugin imports what the sandbox does not have', async () => {
    const io = memoryIo(tmp);
    expect(await runCli(['build', fixture('imports-node-fs.ts')], io)).toBe(1);
    expect(io.stderr).toContain('"node:fs" is a Node.js module: plugins run in a sandbox with no file system, network or process');
  });

  it('fails on an invalid manifest', async () => {
    const entry = path.join(tmp, 'bad-manifest.ts');
    writeFileSync(entry, "export default { id: 'Bad Id', version: '1.0.0', apiVersion: 1, kind: 'commission', name: 'x', settingsSchema: { type: 'object', properties: {} }, hooks: { 'deal.won': () => [] } };\n");
    const io = memoryIo(tmp);
    expect(await runCli(['build', entry], io)).toBe(1);
    expect(io.stderr).toMatch(/^Error: The plugin's manifest is invalid: id must be lower-case words joined by dashes/);
  });

  it('says where it looked when there is no entry', async () => {
    const io = memoryIo(tmp);
    expect(await runCli(['build'], io)).toBe(1);
    expect(io.stderr).toBe(`Error: There is no src/index.ts here (${tmp}): run the command in the plugin's project, or name its entry file\n`);
  });
});

describe('dealflow-plugin test', () => {
  it('says how to install vitest when the project has none', async () => {
    const io = memoryIo(tmp);
    expect(await runCli(['test'], io)).toBe(1);
    expect(io.stderr).toBe(
      `Error: vitest is not installed in this project (no node_modules/vitest from ${tmp} up)\nInstall it as a development dependency: npm install --save-dev vitest (or pnpm add -D vitest).\n`,
    );
  });
});
