/** The global on which a bundle built by bundlePlugin leaves `{ default: plugin }`. */
export const PLUGIN_GLOBAL = '__dealflowPlugin';

// The prelude runs once for each bundle a worker loads, and is part of the memory image every
// run of that bundle starts from (evaluate.ts). Both scripts' answers are tagged
// "<tag>\n<payload>": "ok" with JSON, or the failure reason ("invalid-output", "invalid-bundle")
// with a sentence.

const NO_PLUGIN = String.raw`'invalid-bundle\nThe bundle defines no plugin: its entry must "export default definePlugin({ ... })" and be built with bundlePlugin'`;

/**
 * Evaluated before the bundle. It takes away what would make a plugin depend on anything but
 * its input (the clock, randomness), routes console to the host's capped log, and returns the
 * function that runs a hook, holding the built-ins it needs from before plugin code could
 * replace them.
 */
export const PRELUDE = String.raw`(function (hostLog, logRoom) {
  const parse = JSON.parse, stringify = JSON.stringify, keys = Object.keys, construct = Reflect.construct, RealDate = globalThis.Date;
  const noClock = () => { throw new Error('plugins have no clock: use input.event.occurredAt'); };
  // Date() and new Date() read the clock; new Date(value) only converts, which plugins need.
  function Date(...args) {
    if (new.target === undefined || args.length === 0) noClock();
    return construct(RealDate, args, new.target);
  }
  Date.prototype = RealDate.prototype;
  Date.parse = RealDate.parse;
  Date.UTC = RealDate.UTC;
  Date.now = noClock;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: Date, writable: true, configurable: true });
  globalThis.Date = Date;
  Math.random = () => { throw new Error('plugins have no randomness: derive any variation from the input'); };
  delete globalThis.performance;

  const show = (value) => {
    if (typeof value === 'string') return value;
    try { return stringify(value) ?? String(value); } catch { return String(value); }
  };
  // A character is at least one byte: cutting to the byte budget in characters keeps all the
  // host would keep, and spares it copying huge strings.
  function log(...values) {
    if (logRoom <= 0) return;
    const line = values.map(show).join(' ').slice(0, logRoom);
    logRoom -= line.length + 1;
    hostLog(line);
  }
  globalThis.console = { log, info: log, warn: log, error: log, debug: log };

  return function runHook(hook, inputJson) {
    const hooks = globalThis.${PLUGIN_GLOBAL}?.default?.hooks;
    if (hooks === null || typeof hooks !== 'object') return ${NO_PLUGIN};
    if (typeof hooks[hook] !== 'function') {
      return 'invalid-output\nThe plugin does not handle the hook "' + hook + '" (it handles: ' + keys(hooks).join(', ') + ')';
    }
    const result = hooks[hook](parse(inputJson));
    if (typeof result?.then === 'function') return 'invalid-output\nThe hook returned a Promise: hooks must return their operations synchronously';
    let json;
    try {
      json = stringify(result);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      return "invalid-output\nThe plugin's output cannot be turned into JSON: " + error.message;
    }
    return json === undefined ? 'invalid-output\nThe hook returned ' + typeof result + ', not an array of operations' : 'ok\n' + json;
  };
})`;

/** Evaluated after the bundle, for Sandbox.inspect only: the plugin without its code. */
export const DESCRIBE_PLUGIN = String.raw`(() => {
  const plugin = globalThis.${PLUGIN_GLOBAL}?.default;
  const hooks = plugin?.hooks;
  if (hooks === null || typeof hooks !== 'object') return ${NO_PLUGIN};
  const names = Object.keys(hooks);
  const notFunction = names.find((name) => typeof hooks[name] !== 'function');
  if (notFunction !== undefined) return 'invalid-bundle\nThe plugin\'s hook "' + notFunction + '" is not a function';
  return 'ok\n' + JSON.stringify({ ...plugin, hooks: names });
})()`;
