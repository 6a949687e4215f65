import type { App } from '../app';

/** Placeholder replaced below in this session. */
export async function seedDemoTenantIfEmpty(_app: App): Promise<{ email: string; password: string } | null> {
  return null;
}
