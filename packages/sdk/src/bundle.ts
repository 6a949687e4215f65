import { builtinModules } from 'node:module';
import path from 'node:path';
import { build, type Message, type Plugin as EsbuildPlugin } from 'esbuild';
import { PLUGIN_GLOBAL } from './sandbox/prelude.js';

/**
 * Bundles a plugin's entry file (TypeScript or JavaScript, its default export the plugin from
 * definePlugin) into the one self-contained script the sandbox evaluates: every import inlined,
 * the plugin on the global `__dealflowPlugin.default`. Not minified, so that it stays readable
 * where the host shows it. Rejects with a readable Error when the entry cannot be bundled.
 */
export async function bundlePlugin(entryFile: string): Promise<string> {
  try {
    const result = await build({
      // Hands the default export to the sandbox without the helpers a `globalName` build adds.
      stdin: {
        contents: `import plugin from ${JSON.stringify(path.resolve(entryFile))};\nglobalThis.${PLUGIN_GLOBAL} = { default: plugin };\n`,
        resolveDir: path.dirname(path.resolve(entryFile)),
        sourcefile: 'dealflow-plugin-entry.js',
        loader: 'js',
      },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'neutral',
      // Neutral leaves these empty; packages that only declare `main` still resolve.
      mainFields: ['module', 'main'],
      target: 'es2020',
      minify: false,
      legalComments: 'none',
      logLevel: 'silent',
      plugins: [refuseNodeBuiltins],
    });
    return (result.outputFiles[0] as { text: string }).text;
  } catch (error) {
    throw new Error(`Cannot bundle the plugin ${entryFile}:\n${describeBuildFailure(error)}`, { cause: error });
  }
}

const NODE_BUILTINS = new Set(builtinModules);

/** The sandbox has no file system, network or process: a plugin importing Node's modules cannot run. */
const refuseNodeBuiltins: EsbuildPlugin = {
  name: 'refuse-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:/]+$/ }, ({ path }) => {
      if (!path.startsWith('node:') && !NODE_BUILTINS.has(path)) return undefined;
      return {
        errors: [{ text: `"${path}" is a Node.js module: plugins run in a sandbox with no file system, network or process, and may import only pure code` }],
      };
    });
  },
};

function describeBuildFailure(error: unknown): string {
  const errors = (error as { errors?: Message[] }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return String(error);
  return errors.map(describeMessage).join('\n');
}

function describeMessage(message: Message): string {
  const where = message.location ? `${message.location.file}:${message.location.line}: ` : '';
  return `  ${where}${message.text}`;
}
