import { Arg, Args, Authorized, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Command } from '../../graphql/command';
import { ConnectionType, PageArgs, type Connection } from '../../graphql/connection';
import { IdInput } from '../../graphql/id-input';
import { Session } from '../../graphql/session';
import type { RequestContext } from '../../tenancy/request-context';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { Contact } from './contact.entity';
import { ContactFilter, ContactOrderBy, CreateContactInput, UpdateContactInput } from './contact.inputs';
import { ContactService } from './contact.service';

@ObjectType({ simpleResolvers: true })
export class ContactConnection extends ConnectionType(Contact) {}

@Resolver(() => Contact)
export class ContactResolver {
  constructor(private readonly service: ContactService) {}

  @Authorized()
  @Query(() => ContactConnection)
  contacts(
    @Session() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ContactFilter, { nullable: true }) filter?: ContactFilter,
    @Arg('orderBy', () => ContactOrderBy, { nullable: true }) orderBy?: ContactOrderBy,
  ): Promise<Connection<Contact>> {
    return this.service.list(ctx, page, filter ?? {}, orderBy);
  }

  @Authorized()
  @Query(() => Contact, { nullable: true })
  contact(@Session() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Contact | null> {
    return ctx.loader(Contact).load(id);
  }

  @FieldResolver(() => String, { description: 'First and last name.' })
  name(@Root() contact: Contact): string {
    return contact.fullName;
  }

  @FieldResolver(() => Boolean, { description: 'Has bought: a deal with them was won.' })
  isCustomer(@Root() contact: Contact): boolean {
    return contact.customerSince !== null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  async organization(@Session() ctx: RequestContext, @Root() contact: Contact): Promise<Organization | null> {
    return contact.organizationId ? ctx.loader(Organization).load(contact.organizationId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Session() ctx: RequestContext, @Root() contact: Contact): Promise<User | null> {
    return ctx.loader(User).load(contact.ownerId);
  }

  @Authorized()
  @Command(() => Contact)
  createContact(@Session() ctx: RequestContext, @Arg('input') input: CreateContactInput): Promise<Contact> {
    return this.service.create(ctx, input);
  }

  @Authorized()
  @Command(() => Contact)
  updateContact(@Session() ctx: RequestContext, @Arg('input') input: UpdateContactInput): Promise<Contact> {
    return this.service.update(ctx, input);
  }

  @Authorized()
  @Command(() => Contact, { description: 'Hides them from lists; their deals and history stay.' })
  archiveContact(@Session() ctx: RequestContext, @Arg('input') input: IdInput): Promise<Contact> {
    return this.service.setArchived(ctx, input.id, true);
  }

  @Authorized()
  @Command(() => Contact)
  restoreContact(@Session() ctx: RequestContext, @Arg('input') input: IdInput): Promise<Contact> {
    return this.service.setArchived(ctx, input.id, false);
  }
}

/** Adds `Organization.contacts`; it lives here so the organizations module need not know contacts. */
@Resolver(() => Organization)
export class OrganizationContactsResolver {
  constructor(private readonly service: ContactService) {}

  @FieldResolver(() => ContactConnection, { description: 'People at this organization (archived ones left out).' })
  contacts(
    @Session() ctx: RequestContext,
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg('orderBy', () => ContactOrderBy, { nullable: true }) orderBy?: ContactOrderBy,
  ): Promise<Connection<Contact>> {
    return this.service.ofOrganization(ctx, organization.id, page, orderBy);
  }
}
