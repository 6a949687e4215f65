import 'reflect-metadata';
import { createApp } from './app';
import { loadConfig } from './config';
import { seedDemoTenantIfEmpty } from './database/demo-seed';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.auth.jwtSecretGenerated) {
    console.warn('JWT_SECRET is not set: using a random one, so logins end when the server restarts.');
  }
  const app = await createApp(config);
  if (config.demoData === 'auto') {
    const demo = await seedDemoTenantIfEmpty(app);
    if (demo) console.log(`Demo workspace ready. Log in as ${demo.email} with password ${demo.password}`);
  }
  const url = await app.listen();
  console.log(`Dealflow API on ${url} (database: ${config.database.type})`);
  if (app.servesWebApp) console.log(`Dealflow app on ${new URL('/', url).href}`);
  else console.log('No web app build found (packages/web/dist): run `npx pnpm@10 start` from the root, or the web dev server');
  const stop = async (signal: string) => {
    console.log(`${signal}: shutting down`);
    await app.close();
    process.exitCode = 0;
  };
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
