import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Authorized, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Command } from '../../graphql/command';
import { ConnectionType, PageArgs, paginate, SortDirection, type Connection } from '../../graphql/connection';
import { IdInput } from '../../graphql/id-input';
import { Session } from '../../graphql/session';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { OutboxEvent } from '../../events/outbox-event.entity';
import { Plugin } from './plugin.entity';
import { PluginInstallation } from './plugin-installation.entity';
import { PluginRun, PluginRunStatus } from './plugin-run.entity';
import { PluginVersion } from './plugin-version.entity';
import { InstallPluginInput, PublishPluginVersionInput, UpdateInstallationInput } from './plugin.inputs';
import { PluginService } from './plugin.service';
import { PluginSimulation, PluginSimulator, SimulatePluginInput } from './plugin-simulation';

@ObjectType({ simpleResolvers: true, description: 'A plugin shipped with Dealflow, ready to add to the workspace.' })
export class BuiltInPluginInfo {
  @Field(() => String)
  key: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String)
  version: string;
}

@InputType()
export class AddBuiltInPluginInput {
  @Field(() => String, { description: 'var-margin, affiliate-commission or referral-reward.' })
  key: string;
}

@InputType()
export class PluginRunFilter {
  @Field(() => ID, { nullable: true })
  installationId?: string | null;

  @Field(() => [PluginRunStatus], { nullable: true })
  statuses?: PluginRunStatus[] | null;
}

@ObjectType({ simpleResolvers: true })
export class PluginRunConnection extends ConnectionType(PluginRun) {}

/** The plugin catalogue, installations and their runs: the workspace's admins manage them. */
@Resolver(() => Plugin)
export class PluginResolver {
  constructor(private readonly service: PluginService) {}

  @Authorized(Role.MANAGER)
  @Query(() => [Plugin])
  plugins(@Session() ctx: RequestContext): Promise<Plugin[]> {
    return this.service.list(ctx);
  }

  @Authorized(Role.MANAGER)
  @Query(() => [BuiltInPluginInfo])
  async builtInPlugins(): Promise<BuiltInPluginInfo[]> {
    return (await this.service.builtInCatalogue()).map(({ manifest }) => ({
      key: manifest.id,
      name: manifest.name,
      description: manifest.description ?? null,
      version: manifest.version,
    }));
  }

  @FieldResolver(() => [PluginVersion], { description: 'Newest first.' })
  versions(@Session() ctx: RequestContext, @Root() plugin: Plugin): Promise<PluginVersion[]> {
    return this.service.versions(ctx, plugin.id);
  }

  @FieldResolver(() => [PluginInstallation])
  installations(@Session() ctx: RequestContext, @Root() plugin: Plugin): Promise<PluginInstallation[]> {
    return this.service.installations(ctx, plugin.id);
  }

  @Authorized(Role.ADMIN)
  @Command(() => PluginVersion, { description: 'Publishes a bundle as a new, immutable version.' })
  publishPluginVersion(@Session() ctx: RequestContext, @Arg('input') input: PublishPluginVersionInput): Promise<PluginVersion> {
    return this.service.publish(ctx, input.bundle);
  }

  @Authorized(Role.ADMIN)
  @Command(() => PluginVersion, { description: 'Adds a built-in plugin to the workspace\'s catalogue.' })
  addBuiltInPlugin(@Session() ctx: RequestContext, @Arg('input') input: AddBuiltInPluginInput): Promise<PluginVersion> {
    return this.service.publishBuiltIn(ctx, input.key);
  }
}

@Resolver(() => PluginVersion)
export class PluginVersionResolver {
  @FieldResolver(() => Plugin, { nullable: true })
  plugin(@Session() ctx: RequestContext, @Root() version: PluginVersion): Promise<Plugin | null> {
    return ctx.loader(Plugin).load(version.pluginId);
  }

  @FieldResolver(() => [String], { description: 'The hooks it handles: deal.won, invoice.paid, ...' })
  hooks(@Root() version: PluginVersion): string[] {
    return version.manifest.hooks;
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'The JSON schema its settings must match.' })
  settingsSchema(@Root() version: PluginVersion): object {
    return version.manifest.settingsSchema;
  }
}

