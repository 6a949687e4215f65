import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

/**
 * Serves the built admin UI (packages/web/dist) from the API's own address: its files, and
 * index.html for every other page address so the client-side router can take it. Does
 * nothing when there is no build (development runs Vite instead). Returns whether it serves.
 */
export function serveWebApp(app: Express, dist: string): boolean {
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) return false;
  // Vite names built assets by content hash, so they never change under the same name.
  app.use('/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(dist, { index: false }));
  app.get(/^\/(?!graphql$|health$).*/, (_request, response) => {
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}
