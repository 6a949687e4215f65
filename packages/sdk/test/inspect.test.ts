import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox, validateManifest } from '../dist/sandbox/index.js';
import { bundleOf, FIXTURE_MANIFEST } from './helpers.js';

let sandbox: Sandbox;
beforeAll(() => {
  sandbox = new Sandbox({ workers: 1 });
});
afterAll(() => sandbox.close());

const HOOKS = `'deal.won': () => [], 'invoice.refunded': () => []`;

function inspect(manifest: object, hooks = HOOKS) {
  return sandbox.inspect(bundleOf(hooks, manifest));
}

describe('Sandbox.inspect', () => {
  it('returns the manifest the bundle declares, with its hook names', async () => {
    const manifest = await inspect({ ...FIXTURE_MANIFEST, description: 'A fixture', limits: { wallClockMs: 200 }, unknownField: 1 });
    expect(manifest).toEqual({ ...FIXTURE_MANIFEST, description: 'A fixture', limits: { wallClockMs: 200 }, hooks: ['deal.won', 'invoice.refunded'] });
  });

  it.each([
    ['a missing id', { ...FIXTURE_MANIFEST, id: undefined }, 'id must be lower-case words joined by dashes'],
    [
      'an id with capitals',
      { ...FIXTURE_MANIFEST, id: 'My_Plugin' },
      'id must be lower-case words joined by dashes (at most 64 characters), such as "affiliate-commission", got "My_Plugin"',
    ],
    ['a version that is not semver', { ...FIXTURE_MANIFEST, version: '1.0' }, 'version must be a semantic version such as "1.0.0", got "1.0"'],
    ['another API version', { ...FIXTURE_MANIFEST, apiVersion: 2 }, "apiVersion must be 1 (this SDK's API_VERSION), got 2"],
    ['an unknown kind', { ...FIXTURE_MANIFEST, kind: 'bonus' }, 'kind must be one of commission, reward, got "bonus"'],
    ['no name', { ...FIXTURE_MANIFEST, name: '' }, 'name must be a non-empty string'],
    ['a settings schema that is no object schema', { ...FIXTURE_MANIFEST, settingsSchema: { type: 'array' } }, 'settingsSchema must be a JSON schema of type "object"'],
    ['limits looser than the platform', { ...FIXTURE_MANIFEST, limits: { wallClockMs: 5000 } }, 'limits.wallClockMs must be a whole number from 1 to 1,000 (limits may only tighten'],
    ['a memory limit too small to start', { ...FIXTURE_MANIFEST, limits: { memoryBytes: 4096 } }, 'limits.memoryBytes must be a whole number from 1 MB to 10 MB'],
  ])('refuses %s', async (_case, manifest, message) => {
    await expect(inspect(manifest)).rejects.toThrow(`The plugin's manifest is invalid: ${message}`);
  });

  it('refuses an unknown hook', async () => {
    await expect(inspect(FIXTURE_MANIFEST, `'deal.won': () => [], 'deal.lost': () => []`)).rejects.toThrow(
      `The plugin's manifest is invalid: hooks has an unknown hook "deal.lost"; known hooks are deal.won`,
    );
  });

  it('refuses a plugin without hooks, or with a hook that is not a function', async () => {
    await expect(inspect(FIXTURE_MANIFEST, '')).rejects.toThrow('hooks must handle at least one hook');
    await expect(inspect(FIXTURE_MANIFEST, `'deal.won': 42`)).rejects.toThrow(`The plugin's hook "deal.won" is not a function`);
  });

  it('refuses a bundle that throws as it loads, or loops', async () => {
    await expect(sandbox.inspect(`throw new Error('no config');\n${bundleOf(HOOKS)}`)).rejects.toThrow(
      'The plugin bundle failed to load: Error: no config',
    );
    await expect(sandbox.inspect(`for (;;) {}\n${bundleOf(HOOKS)}`)).rejects.toThrow('The plugin ran past its instruction budget');
  });

  it('refuses a bundle that defines no plugin', async () => {
    await expect(sandbox.inspect('var __dealflowPlugin = {};')).rejects.toThrow('The bundle defines no plugin');
  });
});

describe('validateManifest', () => {
  it('keeps only the known fields', () => {
    expect(validateManifest({ ...FIXTURE_MANIFEST, hooks: ['deal.won'], extra: true })).toEqual({ ...FIXTURE_MANIFEST, hooks: ['deal.won'] });
  });
});
