import { Arg, Args, Authorized, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Command } from '../../graphql/command';
import { ConnectionType, PageArgs, type Connection } from '../../graphql/connection';
import { IdInput } from '../../graphql/id-input';
import { Session } from '../../graphql/session';
import type { RequestContext } from '../../tenancy/request-context';
import type { TenantEntity } from '../../tenancy/tenant-entity';
import { Contact } from '../contacts/contact.entity';
import { Deal } from '../deals/deal.entity';
import { Lead } from '../leads/lead.entity';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { Activity } from './activity.entity';
import {
  ActivityFilter,
  ActivityOrderBy,
  CompleteActivityInput,
  CreateActivityInput,
  ForwardPageArgs,
  UpdateActivityInput,
} from './activity.inputs';
import { ActivityService, isOverdue } from './activity.service';

@ObjectType({ simpleResolvers: true })
export class ActivityConnection extends ConnectionType(Activity) {}

/** Loads a linked record through the request's loader; a null link or a vanished record gives null. */
function loadLinked<T extends TenantEntity>(
  ctx: RequestContext,
  entity: new () => T,
  id: string | null,
): Promise<T | null> {
  return id ? ctx.loader(entity).load(id) : Promise.resolve(null);
}

@Resolver(() => Activity)
export class ActivityResolver {
  constructor(private readonly service: ActivityService) {}

  @Authorized()
  @Query(() => ActivityConnection, { description: 'Activities; by due time unless orderBy says otherwise.' })
  activities(
    @Session() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ActivityFilter, { nullable: true }) filter?: ActivityFilter,
    @Arg('orderBy', () => ActivityOrderBy, { nullable: true }) orderBy?: ActivityOrderBy,
  ): Promise<Connection<Activity>> {
    return this.service.list(ctx, page, filter ?? {}, orderBy);
  }

  @Authorized()
  @Query(() => ActivityConnection, { description: '"My day": your open tasks, calls and meetings, overdue first.' })
  myTasks(@Session() ctx: RequestContext, @Args() page: ForwardPageArgs): Promise<Connection<Activity>> {
    return this.service.myTasks(ctx, page);
  }

  @Authorized()
  @Query(() => Activity, { nullable: true })
  activity(@Session() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Activity | null> {
    return ctx.loader(Activity).load(id);
  }

  @FieldResolver(() => Boolean, { description: 'Open and due before now.' })
  isOverdue(@Root() activity: Activity): boolean {
    return isOverdue(activity);
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Session() ctx: RequestContext, @Root() activity: Activity): Promise<User | null> {
    return loadLinked(ctx, User, activity.ownerId);
  }

  @FieldResolver(() => Deal, { nullable: true })
  deal(@Session() ctx: RequestContext, @Root() activity: Activity): Promise<Deal | null> {
    return loadLinked(ctx, Deal, activity.dealId);
  }

  @FieldResolver(() => Contact, { nullable: true })
  contact(@Session() ctx: RequestContext, @Root() activity: Activity): Promise<Contact | null> {
    return loadLinked(ctx, Contact, activity.contactId);
  }

  @FieldResolver(() => Lead, { nullable: true })
  lead(@Session() ctx: RequestContext, @Root() activity: Activity): Promise<Lead | null> {
    return loadLinked(ctx, Lead, activity.leadId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Session() ctx: RequestContext, @Root() activity: Activity): Promise<Organization | null> {
    return loadLinked(ctx, Organization, activity.organizationId);
  }

  @Authorized()
  @Command(() => Activity)
  createActivity(@Session() ctx: RequestContext, @Arg('input') input: CreateActivityInput): Promise<Activity> {
    return this.service.create(ctx, input);
  }

  @Authorized()
  @Command(() => Activity)
  updateActivity(@Session() ctx: RequestContext, @Arg('input') input: UpdateActivityInput): Promise<Activity> {
    return this.service.update(ctx, input);
  }

  @Authorized()
  @Command(() => Activity, { description: 'Marks it done (now, unless doneAt says when) with an outcome.' })
  completeActivity(@Session() ctx: RequestContext, @Arg('input') input: CompleteActivityInput): Promise<Activity> {
    return this.service.complete(ctx, input);
  }

  @Authorized()
  @Command(() => Activity, { description: 'Makes a done activity open again, dropping its outcome.' })
  reopenActivity(@Session() ctx: RequestContext, @Arg('input') input: IdInput): Promise<Activity> {
    return this.service.reopen(ctx, input.id);
  }

  @Authorized()
  @Command(() => ID, { description: 'Deletes an activity (yours, or anyone\'s for managers); returns its id.' })
  deleteActivity(@Session() ctx: RequestContext, @Arg('input') input: IdInput): Promise<string> {
    return this.service.delete(ctx, input.id);
  }
}

/*
 * `activities` on the records an activity can be about. They live here so those modules need
 * not know activities. To filter further, use the top-level `activities` query with the
 * record's id in its filter.
 */

@Resolver(() => Deal)
export class DealActivitiesResolver {
  constructor(private readonly service: ActivityService) {}

  @FieldResolver(() => ActivityConnection, { description: 'Activities about this deal.' })
  activities(
    @Session() ctx: RequestContext,
    @Root() deal: Deal,
    @Args() page: PageArgs,
    @Arg('orderBy', () => ActivityOrderBy, { nullable: true }) orderBy?: ActivityOrderBy,
  ): Promise<Connection<Activity>> {
    return this.service.about(ctx, 'dealId', deal.id, page, orderBy);
  }
}

@Resolver(() => Lead)
export class LeadActivitiesResolver {
  constructor(private readonly service: ActivityService) {}

  @FieldResolver(() => ActivityConnection, { description: 'Activities about this lead.' })
  activities(
    @Session() ctx: RequestContext,
    @Root() lead: Lead,
    @Args() page: PageArgs,
    @Arg('orderBy', () => ActivityOrderBy, { nullable: true }) orderBy?: ActivityOrderBy,
  ): Promise<Connection<Activity>> {
    return this.service.about(ctx, 'leadId', lead.id, page, orderBy);
  }
}

@Resolver(() => Organization)
export class OrganizationActivitiesResolver {
  constructor(private readonly service: ActivityService) {}

  @FieldResolver(() => ActivityConnection, { description: 'Activities about this organization.' })
  activities(
    @Session() ctx: RequestContext,
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg('orderBy', () => ActivityOrderBy, { nullable: true }) orderBy?: ActivityOrderBy,
  ): Promise<Connection<Activity>> {
    return this.service.about(ctx, 'organizationId', organization.id, page, orderBy);
  }
}

@Resolver(() => Contact)
export class ContactActivitiesResolver {
  constructor(private readonly service: ActivityService) {}

  @FieldResolver(() => ActivityConnection, { description: 'Activities about this person.' })
  activities(
    @Session() ctx: RequestContext,
    @Root() contact: Contact,
    @Args() page: PageArgs,
    @Arg('orderBy', () => ActivityOrderBy, { nullable: true }) orderBy?: ActivityOrderBy,
  ): Promise<Connection<Activity>> {
    return this.service.about(ctx, 'contactId', contact.id, page, orderBy);
  }
}
