/**
 * The scaffold end to end: `init` a project of each kind in a temporary directory, link its
 * node_modules to this SDK and its tools (as `npm install` would), then `build` it, typecheck it,
 * run its hooks through testPlugin against hand-computed numbers, and run its own tests with
 * `dealflow-plugin test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../dist/cli/cli.js';
import type { CliIo } from '../dist/cli/io.js';
import { sha256 } from '../dist/sandbox/index.js';
import { testPlugin, type PluginTester } from '../dist/testing.js';

const SDK = fileURLToPath(new URL('..', import.meta.url));
const SLOW = 30_000;

/** The environment of the nested vitest, without what this vitest run set for its own workers. */
const CHILD_ENV = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && !['NODE_OPTIONS', 'FORCE_COLOR'].includes(name))),
  NO_COLOR: '1',
};

function memoryIo(cwd: string) {
  const io = {
    cwd,
    env: CHILD_ENV,
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

/** What `npm install` would leave: @dealflow/sdk is this package, the tools are the SDK's own. */
function linkDependencies(project: string): void {
  const link = (name: string, target: string) => {
    const at = path.join(project, 'node_modules', ...name.split('/'));
    mkdirSync(path.dirname(at), { recursive: true });
    symlinkSync(target, at, 'junction');
  };
  link('@dealflow/sdk', SDK);
  for (const tool of ['vitest', 'typescript', '@types/node']) link(tool, path.join(SDK, 'node_modules', ...tool.split('/')));
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'dealflow-scaffold-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Scaffolds, links and builds a project; returns its directory and what build printed. */
async function scaffoldAndBuild(dir: string, args: string[]): Promise<{ project: string; built: string }> {
  const init = memoryIo(tmp);
  expect(await runCli(['init', dir, ...args], init)).toBe(0);
  const project = path.join(tmp, dir);
  linkDependencies(project);
  const build = memoryIo(project);
  const code = await runCli(['build'], build);
  expect(build.stderr).toBe('');
  expect(code).toBe(0);
  return { project, built: build.stdout };
}

function typecheck(project: string): void {
  const tsc = spawnSync(process.execPath, [path.join(SDK, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(project, 'tsconfig.json')], {
    encoding: 'utf8',
  });
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);
}

async function runOwnTests(project: string): Promise<string> {
  const io = memoryIo(project);
  const code = await runCli(['test'], io);
  // eslint-disable-next-line no-control-regex
  const output = (io.stdout + io.stderr).replace(/\x1b\[[0-9;]*m/g, '');
  expect(output).toMatch(/Tests\s+\d+ passed/);
  expect(code).toBe(0);
  return output;
}

describe('a scaffolded commission plugin', () => {
  let project: string;
  let plugin: PluginTester;
  beforeAll(async () => {
    ({ project } = await scaffoldAndBuild('partner-bonus', []));
    plugin = await testPlugin(path.join(project, 'src', 'index.ts'));
  }, SLOW);
  afterAll(() => plugin?.close());

  it('builds into dist/plugin.js, summarised', () => {
    const bundle = readFileSync(path.join(project, 'dist', 'plugin.js'), 'utf8');
    expect(bundle).not.toMatch(/\bimport\b|\brequire\(/);
    expect(plugin.manifest).toMatchObject({ id: 'partner-bonus', version: '0.1.0', kind: 'commission', name: 'Partner bonus', hooks: ['deal.won', 'invoice.refunded'] });
    expect(sha256(bundle)).toBe(sha256(plugin.bundle));
  });

  it('pays its default 10 %, rounded half up, and 5 % on renewals', async () => {
    expect(await plugin.run('deal.won')).toEqual([
      {
        op: 'accrue',
        payee: { partnerId: 'partner-1' },
        amountMinor: 10000,
        currency: 'USD',
        basisMinor: 100000,
        rateBasisPoints: 1000,
        holdDays: 30,
        reasonCode: 'new-business',
        explanation: '10 % of 1,000.00 USD deal "Acme Corp annual plan" = 100.00 USD',
      },
    ]);
    // 10 % of 123.45 = 12.345 → 12.35; 5 % of 2,345.67 = 117.2835 → 117.28
    expect(await plugin.run('deal.won', { deal: { amountMinor: 12345 } })).toMatchObject([{ amountMinor: 1235 }]);
    expect(await plugin.run('deal.won', { deal: { type: 'RENEWAL', amountMinor: 234567 } })).toMatchObject([{ amountMinor: 11728, reasonCode: 'renewal' }]);
  });

  it('takes back the refunded share of the commission, capped by what is left', async () => {
    const entry = { id: 'entry-1', hook: 'deal.won', amountMinor: 10000, basisMinor: 100000, currency: 'USD', invoiceNumber: null, occurredAt: '2026-01-10T09:00:00.000Z' } as const;
    const refund = { event: { payload: { refund: { invoiceId: 'invoice-1', amountMinor: 25000, currency: 'USD' } } } };
    // 100.00 × 250.00 / 1,000.00 = 25.00
    expect(await plugin.run('invoice.refunded', { ...refund, ledger: { dealEntries: [{ ...entry, reversibleMinor: 10000 }] } })).toMatchObject([
      { op: 'reverse', entryId: 'entry-1', amountMinor: 2500, currency: 'USD' },
    ]);
    expect(await plugin.run('invoice.refunded', { ...refund, ledger: { dealEntries: [{ ...entry, reversibleMinor: 1000 }] } })).toMatchObject([{ amountMinor: 1000 }]);
  });

  it('typechecks', () => typecheck(project), SLOW);

  it("passes its own tests through dealflow-plugin test", async () => {
    expect(await runOwnTests(project)).toMatch(/Tests\s+10 passed/);
  }, SLOW);
});

describe('a scaffolded reward plugin', () => {
  let project: string;
  let plugin: PluginTester;
  beforeAll(async () => {
    ({ project } = await scaffoldAndBuild('referrals', ['--id', 'referral-bonus', '--kind', 'reward']));
    plugin = await testPlugin(path.join(project, 'src', 'index.ts'));
  }, SLOW);
  afterAll(() => plugin?.close());

  it('gives the referrer a credit and the referred customer a discount', async () => {
    expect(plugin.manifest).toMatchObject({ id: 'referral-bonus', kind: 'reward', hooks: ['referral.converted'] });
    expect(await plugin.run('referral.converted')).toMatchObject([
      { op: 'reward', recipient: { contactId: 'contact-2' }, type: 'credit', value: 5000, currency: 'USD' },
      { op: 'reward', recipient: { contactId: 'contact-1' }, type: 'discount', value: 1000 },
    ]);
  });

  it('typechecks', () => typecheck(project), SLOW);

  it("passes its own tests through dealflow-plugin test", async () => {
    expect(await runOwnTests(project)).toMatch(/Tests\s+4 passed/);
  }, SLOW);
});
