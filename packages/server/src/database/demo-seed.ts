import type { App } from '../app';
import { hashPassword } from '../auth/password';
import { JobTitle, User } from '../modules/users/user.entity';
import { RequestContext } from '../tenancy/request-context';
import { Role } from '../tenancy/roles';
import { Tenant } from '../tenancy/tenant.entity';
import { Random } from './seed/random';
import { seedPartnerProgramme } from './seed/partner-programme';
import { DEMO_SCALE, seedSalesData } from './seed/sales-data';

export const DEMO_LOGIN = { email: 'owner@demo.dealflow.dev', password: 'dealflow-demo' } as const;

const TEAM: ReadonlyArray<readonly [string, string, Role, JobTitle]> = [
  ['Adam Admin', 'admin@demo.dealflow.dev', Role.ADMIN, JobTitle.SALES_OPS],
  ['Maya Manager', 'manager@demo.dealflow.dev', Role.MANAGER, JobTitle.SALES_MANAGER],
  ['Sam SDR', 'sdr@demo.dealflow.dev', Role.REP, JobTitle.SDR],
  ['Erin Executive', 'ae@demo.dealflow.dev', Role.REP, JobTitle.ACCOUNT_EXECUTIVE],
  ['Karim Account', 'am@demo.dealflow.dev', Role.REP, JobTitle.ACCOUNT_MANAGER],
];

/**
 * On an empty database, creates the "Demo Sales Co" workspace with a team in every role, a
 * year of sales history and a partner programme, and returns how to log in. Does nothing once any tenant exists.
 */
export async function seedDemoTenantIfEmpty(app: App): Promise<typeof DEMO_LOGIN | null> {
  if ((await app.database.manager.count(Tenant)) > 0) return null;
  await app.database.transaction(async (manager) => {
    const session = await app.services.auth.signup(manager, {
      companyName: 'Demo Sales Co',
      name: 'Olivia Owner',
      email: DEMO_LOGIN.email,
      password: DEMO_LOGIN.password,
    });
    const ctx = RequestContext.asOwner(manager, session.tenant.id, session.user.id);
    const passwordHash = await hashPassword(DEMO_LOGIN.password);
    const team = await ctx.data.repo(User).insertMany(TEAM.map(([name, email, role, jobTitle]) => ({
      name, email, role, jobTitle, passwordHash, active: true, lastLoginAt: null,
    })));
    const sellers = team.filter((user) => user.role === Role.REP || user.role === Role.MANAGER).map((user) => user.id);
    const random = new Random(20_260_101);
    await seedSalesData(ctx, random, DEMO_SCALE, sellers);
    await seedPartnerProgramme(ctx, app.services, random, passwordHash);
  });
  return DEMO_LOGIN;
}
