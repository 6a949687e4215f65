import { API_VERSION, HOOK_NAMES, type HookName, type Manifest, type PluginLimits } from '../plugin.js';
import { describeAllowedLimit, isAllowedLimit } from './limits.js';

export type PluginManifest = Manifest & { hooks: HookName[] };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_ID = 64;
const MAX_NAME = 100;
// semver.org's own pattern for a version.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const KINDS = ['commission', 'reward'];
const LIMIT_NAMES: (keyof PluginLimits)[] = ['instructionChecks', 'memoryBytes', 'wallClockMs'];

/**
 * The manifest a bundle declares, checked field by field; returned with known fields only.
 * Throws an Error whose message names the first field at fault.
 */
export function validateManifest(value: unknown): PluginManifest {
  if (!isRecord(value)) throw invalid(`the plugin must be an object, got ${typeof value}`);
  const manifest: PluginManifest = {
    id: check(value.id, isId, `id must be lower-case words joined by dashes (at most ${MAX_ID} characters), such as "affiliate-commission"`),
    version: check(value.version, isSemver, 'version must be a semantic version such as "1.0.0"'),
    apiVersion: check(value.apiVersion, (v) => v === API_VERSION, `apiVersion must be ${API_VERSION} (this SDK's API_VERSION)`),
    kind: check(value.kind, (v) => KINDS.includes(v as string), `kind must be one of ${KINDS.join(', ')}`),
    name: check(value.name, (v) => isText(v, MAX_NAME), `name must be a non-empty string of at most ${MAX_NAME} characters`),
    settingsSchema: check(value.settingsSchema, isObjectSchema, 'settingsSchema must be a JSON schema of type "object" with properties'),
    hooks: hooks(value.hooks),
  };
  if (value.description !== undefined) manifest.description = check(value.description, (v) => typeof v === 'string', 'description must be a string');
  if (value.limits !== undefined) manifest.limits = limits(value.limits);
  return manifest;
}

function hooks(value: unknown): HookName[] {
  if (!Array.isArray(value) || value.length === 0) throw invalid('hooks must handle at least one hook');
  const unknown = value.find((name) => !HOOK_NAMES.includes(name as HookName));
  if (unknown !== undefined) throw invalid(`hooks has an unknown hook ${JSON.stringify(unknown)}; known hooks are ${HOOK_NAMES.join(', ')}`);
  return value as HookName[];
}

function limits(value: unknown): Partial<PluginLimits> {
  if (!isRecord(value)) throw invalid('limits must be an object');
  const checked: Partial<PluginLimits> = {};
  for (const name of LIMIT_NAMES) {
    if (value[name] === undefined) continue;
    checked[name] = check(
      value[name],
      (v) => isAllowedLimit(name, v),
      `limits.${name} must be ${describeAllowedLimit(name)} (limits may only tighten the platform's)`,
    );
  }
  return checked;
}

/** The value, typed as the field expects, when it passes; otherwise an Error naming what is expected. */
function check<T>(value: unknown, passes: (value: unknown) => boolean, expectation: string): T {
  if (passes(value)) return value as T;
  throw invalid(`${expectation}, got ${shown(value)}`);
}

function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? 'nothing';
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function invalid(detail: string): Error {
  return new Error(`The plugin's manifest is invalid: ${detail}`);
}

function isId(value: unknown): boolean {
  return typeof value === 'string' && value.length <= MAX_ID && ID.test(value);
}

function isSemver(value: unknown): boolean {
  return typeof value === 'string' && SEMVER.test(value);
}

function isText(value: unknown, maxLength: number): boolean {
  return typeof value === 'string' && value.length > 0 && value.length <= maxLength;
}

function isObjectSchema(value: unknown): boolean {
  return isRecord(value) && value.type === 'object' && isRecord(value.properties);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
