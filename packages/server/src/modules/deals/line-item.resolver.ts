import { Arg, Authorized, FieldResolver, Resolver, Root } from 'type-graphql';
import { Command } from '../../graphql/command';
import { Session } from '../../graphql/session';
import { Money } from '../../money/money.graphql';
import type { RequestContext } from '../../tenancy/request-context';
import { Product } from '../products/product.entity';
import { Deal } from './deal.entity';
import { SetDealLineItemsInput } from './line-item.inputs';
import { DealLineItem } from './line-item.entity';
import { LineItemService, lineTotal } from './line-item.service';

@Resolver(() => DealLineItem)
export class LineItemResolver {
  constructor(private readonly service: LineItemService) {}

  @Authorized()
  @Command(() => Deal, { description: 'Replaces the deal\'s line items; its amount becomes their total.' })
  setDealLineItems(@Session() ctx: RequestContext, @Arg('input') input: SetDealLineItemsInput): Promise<Deal> {
    return this.service.replace(ctx, input);
  }

  @FieldResolver(() => Money)
  async unitPrice(@Session() ctx: RequestContext, @Root() line: DealLineItem): Promise<Money> {
    return Money.of(line.unitPriceMinor, await this.currency(ctx, line));
  }

  @FieldResolver(() => Money, { description: 'Quantity × unit price, less the discount.' })
  async total(@Session() ctx: RequestContext, @Root() line: DealLineItem): Promise<Money> {
    return Money.of(lineTotal(line), await this.currency(ctx, line));
  }

  @FieldResolver(() => Product, { nullable: true })
  product(@Session() ctx: RequestContext, @Root() line: DealLineItem): Promise<Product | null> {
    return line.productId ? ctx.loader(Product).load(line.productId) : Promise.resolve(null);
  }

  private async currency(ctx: RequestContext, line: DealLineItem): Promise<string> {
    return (await ctx.loader(Deal).load(line.dealId))?.currency ?? '';
  }
}

@Resolver(() => Deal)
export class DealLineItemsResolver {
  constructor(private readonly service: LineItemService) {}

  @FieldResolver(() => [DealLineItem])
  lineItems(@Session() ctx: RequestContext, @Root() deal: Deal): Promise<DealLineItem[]> {
    return this.service.of(ctx, deal.id);
  }
}
