import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The web package's folder, whether this file runs from e2e/ or compiled into dist-bench/ (see bench/). */
export function webPackageDir(): string {
  let dir = import.meta.dirname;
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

const WEB = webPackageDir();
const SERVER = path.resolve(WEB, '../server');

/** Builds the web app (into `webDist`) and the server, as `pnpm start` does; the bench adds `--manifest`. */
export function buildProduct(webDist = 'dist', viteOptions: string[] = []): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', webDist, ...viteOptions], { cwd: WEB, stdio: 'inherit' });
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: SERVER, stdio: 'inherit' });
}

export interface AppServer {
  origin: string;
  stop(): Promise<void>;
}

/** The real server on a free port, with an empty SQLite file of its own, serving the built app. */
export async function startAppServer(webDist = 'dist'): Promise<AppServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dealflow-browser-'));
  const child: ChildProcess = spawn(process.execPath, ['dist/main.js'], {
    cwd: SERVER,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'off', SQLITE_FILE: path.join(dataDir, 'db.sqlite'), JWT_SECRET: 'browser-test-secret-long-enough', WEB_DIST: path.resolve(WEB, webDist), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Dealflow app on (http:\/\/\S+?)\/?\s/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The server exited (${code}) before serving the app:\n${output}`)));
    setTimeout(() => reject(new Error(`The server did not start in 30 s:\n${output}`)), 30_000);
  });
  return {
    origin,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
