import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The @dealflow/sdk package's own directory: dist/cli/ is two levels down. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface SdkPackageInfo {
  version: string;
  /** Version ranges of the SDK's own development dependencies, reused by the scaffold. */
  devDependencies: Record<string, string>;
}

let cached: SdkPackageInfo | undefined;

/** The SDK's package.json, read once. */
export function sdkPackage(): SdkPackageInfo {
  cached ??= JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as SdkPackageInfo;
  return cached;
}
