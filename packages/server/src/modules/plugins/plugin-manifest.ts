import type { HookName, Manifest } from '@dealflow/sdk';

/** A manifest as the sandbox read it from a bundle: the plugin's own description of itself. */
export type PluginManifest = Manifest & { hooks: HookName[] };
