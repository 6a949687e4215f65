/**
 * The ceilings every plugin run lives under (ARCHITECTURE.md §7, after Shopify Functions). A
 * plugin's manifest, or the host, may tighten them for one run but never loosen them.
 */
export interface SandboxLimits {
  /** Interrupt-handler calls, each about 10,000 bytecode steps: 1,100 is about 11M instructions. */
  instructionChecks: number;
  memoryBytes: number;
  wallClockMs: number;
  stackBytes: number;
  inputBytes: number;
  outputBytes: number;
  logBytes: number;
}

const KB = 1024;
const MB = 1024 * KB;

export const PLATFORM_LIMITS: Readonly<SandboxLimits> = Object.freeze({
  instructionChecks: 1100,
  memoryBytes: 10 * MB,
  wallClockMs: 1000,
  stackBytes: 256 * KB,
  inputBytes: 128 * KB,
  outputBytes: 20 * KB,
  logBytes: 1 * KB,
});

/**
 * The largest bundle a host accepts: enough for a plugin with a few small libraries inlined.
 * Each sandbox worker parses a bundle once and keeps an image of its memory after loading,
 * which costs about what loading allocated.
 */
export const MAX_BUNDLE_BYTES = 512 * KB;

/** Below these QuickJS cannot even load the prelude, and takes its worker down with it. */
const MINIMUM_LIMITS: Readonly<SandboxLimits> = Object.freeze({
  instructionChecks: 1,
  memoryBytes: 1 * MB,
  wallClockMs: 1,
  stackBytes: 64 * KB,
  inputBytes: 1,
  outputBytes: 1,
  logBytes: 1,
});

const LIMIT_NAMES = Object.keys(PLATFORM_LIMITS) as (keyof SandboxLimits)[];

/** Whether a limit a manifest or the host asks for is one the sandbox can apply. */
export function isAllowedLimit(name: keyof SandboxLimits, value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= MINIMUM_LIMITS[name] && (value as number) <= PLATFORM_LIMITS[name];
}

/** "a whole number from 1 MB to 10 MB", for messages about a limit. */
export function describeAllowedLimit(name: keyof SandboxLimits): string {
  const format = name.endsWith('Bytes') ? formatBytes : formatCount;
  return `a whole number from ${format(MINIMUM_LIMITS[name])} to ${format(PLATFORM_LIMITS[name])}`;
}

/**
 * The platform limits, each lowered to the requested value. A request above the platform's
 * ceiling is held to it; one below what the sandbox needs to start is refused.
 */
export function resolveLimits(requested: Partial<SandboxLimits> = {}): SandboxLimits {
  const limits = { ...PLATFORM_LIMITS };
  for (const name of LIMIT_NAMES) {
    const value = requested[name];
    if (value === undefined) continue;
    if (!isAllowedLimit(name, Math.min(value, PLATFORM_LIMITS[name]))) {
      throw new RangeError(`limits.${name} must be ${describeAllowedLimit(name)}, got ${String(value)}`);
    }
    limits[name] = Math.min(value, PLATFORM_LIMITS[name]);
  }
  return limits;
}

export function formatBytes(bytes: number): string {
  if (bytes >= MB && bytes % MB === 0) return `${bytes / MB} MB`;
  if (bytes >= KB && bytes % KB === 0) return `${bytes / KB} kB`;
  return `${bytes.toLocaleString('en-US')} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
