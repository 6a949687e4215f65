import path from 'node:path';
import { bundlePlugin } from '@dealflow/sdk/bundle';
import type { PluginManifest, Sandbox } from '@dealflow/sdk/sandbox';

/** The plugins shipped in packages/plugins, written with the public SDK like any partner's. */
const PACKAGES = ['@dealflow/plugin-var-margin', '@dealflow/plugin-affiliate-commission', '@dealflow/plugin-referral-reward'];

export interface BuiltInPlugin {
  manifest: PluginManifest;
  bundle: string;
}

/**
 * Bundles the built-in plugins from their sources the first time they are asked for (about a
 * tenth of a second), so a server that never installs one never pays for it.
 */
export class BuiltInPlugins {
  private loaded: Promise<BuiltInPlugin[]> | null = null;

  constructor(private readonly sandbox: Sandbox) {}

  all(): Promise<BuiltInPlugin[]> {
    this.loaded ??= Promise.all(PACKAGES.map((name) => this.load(name))).catch((error: unknown) => {
      this.loaded = null;
      throw error;
    });
    return this.loaded;
  }

  private async load(packageName: string): Promise<BuiltInPlugin> {
    const entry = path.join(path.dirname(require.resolve(`${packageName}/package.json`)), 'src/index.ts');
    const bundle = await bundlePlugin(entry);
    return { bundle, manifest: await this.sandbox.inspect(bundle) };
  }
}
