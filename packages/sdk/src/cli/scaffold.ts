import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PluginKind } from '../plugin.js';
import { CliError } from './io.js';
import { PACKAGE_ROOT, sdkPackage, type SdkPackageInfo } from './package-info.js';

/** The scaffold's files: templates/common plus the kind's own directory. */
export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');

export const PLUGIN_KINDS: readonly PluginKind[] = ['commission', 'reward'];

/** The manifest's rule for ids (sandbox/manifest.ts). */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_ID = 64;

export interface ScaffoldOptions {
  id: string;
  kind: PluginKind;
}

export interface ScaffoldFile {
  /** Relative to the project, with forward slashes. */
  path: string;
  contents: string;
}

/** Checks an id given with --id; the message says what a valid one looks like. */
export function checkPluginId(id: string): string {
  if (id.length <= MAX_ID && ID.test(id)) return id;
  throw new CliError(`The plugin id must be lower-case letters and digits in words joined by dashes, at most ${MAX_ID} characters, such as "partner-bonus"; got ${JSON.stringify(id)}`);
}

/** The id a directory name suggests: "My Plugin_v2" → "my-plugin-v2"; null when nothing is left. */
export function idFromDirectory(dir: string): string | null {
  const id = path
    .basename(path.resolve(dir))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID)
    .replace(/-+$/, '');
  return id ? id : null;
}

/** "partner-bonus" → "Partner bonus": the manifest's name until the author picks one. */
export function nameFromId(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Replaces every {{key}}; a placeholder without a value is a bug in the templates, so it throws. */
export function renderTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (placeholder, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`The template has an unknown placeholder ${placeholder}`);
    return value;
  });
}

/** The project's package.json: the SDK in a range of this SDK's version, scripts calling the CLI. */
export function scaffoldPackageJson(options: ScaffoldOptions, sdk: SdkPackageInfo = sdkPackage()): string {
  const devRange = (name: string, fallback: string) => sdk.devDependencies[name] ?? fallback;
  const manifest = {
    name: options.id,
    version: '0.1.0',
    // A plugin is published to Dealflow, not to npm: `private` keeps `npm publish` from uploading it.
    private: true,
    description: `${nameFromId(options.id)}: a Dealflow ${options.kind} plugin`,
    type: 'module',
    scripts: {
      build: 'tsc --noEmit && dealflow-plugin build',
      test: 'dealflow-plugin test',
      typecheck: 'tsc --noEmit',
      publish: 'tsc --noEmit && dealflow-plugin build && dealflow-plugin publish',
    },
    dependencies: { '@dealflow/sdk': `^${sdk.version}` },
    devDependencies: {
      '@types/node': devRange('@types/node', '^20.19.0'),
      typescript: devRange('typescript', '~5.9.3'),
      vitest: devRange('vitest', '^4.1.12'),
    },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Every file of a new project, rendered: package.json, then the templates (common, then the
 * kind's). A template named `*.tmpl` loses the suffix (so that the SDK's own test run does not
 * pick up the scaffold's tests); `gitignore` becomes `.gitignore` (npm drops dot-files named so).
 */
export function scaffoldFiles(options: ScaffoldOptions, templatesDir = TEMPLATES_DIR, sdk: SdkPackageInfo = sdkPackage()): ScaffoldFile[] {
  const values = { id: options.id, name: nameFromId(options.id), kind: options.kind };
  const files: ScaffoldFile[] = [{ path: 'package.json', contents: scaffoldPackageJson(options, sdk) }];
  for (const source of ['common', options.kind]) {
    const root = path.join(templatesDir, source);
    for (const relative of listFiles(root)) {
      files.push({ path: targetPath(relative), contents: renderTemplate(readFileSync(path.join(root, relative), 'utf8'), values) });
    }
  }
  return files;
}

/** Files under the directory, relative, with forward slashes, sorted. */
function listFiles(root: string): string[] {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function targetPath(relative: string): string {
  const withoutSuffix = relative.endsWith('.tmpl') ? relative.slice(0, -'.tmpl'.length) : relative;
  return withoutSuffix.replace(/(^|\/)gitignore$/, '$1.gitignore');
}
