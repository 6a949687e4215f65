import { IsNull, Not } from 'typeorm';
import type { Services } from '../../app';
import { DealEventType, recordDealEvent } from '../../events/domain-events';
import { Contact } from '../../modules/contacts/contact.entity';
import { Deal } from '../../modules/deals/deal.entity';
import { AttributionSource } from '../../modules/partners/attribution';
import { PartnerType } from '../../modules/partners/partner.entity';
import { InstallationScope } from '../../modules/plugins/plugin-installation.entity';
import { Stage, StageKind } from '../../modules/pipelines/stage.entity';
import { User } from '../../modules/users/user.entity';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import type { Random } from './random';

export const DEMO_PARTNER_LOGIN = 'partner@demo.dealflow.dev';

/**
 * A partner programme for the demo: the three built-in plugins installed, two partner groups,
 * four partners (one with a portal user), some deals credited to them, pending registrations,
 * a customer with a referral code. The won deals credited to partners get a DealWon event, so
 * the plugin runner pays them into the ledger within moments of the server starting.
 */
export async function seedPartnerProgramme(ctx: RequestContext, services: Services, random: Random, passwordHash: string): Promise<void> {
  const installations = await installBuiltIns(ctx, services);
  const affiliates = await services.partnerGroups.create(ctx, { name: 'Affiliates', description: 'Referral and affiliate partners: 20 %, 25 % past 50,000 of trailing volume.', holdDays: 30, defaultInstallationId: installations.affiliate });
  const resellers = await services.partnerGroups.create(ctx, { name: 'Value-added resellers', description: 'Margin on licences, most of their own services.', holdDays: 14, defaultInstallationId: installations.varMargin });
  const partners = [
    await services.partners.create(ctx, { name: 'Northwind Affiliates', type: PartnerType.AFFILIATE, tier: 'gold', groupId: affiliates.id, email: 'team@northwind.example', domain: 'northwind.example' }),
    await services.partners.create(ctx, { name: 'Fabrikam Referrals', type: PartnerType.REFERRAL, groupId: affiliates.id, email: 'hello@fabrikam.example', domain: 'fabrikam.example' }),
    await services.partners.create(ctx, { name: 'Contoso Solutions', type: PartnerType.VAR, tier: 'platinum', groupId: resellers.id, email: 'sales@contoso.example', domain: 'contoso.example' }),
    await services.partners.create(ctx, { name: 'Tailspin Resellers', type: PartnerType.RESELLER, groupId: affiliates.id, email: 'deals@tailspin.example', domain: 'tailspin.example' }),
  ];
  await ctx.data.repo(User).insert({
    name: 'Nina Northwind', email: DEMO_PARTNER_LOGIN, role: Role.PARTNER, partnerId: partners[0]!.id, jobTitle: null, passwordHash, active: true, lastLoginAt: null,
  });
  await creditDeals(ctx, random, partners.map((partner) => partner.id));
  for (const [partner, organizationName, amountMinor] of [[partners[0]!, 'Globex Logistics', 1_850_000], [partners[3]!, 'Initech Retail', 920_000]] as const) {
    await services.dealRegistrations.submit(ctx, { partnerId: partner.id, title: `${organizationName} rollout`, organizationName, amountMinor, currency: 'USD' });
  }
  const buyer = await ctx.data.repo(Contact).findOne({ customerSince: Not(IsNull()) });
  if (buyer) await services.referrals.issueCode(ctx, buyer.id);
}

async function installBuiltIns(ctx: RequestContext, services: Services) {
  const install = async (key: string, name: string, settings: Record<string, unknown>, scope = InstallationScope.ASSIGNED_PARTNERS) => {
    const version = await services.plugins.publishBuiltIn(ctx, key);
    return (await services.plugins.install(ctx, { versionId: version.id, name, settings, scope, enabled: true })).id;
  };
  return {
    affiliate: await install('affiliate-commission', 'Affiliates 20 %', {
      rateBasisPoints: 2000,
      tiers: [{ fromBasisMinor: 0, rateBasisPoints: 2000 }, { fromBasisMinor: 5_000_000, rateBasisPoints: 2500 }],
    }),
    varMargin: await install('var-margin', 'Reseller margin', {}),
    referrals: await install('referral-reward', 'Customer referrals', {}, InstallationScope.ALL_EVENTS),
  };
}

/** About one deal in five goes to a partner; the won ones are announced again to be paid. */
async function creditDeals(ctx: RequestContext, random: Random, partnerIds: string[]): Promise<void> {
  const stages = await ctx.data.repo(Stage).find();
  const won = new Set(stages.filter((stage) => stage.kind === StageKind.WON).map((stage) => stage.id));
  const lost = new Set(stages.filter((stage) => stage.kind === StageKind.LOST).map((stage) => stage.id));
  const deals = await ctx.data.repo(Deal).find({ order: { createdAt: 'ASC' } });
  for (const deal of deals) {
    if (lost.has(deal.stageId) || random.next() > 0.2) continue;
    const credited = await ctx.data.repo(Deal).update(deal, {
      partnerId: random.pick(partnerIds), attributionSource: AttributionSource.MANUAL, attributedById: ctx.userId, attributedAt: deal.createdAt,
    });
    if (won.has(deal.stageId)) await recordDealEvent(ctx, DealEventType.WON, credited, { closedOn: credited.closedOn });
  }
}
