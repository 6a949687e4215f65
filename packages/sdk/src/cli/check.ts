import { MAX_BUNDLE_BYTES, Sandbox, sha256, type PluginManifest } from '../sandbox/index.js';
import { CliError } from './io.js';

export interface CheckedBundle {
  manifest: PluginManifest;
  sizeBytes: number;
  sha256: string;
}

/**
 * Loads the bundle in the real sandbox, as Dealflow does when it is published, and returns its
 * validated manifest with the bundle's size and hash. A bundle the server would refuse is a
 * CliError saying why.
 */
export async function checkBundle(bundle: string): Promise<CheckedBundle> {
  const sizeBytes = Buffer.byteLength(bundle, 'utf8');
  if (sizeBytes > MAX_BUNDLE_BYTES) {
    throw new CliError(
      `The bundle is ${formatKilobytes(sizeBytes)}, over Dealflow's limit of ${formatKilobytes(MAX_BUNDLE_BYTES)}: import less (every import is inlined into the bundle)`,
    );
  }
  const sandbox = new Sandbox({ workers: 1 });
  try {
    const manifest = await sandbox.inspect(bundle);
    return { manifest, sizeBytes, sha256: sha256(bundle) };
  } catch (error) {
    throw new CliError((error as Error).message, { cause: error });
  } finally {
    await sandbox.close();
  }
}

/** The lines `build` and `publish` print about a checked bundle. */
export function describeBundle(checked: CheckedBundle): string[] {
  const { manifest } = checked;
  return [
    `${manifest.id}@${manifest.version} (${manifest.kind}): ${manifest.name}`,
    `  hooks   ${manifest.hooks.join(', ')}`,
    `  size    ${formatKilobytes(checked.sizeBytes)}`,
    `  sha256  ${checked.sha256}`,
  ];
}

/** 4187 → "4.1 kB"; kB of 1,024 bytes, as the sandbox's limits count them. */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
