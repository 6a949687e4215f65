/** `@dealflow/sdk/sandbox`: what the host uses to run untrusted plugin bundles. */
export { Sandbox, type SandboxOptions } from './sandbox.js';
export { MAX_BUNDLE_BYTES, PLATFORM_LIMITS, resolveLimits, type SandboxLimits } from './limits.js';
export { checkOperations, MAX_OPERATIONS, type OperationsCheck } from './operations.js';
export { validateManifest, type PluginManifest } from './manifest.js';
export { sha256 } from './hash.js';
export type { FailureReason, RunFailure, RunResult, RunSuccess } from './results.js';
