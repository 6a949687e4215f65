import { Arg, Authorized, ID, Query, Resolver } from 'type-graphql';
import { Command } from '../../graphql/command';
import { IdInput } from '../../graphql/id-input';
import { Session } from '../../graphql/session';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { PartnerGroup } from './partner-group.entity';
import { CreatePartnerGroupInput, UpdatePartnerGroupInput } from './partner-group.inputs';
import { PartnerGroupService } from './partner-group.service';

@Resolver(() => PartnerGroup)
export class PartnerGroupResolver {
  constructor(private readonly service: PartnerGroupService) {}

  @Authorized()
  @Query(() => [PartnerGroup], { description: 'Partner programs, by name.' })
  partnerGroups(@Session() ctx: RequestContext): Promise<PartnerGroup[]> {
    return this.service.list(ctx);
  }

  @Authorized(Role.MANAGER)
  @Command(() => PartnerGroup)
  createPartnerGroup(@Session() ctx: RequestContext, @Arg('input') input: CreatePartnerGroupInput): Promise<PartnerGroup> {
    return this.service.create(ctx, input);
  }

  @Authorized(Role.MANAGER)
  @Command(() => PartnerGroup)
  updatePartnerGroup(@Session() ctx: RequestContext, @Arg('input') input: UpdatePartnerGroupInput): Promise<PartnerGroup> {
    return this.service.update(ctx, input);
  }

  @Authorized(Role.MANAGER)
  @Command(() => ID, { description: 'Deletes a group with no partners in it; returns its id.' })
  deletePartnerGroup(@Session() ctx: RequestContext, @Arg('input') input: IdInput): Promise<string> {
    return this.service.delete(ctx, input.id);
  }
}
