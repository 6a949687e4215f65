import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Command } from '../../graphql/command';
import type { GraphqlContext } from '../../graphql/context';
import { RequestContext } from '../../tenancy/request-context';
import { ReferralInvitation, SubmitReferralInput } from './referral-link.inputs';
import { ReferralLinkService } from './referral-link.service';

/** The public side of referral links: no login, one workspace named by the link. */
@Resolver()
export class ReferralLinkResolver {
  constructor(private readonly service: ReferralLinkService) {}

  @Query(() => ReferralInvitation, { description: 'Public: who a referral link invites to which company.' })
  async referralInvitation(
    @Ctx() { manager }: GraphqlContext,
    @Arg('workspace') workspace: string,
    @Arg('referralCode') referralCode: string,
  ): Promise<ReferralInvitation> {
    return this.service.invitation(await RequestContext.forPublicPage(manager, workspace), referralCode);
  }

  @Command(() => Boolean, { description: 'Public: answers a referral link; the person becomes a lead credited to the referrer.' })
  async submitReferral(@Ctx() { manager }: GraphqlContext, @Arg('input') input: SubmitReferralInput): Promise<boolean> {
    return this.service.submit(await RequestContext.forPublicPage(manager, input.workspace), input);
  }
}