@Resolver(() => PluginInstallation)
export class PluginInstallationResolver {
  constructor(private readonly service: PluginService) {}

  @Authorized(Role.MANAGER)
  @Query(() => [PluginInstallation])
  pluginInstallations(@Session() ctx: RequestContext): Promise<PluginInstallation[]> {
    return this.service.installations(ctx);
  }

  @FieldResolver(() => GraphQLJSONObject)
  settings(@Root() installation: PluginInstallation): object {
    return installation.settings;
  }

  @FieldResolver(() => Plugin, { nullable: true })
  plugin(@Session() ctx: RequestContext, @Root() installation: PluginInstallation): Promise<Plugin | null> {
    return ctx.loader(Plugin).load(installation.pluginId);
  }

  @FieldResolver(() => PluginVersion, { nullable: true, description: 'The version new events run with.' })
  pluginVersion(@Session() ctx: RequestContext, @Root() installation: PluginInstallation): Promise<PluginVersion | null> {
    return ctx.loader(PluginVersion).load(installation.versionId);
  }

  @Authorized(Role.ADMIN)
  @Command(() => PluginInstallation)
  installPlugin(@Session() ctx: RequestContext, @Arg('input') input: InstallPluginInput): Promise<PluginInstallation> {
    return this.service.install(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Command(() => PluginInstallation, { description: 'Settings, name, scope, enable or disable, or another version.' })
  updatePluginInstallation(@Session() ctx: RequestContext, @Arg('input') input: UpdateInstallationInput): Promise<PluginInstallation> {
    return this.service.update(ctx, input);
  }
}

@Resolver(() => PluginRun)
export class PluginRunResolver {
  constructor(private readonly service: PluginService) {}

  @Authorized(Role.MANAGER)
  @Query(() => PluginRunConnection, { description: 'Plugin runs, newest first: filter by status to see failures.' })
  pluginRuns(
    @Session() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => PluginRunFilter, { nullable: true }) filter?: PluginRunFilter,
  ): Promise<Connection<PluginRun>> {
    const query = ctx.data.repo(PluginRun).select('r');
    if (filter?.installationId) query.andWhere('r.installationId = :installationId', { installationId: filter.installationId });
    if (filter?.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    return paginate(query, 'r', page, { property: 'createdAt', type: 'date' }, SortDirection.DESC);
  }

  @FieldResolver(() => PluginInstallation, { nullable: true })
  installation(@Session() ctx: RequestContext, @Root() run: PluginRun): Promise<PluginInstallation | null> {
    return ctx.loader(PluginInstallation).load(run.installationId);
  }

  @FieldResolver(() => PluginVersion, { nullable: true, description: 'The version pinned for this event.' })
  pluginVersion(@Session() ctx: RequestContext, @Root() run: PluginRun): Promise<PluginVersion | null> {
    return ctx.loader(PluginVersion).load(run.versionId);
  }

  @FieldResolver(() => OutboxEvent, { nullable: true })
  event(@Session() ctx: RequestContext, @Root() run: PluginRun): Promise<OutboxEvent | null> {
    return ctx.loader(OutboxEvent).load(run.eventId);
  }

  @Authorized(Role.ADMIN)
  @Command(() => PluginRun, { description: 'Queues a failed run again now, with its pinned version and stored input.' })
  retryPluginRun(@Session() ctx: RequestContext, @Arg('input') input: IdInput): Promise<PluginRun> {
    return this.service.retryRun(ctx, input.id);
  }
}

@Resolver(() => PluginSimulation)
export class PluginSimulationResolver {
  constructor(private readonly simulator: PluginSimulator) {}

  @Authorized(Role.MANAGER)
  @Query(() => PluginSimulation, { description: 'Replays an installation\'s past runs with another version or settings; writes nothing.' })
  simulatePlugin(@Session() ctx: RequestContext, @Arg('input') input: SimulatePluginInput): Promise<PluginSimulation> {
    return this.simulator.simulate(ctx, input);
  }
}
