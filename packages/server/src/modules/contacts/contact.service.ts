import { fullNameOf, optionalEmail } from '../../common/person';
import { childConnection } from '../../graphql/child-connection';
import { definedOnly, optionalText } from '../../common/text';
import { SortDirection, paginate, type Connection, type PageArgs, type SortKey } from '../../graphql/connection';
import { UserInputError } from '../../graphql/errors';
import { contains, containsPattern } from '../../graphql/search';
import type { RequestContext } from '../../tenancy/request-context';
import { Organization } from '../organizations/organization.entity';
import type { UserService } from '../users/user.service';
import { Contact } from './contact.entity';
import {
  ContactOrderField,
  type ContactFilter,
  type ContactOrderBy,
  type CreateContactInput,
  type UpdateContactInput,
} from './contact.inputs';

const SORT: Record<ContactOrderField, SortKey<Contact>> = {
  [ContactOrderField.NAME]: { property: 'fullName', type: 'string' },
  [ContactOrderField.CREATED_AT]: { property: 'id', type: 'string' },
  [ContactOrderField.UPDATED_AT]: { property: 'updatedAt', type: 'date' },
};

/** People the tenant sells to. `customerSince` is the deals module's to set, never this one's. */
export class ContactService {
  constructor(private readonly users: UserService) {}

  list(ctx: RequestContext, page: PageArgs, filter: ContactFilter = {}, orderBy?: ContactOrderBy): Promise<Connection<Contact>> {
    const query = ctx.data.repo(Contact).select('c');
    query.andWhere(filter.archived ? 'c.archivedAt IS NOT NULL' : 'c.archivedAt IS NULL');
    if (filter.search?.trim()) query.andWhere(contains(['c.fullName', 'c.email'], 'search'), { search: containsPattern(filter.search) });
    if (filter.organizationId) query.andWhere('c.organizationId = :organizationId', { organizationId: filter.organizationId });
    if (filter.ownerId) query.andWhere('c.ownerId = :ownerId', { ownerId: filter.ownerId });
    if (filter.isCustomer != null) query.andWhere(filter.isCustomer ? 'c.customerSince IS NOT NULL' : 'c.customerSince IS NULL');
    const field = orderBy?.field ?? ContactOrderField.NAME;
    return paginate(query, 'c', page, SORT[field], orderBy?.direction ?? SortDirection.ASC);
  }

  /** An organization's people, archived ones left out (batched per request). */
  ofOrganization(ctx: RequestContext, organizationId: string, page: PageArgs, orderBy?: ContactOrderBy): Promise<Connection<Contact>> {
    return childConnection(ctx, {
      name: 'organizationContacts',
      entity: Contact,
      link: 'organizationId',
      sort: SORT[orderBy?.field ?? ContactOrderField.NAME],
      direction: orderBy?.direction ?? SortDirection.ASC,
      where: { key: 'active', apply: (query, alias) => query.andWhere(`${alias}.archivedAt IS NULL`) },
    }, organizationId, page);
  }

  async create(ctx: RequestContext, input: CreateContactInput): Promise<Contact> {
    const firstName = input.firstName.trim();
    const lastName = optionalText(input.lastName) ?? null;
    const email = optionalEmail(input.email) ?? null;
    const organizationId = await this.existingOrganizationId(ctx, input.organizationId) ?? null;
    const owner = await this.users.assertAssignable(ctx, input.ownerId ?? ctx.userId);
    return ctx.data.repo(Contact).insert({
      firstName,
      lastName,
      fullName: fullNameOf(firstName, lastName),
      email,
      phone: optionalText(input.phone) ?? null,
      jobTitle: optionalText(input.jobTitle) ?? null,
      organizationId,
      ownerId: owner.id,
      customerSince: null,
      archivedAt: null,
    });
  }

  async update(ctx: RequestContext, input: UpdateContactInput): Promise<Contact> {
    const contact = await ctx.data.repo(Contact).getById(input.id, 'Contact', 'id');
    const firstName = optionalText(input.firstName);
    if (firstName === null) throw new UserInputError('firstName', 'First name cannot be blank');
    const lastName = optionalText(input.lastName);
    const email = optionalEmail(input.email);
    const organizationId = await this.existingOrganizationId(ctx, input.organizationId);
    if (input.ownerId) await this.users.assertAssignable(ctx, input.ownerId);
    return ctx.data.repo(Contact).update(contact, definedOnly({
      firstName,
      lastName,
      fullName: fullNameOf(firstName ?? contact.firstName, lastName === undefined ? contact.lastName : lastName),
      email,
      phone: optionalText(input.phone),
      jobTitle: optionalText(input.jobTitle),
      organizationId,
      ownerId: input.ownerId ?? undefined,
    }), input.version ?? undefined);
  }

  async setArchived(ctx: RequestContext, id: string, archived: boolean): Promise<Contact> {
    const contact = await ctx.data.repo(Contact).getById(id, 'Contact', 'id');
    if (Boolean(contact.archivedAt) === archived) return contact;
    return ctx.data.repo(Contact).update(contact, { archivedAt: archived ? new Date() : null });
  }

  /** undefined keeps, blank or null clears; anything else must be an organization the caller can see. */
  private async existingOrganizationId(ctx: RequestContext, id: string | null | undefined): Promise<string | null | undefined> {
    const given = optionalText(id);
    if (!given) return given;
    const organization = await ctx.data.repo(Organization).getById(given, 'Organization', 'organizationId');
    return organization.id;
  }
}

