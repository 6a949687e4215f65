import { UserInputError } from '../../graphql/errors';
import { assertCurrency } from '../../money/money';
import type { RequestContext } from '../../tenancy/request-context';
import type { Tenant } from '../../tenancy/tenant.entity';
import type { UpdateTenantSettingsInput } from './tenant.inputs';
import { assertLocale, assertTimeZone } from './tenant-settings';

export class TenantService {
  updateSettings(ctx: RequestContext, input: UpdateTenantSettingsInput): Promise<Tenant> {
    const name = input.name?.trim();
    if (name === '') throw new UserInputError('name', 'Name cannot be blank');
    return ctx.updateTenant({
      ...(name ? { name } : {}),
      ...(input.baseCurrency ? { baseCurrency: assertCurrency('baseCurrency', input.baseCurrency.toUpperCase()) } : {}),
      ...(input.timeZone ? { timeZone: assertTimeZone(input.timeZone) } : {}),
      ...(input.locale ? { locale: assertLocale(input.locale) } : {}),
      ...(input.repsSeeOwnRecordsOnly != null ? { repsSeeOwnRecordsOnly: input.repsSeeOwnRecordsOnly } : {}),
      ...(input.registrationExpiryDays != null ? { registrationExpiryDays: input.registrationExpiryDays } : {}),
    });
  }
}
