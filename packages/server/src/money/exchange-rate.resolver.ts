import { Arg, Authorized, Field, FieldResolver, InputType, Query, Resolver, Root } from 'type-graphql';
import { Command } from '../graphql/command';
import { Session } from '../graphql/session';
import { RequiredText } from '../graphql/validation';
import type { RequestContext } from '../tenancy/request-context';
import { ExchangeRate } from './exchange-rate.entity';
import { ExchangeRateService, formatRate } from './exchange-rate.service';

@InputType()
export class SetExchangeRateInput {
  @Field(() => String, { description: 'ISO 4217 code, e.g. EUR.' })
  @RequiredText(3)
  currency: string;

  @Field(() => String, { description: 'Worth of one unit in the base currency, as a decimal string: "1.0842".' })
  @RequiredText(20)
  rate: string;
}

@InputType()
export class DeleteExchangeRateInput {
  @Field(() => String)
  @RequiredText(3)
  currency: string;
}

@Resolver(() => ExchangeRate)
export class ExchangeRateResolver {
  constructor(private readonly service: ExchangeRateService) {}

  @Authorized()
  @Query(() => [ExchangeRate], { description: 'Rates used to show amounts in the base currency.' })
  exchangeRates(@Session() ctx: RequestContext): Promise<ExchangeRate[]> {
    return this.service.list(ctx);
  }

  @FieldResolver(() => String, { description: 'Worth of one unit in the base currency.' })
  rate(@Root() rate: ExchangeRate): string {
    return formatRate(rate.rateMicros);
  }

  @Authorized()
  @Command(() => ExchangeRate)
  setExchangeRate(@Session() ctx: RequestContext, @Arg('input') input: SetExchangeRateInput): Promise<ExchangeRate> {
    return this.service.set(ctx, input.currency, input.rate);
  }

  @Authorized()
  @Command(() => Boolean)
  deleteExchangeRate(@Session() ctx: RequestContext, @Arg('input') input: DeleteExchangeRateInput): Promise<boolean> {
    return this.service.remove(ctx, input.currency);
  }
}
