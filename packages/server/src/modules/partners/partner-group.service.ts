import { isId } from '../../common/ids';
import { definedOnly, optionalText } from '../../common/text';
import { ConflictError, UserInputError } from '../../graphql/errors';
import type { RequestContext } from '../../tenancy/request-context';
import { PartnerGroup } from './partner-group.entity';
import type { CreatePartnerGroupInput, UpdatePartnerGroupInput } from './partner-group.inputs';
import { Partner } from './partner.entity';

/** Matches the column default: a common refund window. */
const DEFAULT_HOLD_DAYS = 30;

/** Partner programs (groups): their hold period and default commission plugin. */
export class PartnerGroupService {
  list(ctx: RequestContext): Promise<PartnerGroup[]> {
    return ctx.data.repo(PartnerGroup).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  async create(ctx: RequestContext, input: CreatePartnerGroupInput): Promise<PartnerGroup> {
    const name = input.name.trim();
    await this.assertNameFree(ctx, name);
    return ctx.data.repo(PartnerGroup).insert({
      name,
      description: optionalText(input.description) ?? null,
      holdDays: input.holdDays ?? DEFAULT_HOLD_DAYS,
      defaultInstallationId: installationIdFrom(input.defaultInstallationId, 'defaultInstallationId') ?? null,
    });
  }

  async update(ctx: RequestContext, input: UpdatePartnerGroupInput): Promise<PartnerGroup> {
    const group = await ctx.data.repo(PartnerGroup).getById(input.id, 'Partner group', 'id');
    const name = optionalText(input.name);
    if (name === null) throw new UserInputError('name', 'Name cannot be blank');
    if (name) await this.assertNameFree(ctx, name, group.id);
    if (input.holdDays === null) throw new UserInputError('holdDays', 'Hold days cannot be empty; use 0 for no hold');
    return ctx.data.repo(PartnerGroup).update(group, definedOnly({
      name,
      description: optionalText(input.description),
      holdDays: input.holdDays,
      defaultInstallationId: installationIdFrom(input.defaultInstallationId, 'defaultInstallationId'),
    }), input.version ?? undefined);
  }

  /** Only an empty group goes: its partners' hold period and plugin come from it. */
  async delete(ctx: RequestContext, id: string): Promise<string> {
    const group = await ctx.data.repo(PartnerGroup).getById(id, 'Partner group', 'id');
    if (await ctx.data.repo(Partner).exists({ groupId: group.id })) {
      throw new ConflictError(`${group.name} still has partners; move them to another group first`);
    }
    await ctx.data.repo(PartnerGroup).delete({ id: group.id });
    return group.id;
  }

  /** Case-insensitive on both databases, as people read names. */
  private async assertNameFree(ctx: RequestContext, name: string, exceptId?: string): Promise<void> {
    const query = ctx.data.repo(PartnerGroup).select('g').andWhere('LOWER(g.name) = LOWER(:name)', { name });
    if (exceptId) query.andWhere('g.id <> :exceptId', { exceptId });
    if (await query.getExists()) throw new UserInputError('name', `There is already a partner group named ${name}`);
  }
}

/**
 * A plugin installation's id: undefined keeps, blank or null clears. Installations belong to the
 * plugins module; partners and groups only keep the reference, so its shape is all checked here.
 */
export function installationIdFrom(value: string | null | undefined, field: string): string | null | undefined {
  const id = optionalText(value);
  if (id && !isId(id)) throw new UserInputError(field, `"${id}" is not an installation id`);
  return id;
}
