import { Arg, Args, Authorized, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Command } from '../../graphql/command';
import { ConnectionType, PageArgs, type Connection } from '../../graphql/connection';
import { IdInput } from '../../graphql/id-input';
import { Session } from '../../graphql/session';
import type { RequestContext } from '../../tenancy/request-context';
import { User } from '../users/user.entity';
import { Lead } from './lead.entity';
import { ChangeLeadStatusInput, CreateLeadInput, LeadFilter, LeadOrderBy, UpdateLeadInput } from './lead.inputs';
import { LeadService } from './lead.service';
import { LeadStatusChange } from './lead-status-change.entity';

@ObjectType({ simpleResolvers: true })
export class LeadConnection extends ConnectionType(Lead) {}

@Resolver(() => Lead)
export class LeadResolver {
  constructor(private readonly service: LeadService) {}

  @Authorized()
  @Query(() => LeadConnection, { description: 'Leads; newest first unless orderBy says otherwise.' })
  leads(
    @Session() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => LeadFilter, { nullable: true }) filter?: LeadFilter,
    @Arg('orderBy', () => LeadOrderBy, { nullable: true }) orderBy?: LeadOrderBy,
  ): Promise<Connection<Lead>> {
    return this.service.list(ctx, page, filter ?? {}, orderBy);
  }

  @Authorized()
  @Query(() => Lead, { nullable: true })
  lead(@Session() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Lead | null> {
    return ctx.loader(Lead).load(id);
  }

  @FieldResolver(() => String, { description: 'First and last name.' })
  name(@Root() lead: Lead): string {
    return lead.fullName;
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Session() ctx: RequestContext, @Root() lead: Lead): Promise<User | null> {
    return ctx.loader(User).load(lead.ownerId);
  }

  @FieldResolver(() => [LeadStatusChange], { description: 'Every status the lead has had, oldest first.' })
  history(@Session() ctx: RequestContext, @Root() lead: Lead): Promise<LeadStatusChange[]> {
    return this.service.historyOf(ctx, lead.id);
  }

  @Authorized()
  @Command(() => Lead)
  createLead(@Session() ctx: RequestContext, @Arg('input') input: CreateLeadInput): Promise<Lead> {
    return this.service.create(ctx, input);
  }

  @Authorized()
  @Command(() => Lead)
  updateLead(@Session() ctx: RequestContext, @Arg('input') input: UpdateLeadInput): Promise<Lead> {
    return this.service.update(ctx, input);
  }

  @Authorized()
  @Command(() => Lead, { description: 'Qualifies, disqualifies (with a reason) or requalifies a lead.' })
  changeLeadStatus(@Session() ctx: RequestContext, @Arg('input') input: ChangeLeadStatusInput): Promise<Lead> {
    return this.service.changeStatus(ctx, input);
  }

  @Authorized()
  @Command(() => ID, { description: 'Deletes a lead and its history (managers and above); returns its id.' })
  deleteLead(@Session() ctx: RequestContext, @Arg('input') input: IdInput): Promise<string> {
    return this.service.delete(ctx, input.id);
  }
}

@Resolver(() => LeadStatusChange)
export class LeadStatusChangeResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who made the change.' })
  changedBy(@Session() ctx: RequestContext, @Root() change: LeadStatusChange): Promise<User | null> {
    return ctx.loader(User).load(change.changedById);
  }
}
