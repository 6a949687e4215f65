import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/harness';

describe('serving the built web app', () => {
  let server: TestServer;
  let origin: string;
  const dist = mkdtempSync(path.join(tmpdir(), 'dealflow-web-'));

  beforeAll(async () => {
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="app"></div>');
    writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log("app")');
    server = await startTestServer({ WEB_DIST: dist });
    origin = new URL(server.url).origin;
  });
  afterAll(async () => {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers every page address with the app, which routes on the client', async () => {
    for (const page of ['/', '/login', '/pipelines/123/board']) {
      const response = await fetch(origin + page);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="app">');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets as immutable, and a missing asset as 404 rather than the app', async () => {
    const asset = await fetch(`${origin}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${origin}/assets/gone.js`)).status).toBe(404);
  });

  it('leaves the API and health check where they are', async () => {
    expect(await (await fetch(`${origin}/health`)).json()).toMatchObject({ status: 'ok' });
    expect((await server.client.request('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
