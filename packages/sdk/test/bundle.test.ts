import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePlugin } from '../dist/bundle.js';
import { Sandbox } from '../dist/sandbox/index.js';
import { makeInput } from '../dist/testing.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

let sandbox: Sandbox;
beforeAll(() => {
  sandbox = new Sandbox({ workers: 1 });
});
afterAll(() => sandbox.close());

describe('bundlePlugin', () => {
  it('bundles a TypeScript plugin, the SDK and its local modules into one readable script', async () => {
    const bundle = await bundlePlugin(fixture('commission.ts'));
    expect(bundle.startsWith('(() => {\n')).toBe(true);
    expect(bundle.endsWith('\n  globalThis.__dealflowPlugin = { default: commission_default };\n})();\n')).toBe(true);
    expect(bundle).toContain('function definePlugin(plugin)');
    expect(bundle).toContain('function percentOf(amountMinor, rateBasisPoints)');
    expect(bundle).not.toMatch(/\bimport\b|\brequire\(/);
    const manifest = await sandbox.inspect(bundle);
    expect(manifest).toMatchObject({ id: 'fixture-commission', version: '1.2.3', hooks: ['deal.won', 'invoice.refunded'] });
    const result = await sandbox.run(bundle, 'deal.won', makeInput('deal.won', {}, { rateBasisPoints: 1500, holdDays: 0 }));
    expect(result).toMatchObject({ ok: true, operations: [{ amountMinor: 15_000, rateBasisPoints: 1500 }] });
  });

  it("refuses a plugin that imports Node's modules", async () => {
    const refused = bundlePlugin(fixture('imports-node-fs.ts'));
    await expect(refused).rejects.toThrow(/Cannot bundle the plugin .*imports-node-fs\.ts:/);
    await expect(refused).rejects.toThrow(/imports-node-fs\.ts:2: "node:fs" is a Node\.js module: plugins run in a sandbox with no file system/);
  });

  it('refuses an entry that does not exist', async () => {
    await expect(bundlePlugin(fixture('missing.ts'))).rejects.toThrow('Cannot bundle the plugin');
  });

  it('builds a bundle that throws at load, which inspect then refuses', async () => {
    const bundle = await bundlePlugin(fixture('throws-at-load.ts'));
    await expect(sandbox.inspect(bundle)).rejects.toThrow('The plugin bundle failed to load: SyntaxError');
  });
});
