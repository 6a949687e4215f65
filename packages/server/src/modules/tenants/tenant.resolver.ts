import { Arg, Authorized, Query, Resolver } from 'type-graphql';
import { Command } from '../../graphql/command';
import { Session } from '../../graphql/session';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { Tenant } from '../../tenancy/tenant.entity';
import { UpdateTenantSettingsInput } from './tenant.inputs';
import { TenantService } from './tenant.service';

@Resolver(() => Tenant)
export class TenantResolver {
  constructor(private readonly tenants: TenantService) {}

  @Authorized()
  @Query(() => Tenant, { description: 'Your workspace and its settings.' })
  tenant(@Session() ctx: RequestContext): Promise<Tenant> {
    return ctx.tenant();
  }

  @Authorized(Role.ADMIN)
  @Command(() => Tenant)
  updateTenantSettings(@Session() ctx: RequestContext, @Arg('input') input: UpdateTenantSettingsInput): Promise<Tenant> {
    return this.tenants.updateSettings(ctx, input);
  }
}
