import { In } from 'typeorm';
import { optionalEmail } from '../../common/person';
import { definedOnly, optionalText } from '../../common/text';
import { SortDirection, paginate, type Connection, type PageArgs, type SortKey } from '../../graphql/connection';
import { UserInputError } from '../../graphql/errors';
import { contains, containsPattern } from '../../graphql/search';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { normalizeDomain } from '../organizations/organization.service';
import { User } from '../users/user.entity';
import type { InvitePayload } from '../users/user.inputs';
import type { UserService } from '../users/user.service';
import { PartnerGroup } from './partner-group.entity';
import { installationIdFrom } from './partner-group.service';
import { Partner, PartnerStatus } from './partner.entity';
import {
  PartnerOrderField,
  type CreatePartnerInput,
  type InvitePartnerUserInput,
  type PartnerFilter,
  type PartnerOrderBy,
  type UpdatePartnerInput,
} from './partner.inputs';
import { unusedReferralCode } from './referral-code';

const SORT: Record<PartnerOrderField, SortKey<Partner>> = {
  [PartnerOrderField.NAME]: { property: 'name', type: 'string' },
  [PartnerOrderField.CREATED_AT]: { property: 'id', type: 'string' },
  [PartnerOrderField.UPDATED_AT]: { property: 'updatedAt', type: 'date' },
};

/**
 * The tenant's channel partners and their portal users. Partners are suspended, never deleted:
 * their deals, referrals and ledger keep pointing at them.
 */
export class PartnerService {
  constructor(private readonly users: UserService) {}

  list(ctx: RequestContext, page: PageArgs, filter: PartnerFilter = {}, orderBy?: PartnerOrderBy): Promise<Connection<Partner>> {
    const query = ctx.data.repo(Partner).select('p');
    if (filter.search?.trim()) query.andWhere(contains(['p.name', 'p.email', 'p.domain'], 'search'), { search: containsPattern(filter.search) });
    if (filter.type?.length) query.andWhere('p.type IN (:...types)', { types: filter.type });
    if (filter.status?.length) query.andWhere('p.status IN (:...statuses)', { statuses: filter.status });
    if (filter.groupId) query.andWhere('p.groupId = :groupId', { groupId: filter.groupId });
    const field = orderBy?.field ?? PartnerOrderField.NAME;
    return paginate(query, 'p', page, SORT[field], orderBy?.direction ?? SortDirection.ASC);
  }

  async create(ctx: RequestContext, input: CreatePartnerInput): Promise<Partner> {
    const name = input.name.trim();
    await this.assertNameFree(ctx, name);
    return ctx.data.repo(Partner).insert({
      name,
      type: input.type,
      status: input.status ?? PartnerStatus.ACTIVE,
      tier: optionalText(input.tier) ?? null,
      groupId: (await this.groupId(ctx, input.groupId)) ?? null,
      installationId: installationIdFrom(input.installationId, 'installationId') ?? null,
      email: optionalEmail(input.email) ?? null,
      domain: normalizeDomain(input.domain) ?? null,
      referralCode: await unusedReferralCode(ctx),
      managerId: (await this.managerId(ctx, input.managerId)) ?? null,
    });
  }

  async update(ctx: RequestContext, input: UpdatePartnerInput): Promise<Partner> {
    const partner = await ctx.data.repo(Partner).getById(input.id, 'Partner', 'id');
    const name = optionalText(input.name);
    if (name === null) throw new UserInputError('name', 'Name cannot be blank');
    if (name) await this.assertNameFree(ctx, name, partner.id);
    if (input.type === null) throw new UserInputError('type', 'Say what kind of partner this is');
    if (input.status === null) throw new UserInputError('status', 'Status cannot be empty');
    return ctx.data.repo(Partner).update(partner, definedOnly({
      name,
      type: input.type,
      status: input.status,
      tier: optionalText(input.tier),
      groupId: await this.groupId(ctx, input.groupId),
      installationId: installationIdFrom(input.installationId, 'installationId'),
      email: optionalEmail(input.email),
      domain: normalizeDomain(input.domain),
      managerId: await this.managerId(ctx, input.managerId),
    }), input.version ?? undefined);
  }

  /** A new code, for one that leaked or was shared too widely; the old one stops working. */
  async regenerateReferralCode(ctx: RequestContext, id: string): Promise<Partner> {
    const partner = await ctx.data.repo(Partner).getById(id, 'Partner', 'id');
    return ctx.data.repo(Partner).update(partner, { referralCode: await unusedReferralCode(ctx) });
  }

  inviteUser(ctx: RequestContext, input: InvitePartnerUserInput): Promise<InvitePayload> {
    return this.users.invite(ctx, { email: input.email, role: Role.PARTNER, partnerId: input.partnerId });
  }

  /** A partner's portal users, for every partner of the request at once. */
  usersOf(ctx: RequestContext, partnerId: string): Promise<User[]> {
    return ctx
      .batch('partnerUsers', async (partnerIds) => {
        const users = await ctx.data.repo(User).find({
          where: { partnerId: In([...partnerIds]), role: Role.PARTNER },
          order: { name: 'ASC', id: 'ASC' },
        });
        return partnerIds.map((id) => users.filter((user) => user.partnerId === id));
      })
      .load(partnerId);
  }

  /** undefined keeps, blank or null clears; anything else must be a group of the tenant. */
  private async groupId(ctx: RequestContext, id: string | null | undefined): Promise<string | null | undefined> {
    const given = optionalText(id);
    if (!given) return given;
    return (await ctx.data.repo(PartnerGroup).getById(given, 'Partner group', 'groupId')).id;
  }

  /** undefined keeps, blank or null clears; anything else must be an active member of the team. */
  private async managerId(ctx: RequestContext, id: string | null | undefined): Promise<string | null | undefined> {
    const given = optionalText(id);
    if (!given) return given;
    return (await this.users.assertAssignable(ctx, given, 'managerId')).id;
  }

  private async assertNameFree(ctx: RequestContext, name: string, exceptId?: string): Promise<void> {
    const query = ctx.data.repo(Partner).select('p').andWhere('LOWER(p.name) = LOWER(:name)', { name });
    if (exceptId) query.andWhere('p.id <> :exceptId', { exceptId });
    if (await query.getExists()) throw new UserInputError('name', `There is already a partner named ${name}`);
  }
}
