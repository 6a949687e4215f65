import { Arg, Args, Authorized, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Command } from '../../graphql/command';
import { ConnectionType, PageArgs, type Connection } from '../../graphql/connection';
import { IdInput } from '../../graphql/id-input';
import { Session } from '../../graphql/session';
import type { RequestContext } from '../../tenancy/request-context';
import { User } from '../users/user.entity';
import { Organization } from './organization.entity';
import {
  CreateOrganizationInput,
  OrganizationFilter,
  OrganizationOrderBy,
  UpdateOrganizationInput,
} from './organization.inputs';
import { OrganizationService } from './organization.service';

@ObjectType({ simpleResolvers: true })
export class OrganizationConnection extends ConnectionType(Organization) {}

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly service: OrganizationService) {}

  @Authorized()
  @Query(() => OrganizationConnection)
  organizations(
    @Session() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter?: OrganizationFilter,
    @Arg('orderBy', () => OrganizationOrderBy, { nullable: true }) orderBy?: OrganizationOrderBy,
  ): Promise<Connection<Organization>> {
    return this.service.list(ctx, page, filter ?? {}, orderBy);
  }

  @Authorized()
  @Query(() => Organization, { nullable: true })
  organization(@Session() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Organization | null> {
    return ctx.loader(Organization).load(id);
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Session() ctx: RequestContext, @Root() organization: Organization): Promise<User | null> {
    return ctx.loader(User).load(organization.ownerId);
  }

  @Authorized()
  @Command(() => Organization)
  createOrganization(@Session() ctx: RequestContext, @Arg('input') input: CreateOrganizationInput): Promise<Organization> {
    return this.service.create(ctx, input);
  }

  @Authorized()
  @Command(() => Organization)
  updateOrganization(@Session() ctx: RequestContext, @Arg('input') input: UpdateOrganizationInput): Promise<Organization> {
    return this.service.update(ctx, input);
  }

  @Authorized()
  @Command(() => Organization, { description: 'Hides it from lists; its contacts, deals and history stay.' })
  archiveOrganization(@Session() ctx: RequestContext, @Arg('input') input: IdInput): Promise<Organization> {
    return this.service.setArchived(ctx, input.id, true);
  }

  @Authorized()
  @Command(() => Organization)
  restoreOrganization(@Session() ctx: RequestContext, @Arg('input') input: IdInput): Promise<Organization> {
    return this.service.setArchived(ctx, input.id, false);
  }
}
