import { Not } from 'typeorm';
import { definedOnly, optionalText } from '../../common/text';
import { SortDirection, paginate, type Connection, type PageArgs, type SortKey } from '../../graphql/connection';
import { UserInputError } from '../../graphql/errors';
import { contains, containsPattern } from '../../graphql/search';
import type { RequestContext } from '../../tenancy/request-context';
import type { UserService } from '../users/user.service';
import { Organization } from './organization.entity';
import {
  OrganizationOrderField,
  type CreateOrganizationInput,
  type OrganizationFilter,
  type OrganizationOrderBy,
  type UpdateOrganizationInput,
} from './organization.inputs';

const SORT: Record<OrganizationOrderField, SortKey<Organization>> = {
  [OrganizationOrderField.NAME]: { property: 'name', type: 'string' },
  [OrganizationOrderField.CREATED_AT]: { property: 'id', type: 'string' },
  [OrganizationOrderField.UPDATED_AT]: { property: 'updatedAt', type: 'date' },
};

export class OrganizationService {
  constructor(private readonly users: UserService) {}

  list(ctx: RequestContext, page: PageArgs, filter: OrganizationFilter = {}, orderBy?: OrganizationOrderBy): Promise<Connection<Organization>> {
    const query = ctx.data.repo(Organization).select('o');
    query.andWhere(filter.archived ? 'o.archivedAt IS NOT NULL' : 'o.archivedAt IS NULL');
    if (filter.search?.trim()) query.andWhere(contains(['o.name', 'o.domain'], 'search'), { search: containsPattern(filter.search) });
    if (filter.ownerId) query.andWhere('o.ownerId = :ownerId', { ownerId: filter.ownerId });
    if (filter.industry) query.andWhere('o.industry = :industry', { industry: filter.industry });
    if (filter.country) query.andWhere('o.country = :country', { country: filter.country.toUpperCase() });
    const field = orderBy?.field ?? OrganizationOrderField.NAME;
    return paginate(query, 'o', page, SORT[field], orderBy?.direction ?? SortDirection.ASC);
  }

  async create(ctx: RequestContext, input: CreateOrganizationInput): Promise<Organization> {
    const owner = await this.users.assertAssignable(ctx, input.ownerId ?? ctx.userId);
    const domain = normalizeDomain(input.domain);
    await this.assertDomainFree(ctx, domain);
    return ctx.data.repo(Organization).insert({
      name: input.name.trim(),
      domain: domain ?? null,
      industry: optionalText(input.industry) ?? null,
      employeeCount: input.employeeCount ?? null,
      phone: optionalText(input.phone) ?? null,
      country: normalizeCountry(input.country) ?? null,
      city: optionalText(input.city) ?? null,
      address: optionalText(input.address) ?? null,
      ownerId: owner.id,
      archivedAt: null,
    });
  }

  async update(ctx: RequestContext, input: UpdateOrganizationInput): Promise<Organization> {
    const organization = await ctx.data.repo(Organization).getById(input.id, 'Organization', 'id');
    const name = optionalText(input.name);
    if (name === null) throw new UserInputError('name', 'Name cannot be blank');
    const domain = normalizeDomain(input.domain);
    if (domain) await this.assertDomainFree(ctx, domain, organization.id);
    if (input.ownerId) await this.users.assertAssignable(ctx, input.ownerId);
    return ctx.data.repo(Organization).update(organization, definedOnly({
      name,
      domain,
      industry: optionalText(input.industry),
      employeeCount: input.employeeCount,
      phone: optionalText(input.phone),
      country: normalizeCountry(input.country),
      city: optionalText(input.city),
      address: optionalText(input.address),
      ownerId: input.ownerId ?? undefined,
    }), input.version ?? undefined);
  }

  async setArchived(ctx: RequestContext, id: string, archived: boolean): Promise<Organization> {
    const organization = await ctx.data.repo(Organization).getById(id, 'Organization', 'id');
    if (Boolean(organization.archivedAt) === archived) return organization;
    return ctx.data.repo(Organization).update(organization, { archivedAt: archived ? new Date() : null });
  }

  /** Finds the tenant's organization for a domain, if any (lead conversion reuses it). */
  findByDomain(ctx: RequestContext, domain: string): Promise<Organization | null> {
    return ctx.data.unrestricted().repo(Organization).findOne({ domain });
  }

  private async assertDomainFree(ctx: RequestContext, domain: string | null | undefined, exceptId?: string): Promise<void> {
    if (!domain) return;
    const taken = await ctx.data.unrestricted().repo(Organization)
      .exists({ domain, ...(exceptId ? { id: Not(exceptId) } : {}) });
    if (taken) throw new UserInputError('domain', `Another organization already uses ${domain}`);
  }
}

/** `https://www.Acme.com/about` → `acme.com`; undefined keeps, blank clears. */
export function normalizeDomain(value: string | null | undefined): string | null | undefined {
  const text = optionalText(value);
  if (!text) return text;
  const host = text.toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').split(/[/?#:]/)[0] ?? '';
  if (!/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host)) {
    throw new UserInputError('domain', `"${text}" is not a web domain (for example acme.com)`);
  }
  return host;
}

const regions = new Intl.DisplayNames(['en'], { type: 'region' });
/** Codes ICU names that are not countries: unions, reserved and user-assigned codes. */
const NOT_COUNTRIES = /^(EU|EZ|UN|UK|ZZ|AA|Q[M-Z]|X[A-Z])$/;

function normalizeCountry(value: string | null | undefined): string | null | undefined {
  const text = optionalText(value);
  if (!text) return text;
  const code = text.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.test(code) || regions.of(code) === code) {
    throw new UserInputError('country', `"${text}" is not an ISO 3166 country code (for example PL, IL, EG)`);
  }
  return code;
}

