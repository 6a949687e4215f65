import { Arg, Authorized, Resolver } from 'type-graphql';
import { Command } from '../../graphql/command';
import { Session } from '../../graphql/session';
import type { RequestContext } from '../../tenancy/request-context';
import { LeadConversionService } from './lead-conversion.service';
import { ConvertLeadInput, ConvertLeadPayload } from './lead-conversion.types';

@Resolver()
export class LeadConversionResolver {
  constructor(private readonly service: LeadConversionService) {}

  @Authorized()
  @Command(() => ConvertLeadPayload, { description: 'Converts a lead into contact + organization + deal, reusing existing ones.' })
  convertLead(@Session() ctx: RequestContext, @Arg('input') input: ConvertLeadInput): Promise<ConvertLeadPayload> {
    return this.service.convert(ctx, input);
  }
}
