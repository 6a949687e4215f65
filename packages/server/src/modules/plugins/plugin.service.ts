import type { Settings } from '@dealflow/sdk';
import type { PluginManifest, Sandbox } from '@dealflow/sdk/sandbox';
import { MAX_BUNDLE_BYTES, sha256 } from '@dealflow/sdk/sandbox';
import { ConflictError, NotFoundError, UserInputError } from '../../graphql/errors';
import type { RequestContext } from '../../tenancy/request-context';
import type { BuiltInPlugins } from './builtin-plugins';
import { Plugin, PluginKind } from './plugin.entity';
import { PluginInstallation } from './plugin-installation.entity';
import type { InstallPluginInput, UpdateInstallationInput } from './plugin.inputs';
import { PluginRun, PluginRunStatus } from './plugin-run.entity';
import { PluginVersion } from './plugin-version.entity';
import { validateSettings } from './settings-schema';

/**
 * The tenant's plugin catalogue: publishing immutable versions, installing them with settings,
 * upgrading and switching them off. What a bundle says about itself (its manifest) is read by
 * running it in the sandbox, never by trusting a client.
 */
export class PluginService {
  constructor(
    private readonly sandbox: Sandbox,
    private readonly builtIns: BuiltInPlugins,
  ) {}

  list(ctx: RequestContext): Promise<Plugin[]> {
    return ctx.data.repo(Plugin).find({ order: { name: 'ASC' } });
  }

  versions(ctx: RequestContext, pluginId: string): Promise<PluginVersion[]> {
    return ctx.data.repo(PluginVersion).find({ where: { pluginId }, order: { publishedAt: 'DESC' } });
  }

  installations(ctx: RequestContext, pluginId?: string): Promise<PluginInstallation[]> {
    return ctx.data.repo(PluginInstallation).find({ where: pluginId ? { pluginId } : {}, order: { name: 'ASC' } });
  }

  builtInCatalogue() {
    return this.builtIns.all();
  }

  /** Queues a failed run again now; it keeps its pinned version and stored input. */
  async retryRun(ctx: RequestContext, id: string): Promise<PluginRun> {
    const run = await ctx.data.repo(PluginRun).getById(id, 'Plugin run', 'id');
    if (run.status !== PluginRunStatus.FAILED && run.status !== PluginRunStatus.RETRYING) {
      throw new ConflictError(`Only failed runs can be retried; this one is ${run.status.toLowerCase()}`);
    }
    return ctx.data.repo(PluginRun).update(run, { status: PluginRunStatus.RETRYING, attempts: 0, nextAttemptAt: new Date() });
  }

  /** Publishes a bundle as a new version (creating the plugin on its first version). */
  async publish(ctx: RequestContext, bundle: string, options: { builtIn?: boolean } = {}): Promise<PluginVersion> {
    if (Buffer.byteLength(bundle) > MAX_BUNDLE_BYTES) {
      throw new UserInputError('bundle', `The bundle is larger than ${MAX_BUNDLE_BYTES / 1024} kB`);
    }
    const manifest = await this.inspect(bundle);
    const plugin = await this.pluginFor(ctx, manifest, options.builtIn ?? false);
    const codeHash = sha256(bundle);
    const existing = await ctx.data.repo(PluginVersion).findOne({ pluginId: plugin.id, semver: manifest.version });
    if (existing) {
      if (existing.codeHash === codeHash) return existing;
      throw new ConflictError(`Version ${manifest.version} of ${manifest.id} is already published with other code; versions never change, so publish it as a new version`);
    }
    return ctx.data.repo(PluginVersion).insert({
      pluginId: plugin.id,
      semver: manifest.version,
      bundle,
      codeHash,
      manifest,
      publishedById: ctx.userId,
      publishedAt: new Date(),
    });
  }

  /** Adds a plugin shipped with Dealflow to the tenant's catalogue (idempotent). */
  async publishBuiltIn(ctx: RequestContext, key: string): Promise<PluginVersion> {
    const builtIn = (await this.builtIns.all()).find((candidate) => candidate.manifest.id === key);
    if (!builtIn) throw new NotFoundError('Built-in plugin', 'key');
    return this.publish(ctx, builtIn.bundle, { builtIn: true });
  }

  async install(ctx: RequestContext, input: InstallPluginInput): Promise<PluginInstallation> {
    const version = await ctx.data.repo(PluginVersion).getById(input.versionId, 'Plugin version', 'versionId');
    return ctx.data.repo(PluginInstallation).insert({
      pluginId: version.pluginId,
      versionId: version.id,
      name: input.name.trim(),
      settings: validateSettings(version.manifest.settingsSchema, input.settings),
      enabled: input.enabled,
      scope: input.scope,
    });
  }

  async update(ctx: RequestContext, input: UpdateInstallationInput): Promise<PluginInstallation> {
    const installation = await ctx.data.repo(PluginInstallation).getById(input.id, 'Plugin installation', 'id');
    const version = await this.targetVersion(ctx, installation, input.versionId);
    const settings = validateSettings(version.manifest.settingsSchema, input.settings ?? installation.settings);
    return ctx.data.repo(PluginInstallation).update(
      installation,
      {
        versionId: version.id,
        settings,
        ...(input.name ? { name: input.name.trim() } : {}),
        ...(input.scope ? { scope: input.scope } : {}),
        ...(input.enabled !== undefined && input.enabled !== null ? { enabled: input.enabled } : {}),
      },
      input.version ?? undefined,
    );
  }

  /** The settings an installation would run with, checked against a version: for simulations. */
  async checkedSettings(ctx: RequestContext, versionId: string, settings: unknown): Promise<{ version: PluginVersion; settings: Settings }> {
    const version = await ctx.data.repo(PluginVersion).getById(versionId, 'Plugin version', 'versionId');
    return { version, settings: validateSettings(version.manifest.settingsSchema, settings) };
  }

  private async inspect(bundle: string): Promise<PluginManifest> {
    try {
      return await this.sandbox.inspect(bundle);
    } catch (error) {
      throw new UserInputError('bundle', `This bundle is not a valid plugin: ${(error as Error).message}`);
    }
  }

  private async pluginFor(ctx: RequestContext, manifest: PluginManifest, builtIn: boolean): Promise<Plugin> {
    const kind = manifest.kind === 'reward' ? PluginKind.REWARD : PluginKind.COMMISSION;
    const existing = await ctx.data.repo(Plugin).findOne({ key: manifest.id });
    if (!existing) {
      return ctx.data.repo(Plugin).insert({ key: manifest.id, name: manifest.name, description: manifest.description ?? null, kind, builtIn });
    }
    if (existing.kind !== kind) throw new ConflictError(`${manifest.id} is a ${existing.kind.toLowerCase()} plugin; a version cannot change its kind`);
    if (existing.builtIn !== builtIn) throw new ConflictError(`${manifest.id} is the id of a ${existing.builtIn ? 'built-in' : 'published'} plugin; choose another id`);
    return ctx.data.repo(Plugin).update(existing, { name: manifest.name, description: manifest.description ?? null });
  }

  private async targetVersion(ctx: RequestContext, installation: PluginInstallation, versionId?: string | null): Promise<PluginVersion> {
    const version = await ctx.data.repo(PluginVersion).getById(versionId ?? installation.versionId, 'Plugin version', 'versionId');
    if (version.pluginId !== installation.pluginId) {
      throw new UserInputError('versionId', 'An installation can only move to another version of its own plugin');
    }
    return version;
  }
}
