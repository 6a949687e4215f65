/**
 * `dealflow-plugin publish` against a tiny local server that answers like Dealflow's GraphQL
 * API: the request it sends, what it prints on success, and how it reports the API's errors.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundlePlugin } from '../dist/bundle.js';
import { runCli } from '../dist/cli/cli.js';
import type { CliIo } from '../dist/cli/io.js';
import { sha256 } from '../dist/sandbox/index.js';

const TOKEN = 'dfk_abc123.s3cret';

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: { operationName?: string; query: string; variables: { input: { bundle: string } } };
}

/** What the server answers next: HTTP status and body. */
let answer: { status: number; body: string; contentType?: string };
let received: Received[];
let server: Server;
let origin: string;
let tmp: string;
let bundle: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => {
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: JSON.parse(text) as Received['body'] });
      response.writeHead(answer.status, { 'content-type': answer.contentType ?? 'application/json' });
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  tmp = mkdtempSync(path.join(tmpdir(), 'dealflow-publish-'));
  bundle = await bundlePlugin(fileURLToPath(new URL('./fixtures/commission.ts', import.meta.url)));
  writeFileSync(path.join(tmp, 'plugin.js'), bundle);
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  received = [];
});

function memoryIo(env: Record<string, string | undefined> = {}) {
  const io = {
    cwd: tmp,
    env,
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
    fetch: globalThis.fetch,
    inheritStdio: false,
  } satisfies CliIo & { stdout: string; stderr: string };
  return io;
}

const published = (codeHash: string) =>
  JSON.stringify({
    data: {
      publishPluginVersion: {
        id: 'a3c1f2e4-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
        semver: '1.2.3',
        codeHash,
        hooks: ['deal.won', 'invoice.refunded'],
        publishedAt: '2026-01-15T12:00:00.000Z',
        plugin: { id: 'p1', key: 'fixture-commission', name: 'Fixture commission' },
      },
    },
  });

describe('dealflow-plugin publish', () => {
  it('checks the bundle, posts publishPluginVersion with the token, and prints the version', async () => {
    answer = { status: 200, body: published(sha256(bundle)) };
    const io = memoryIo();
    const code = await runCli(['publish', '--bundle', 'plugin.js', '--url', `${origin}/graphql`, '--token', TOKEN], io);
    expect(io.stderr).toBe('');
    expect(code).toBe(0);

    expect(received).toHaveLength(1);
    const [request] = received as [Received];
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/graphql');
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body.query).toMatch(/^mutation PublishPluginVersion\(\$input: PublishPluginVersionInput!\) \{\s+publishPluginVersion\(input: \$input\)/);
    expect(request.body.variables.input.bundle).toBe(bundle);

    expect(io.stdout).toBe(
      [
        'Checked fixture-commission@1.2.3 (commission): Fixture commission',
        '  hooks   deal.won, invoice.refunded',
        `  size    ${(Buffer.byteLength(bundle) / 1024).toFixed(1)} kB`,
        `  sha256  ${sha256(bundle)}`,
        `Published fixture-commission@1.2.3 to ${origin}/graphql`,
        '  version id  a3c1f2e4-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
        '  semver      1.2.3',
        `  codeHash    ${sha256(bundle)}`,
        'Next: in Dealflow, open Plugins to install this version, fill in its settings, and simulate it on past events before enabling it.',
        '',
      ].join('\n'),
    );
  });

  it('reads the URL and token from DEALFLOW_URL and DEALFLOW_TOKEN, and reports a CONFLICT in one line', async () => {
    const message = 'Version 1.2.3 of fixture-commission is already published with other code; versions never change, so publish it as a new version';
    answer = { status: 200, body: JSON.stringify({ data: null, errors: [{ message, path: ['publishPluginVersion'], extensions: { code: 'CONFLICT' } }] }) };
    const io = memoryIo({ DEALFLOW_URL: origin, DEALFLOW_TOKEN: TOKEN });
    expect(await runCli(['publish', '-b', 'plugin.js'], io)).toBe(1);
    expect(received.map((request) => [request.url, request.headers.authorization])).toEqual([['/graphql', `Bearer ${TOKEN}`]]);
    expect(io.stderr).toBe(`Error: CONFLICT: ${message}\nVersions never change: bump \`version\` in your plugin (src/index.ts), build, and publish again.\n`);
  });

  it('explains a token the server does not accept', async () => {
    answer = { status: 200, body: JSON.stringify({ errors: [{ message: 'This API key is not valid or was revoked', extensions: { code: 'UNAUTHENTICATED' } }] }) };
    const io = memoryIo({ DEALFLOW_TOKEN: 'dfk_revoked.key' });
    expect(await runCli(['publish', '-b', 'plugin.js', '--url', origin], io)).toBe(1);
    expect(io.stderr).toMatch(/^Error: UNAUTHENTICATED: This API key is not valid or was revoked\nCheck --token or DEALFLOW_TOKEN/);
  });

  it('says so when the URL is not a GraphQL endpoint', async () => {
    answer = { status: 404, body: '<!DOCTYPE html><pre>Cannot POST /api</pre>', contentType: 'text/html' };
    const io = memoryIo({ DEALFLOW_TOKEN: TOKEN });
    expect(await runCli(['publish', '-b', 'plugin.js', '--url', `${origin}/api`], io)).toBe(1);
    expect(io.stderr).toBe("Error: The server answered HTTP 404 Not Found, not a GraphQL response: is the URL Dealflow's GraphQL endpoint (--url or DEALFLOW_URL)?\n");
  });

  it('sends nothing when the bundle fails the local check, the token is missing or there is no bundle', async () => {
    writeFileSync(path.join(tmp, 'broken.js'), 'globalThis.answer = 42;\n');
    const broken = memoryIo({ DEALFLOW_TOKEN: TOKEN, DEALFLOW_URL: origin });
    expect(await runCli(['publish', '--bundle', 'broken.js'], broken)).toBe(1);
    expect(broken.stderr).toMatch(/^Error: The bundle defines no plugin: its entry must "export default definePlugin\(\{ ... \}\)"/);

    const noToken = memoryIo({ DEALFLOW_URL: origin });
    expect(await runCli(['publish', '--bundle', 'plugin.js'], noToken)).toBe(1);
    expect(noToken.stderr).toMatch(/^Error: No token: set DEALFLOW_TOKEN or pass --token\n/);

    const noBundle = memoryIo({ DEALFLOW_TOKEN: TOKEN, DEALFLOW_URL: origin });
    expect(await runCli(['publish'], noBundle)).toBe(1);
    expect(noBundle.stderr).toBe(`Error: There is no bundle at dist/plugin.js: run "dealflow-plugin build" first, or pass --bundle\n`);
    expect(received).toEqual([]);
  });

  it('says when the server cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const io = memoryIo({ DEALFLOW_TOKEN: TOKEN });
    expect(await runCli(['publish', '-b', 'plugin.js', '--url', `http://127.0.0.1:${port}/graphql`], io)).toBe(1);
    expect(io.stderr).toBe(`Error: Cannot reach Dealflow at http://127.0.0.1:${port}/graphql (ECONNREFUSED)\nIs the server running, and is --url (or DEALFLOW_URL) its GraphQL endpoint?\n`);
  });
});
