import type { HookName } from '@dealflow/sdk';
import { In } from 'typeorm';
import type { OutboxEvent } from '../../events/outbox-event.entity';
import type { RequestContext } from '../../tenancy/request-context';
import { PartnerGroup } from '../partners/partner-group.entity';
import { Partner, PartnerStatus } from '../partners/partner.entity';
import { partnerIdOfEvent } from './event-partner';
import { hookOf } from './plugin-hooks';
import { InstallationScope, PluginInstallation } from './plugin-installation.entity';
import { PluginRun, PluginRunStatus } from './plugin-run.entity';
import { PluginVersion } from './plugin-version.entity';

/**
 * Turns a tenant's committed events into queued plugin runs, in the outbox dispatcher's
 * transaction: one run per (event, installation) that should see it. The version is pinned
 * here, so an upgrade later does not change what this event runs with. The dispatcher may hand
 * an event over again after a crash; runs that exist already are not queued twice.
 */
export class PluginRunQueue {
  async enqueue(ctx: RequestContext, events: OutboxEvent[]): Promise<number> {
    const hooked = events.map((event) => ({ event, hook: hookOf(event.type) })).filter((e): e is { event: OutboxEvent; hook: HookName } => !!e.hook);
    if (hooked.length === 0) return 0;
    const installations = await this.enabledInstallations(ctx);
    if (installations.length === 0) return 0;
    const queued = await this.alreadyQueued(ctx, hooked.map(({ event }) => event.id));
    const runs = [];
    for (const { event, hook } of hooked) {
      for (const installation of await this.installationsFor(ctx, event, hook, installations)) {
        if (queued.has(`${event.id}/${installation.id}`)) continue;
        runs.push({
          eventId: event.id,
          installationId: installation.id,
          versionId: installation.versionId,
          hook,
          status: PluginRunStatus.QUEUED,
          attempts: 0,
          nextAttemptAt: new Date(),
          logs: '',
        });
      }
    }
    await ctx.data.repo(PluginRun).insertMany(runs);
    return runs.length;
  }

  private async enabledInstallations(ctx: RequestContext): Promise<Array<PluginInstallation & { hooks: HookName[] }>> {
    const installations = await ctx.data.repo(PluginInstallation).find({ where: { enabled: true } });
    if (installations.length === 0) return [];
    const versions = await ctx.data.repo(PluginVersion).findByIds(installations.map((installation) => installation.versionId));
    const hooksOf = new Map(versions.map((version) => [version.id, version.manifest.hooks]));
    return installations.map((installation) => Object.assign(installation, { hooks: hooksOf.get(installation.versionId) ?? [] }));
  }

  private async alreadyQueued(ctx: RequestContext, eventIds: string[]): Promise<Set<string>> {
    const runs = await ctx.data.repo(PluginRun).find({ where: { eventId: In(eventIds) }, select: { eventId: true, installationId: true } });
    return new Set(runs.map((run) => `${run.eventId}/${run.installationId}`));
  }

  /**
   * Installations for everything see every event of their hooks; partner programmes see the
   * events of their partners only: those whose own installation, or whose group's, it is.
   */
  private async installationsFor(
    ctx: RequestContext,
    event: OutboxEvent,
    hook: HookName,
    installations: Array<PluginInstallation & { hooks: HookName[] }>,
  ): Promise<PluginInstallation[]> {
    const handling = installations.filter((installation) => installation.hooks.includes(hook));
    if (handling.length === 0) return [];
    const programme = await this.programmeOf(ctx, event);
    return handling.filter((installation) => installation.scope === InstallationScope.ALL_EVENTS || installation.id === programme);
  }

  /** The installation that pays the event's partner, if the event has an active partner. */
  private async programmeOf(ctx: RequestContext, event: OutboxEvent): Promise<string | null> {
    const partnerId = await partnerIdOfEvent(ctx, event);
    const partner = partnerId ? await ctx.loader(Partner).load(partnerId) : null;
    if (!partner || partner.status !== PartnerStatus.ACTIVE) return null;
    if (partner.installationId) return partner.installationId;
    const group = partner.groupId ? await ctx.loader(PartnerGroup).load(partner.groupId) : null;
    return group?.defaultInstallationId ?? null;
  }
}
