import { DealEventType, recordDealEvent } from '../../events/domain-events';
import { In } from 'typeorm';
import { optionalText } from '../../common/text';
import { UserInputError } from '../../graphql/errors';
import { assertAmount, lineTotalMinor, sumMinor } from '../../money/money';
import type { RequestContext } from '../../tenancy/request-context';
import { Product } from '../products/product.entity';
import { Deal } from './deal.entity';
import type { LineItemDraft, SetDealLineItemsInput } from './line-item.inputs';
import { DealLineItem } from './line-item.entity';

/** A deal's line items. While a deal has any, its amount is their total. */
export class LineItemService {
  async replace(ctx: RequestContext, input: SetDealLineItemsInput): Promise<Deal> {
    const deal = await ctx.data.repo(Deal).getById(input.dealId, 'Deal', 'dealId');
    const products = await this.products(ctx, input.items);
    const lines = input.items.map((draft, index) => this.priced(draft, index, deal, products));
    const items = ctx.data.repo(DealLineItem);
    await items.delete({ dealId: deal.id });
    await items.insertMany(lines);
    const patch = lines.length > 0 ? { amountMinor: sumMinor(lines.map(lineTotal)) } : {};
    const updated = await ctx.data.repo(Deal).update(deal, patch, input.version);
    await recordDealEvent(ctx, DealEventType.UPDATED, updated, { changed: ['lineItems', ...Object.keys(patch)] });
    return updated;
  }

  of(ctx: RequestContext, dealId: string): Promise<DealLineItem[]> {
    return ctx
      .batch('dealLineItems', async (dealIds) => {
        const lines = await ctx.data.repo(DealLineItem).find({ where: { dealId: In([...dealIds]) }, order: { position: 'ASC' } });
        return dealIds.map((id) => lines.filter((line) => line.dealId === id));
      })
      .load(dealId);
  }

  private async products(ctx: RequestContext, drafts: LineItemDraft[]): Promise<Map<string, Product>> {
    const ids = drafts.map((draft) => draft.productId).filter((id): id is string => Boolean(id));
    const found = await ctx.data.repo(Product).findByIds(ids);
    return new Map(found.map((product) => [product.id, product]));
  }

  private priced(draft: LineItemDraft, index: number, deal: Deal, products: Map<string, Product>) {
    const field = (name: string) => `items.${index}.${name}`;
    const product = draft.productId ? products.get(draft.productId) : undefined;
    if (draft.productId && !product) throw new UserInputError(field('productId'), 'Product not found');
    if (product && !product.active) throw new UserInputError(field('productId'), `${product.name} is no longer sold`);
    const name = optionalText(draft.name) ?? product?.name;
    if (!name) throw new UserInputError(field('name'), 'Give the line a name or choose a product');
    let unitPriceMinor = draft.unitPriceMinor;
    if (unitPriceMinor == null) {
      if (!product) throw new UserInputError(field('unitPriceMinor'), 'Give a unit price');
      if (product.currency !== deal.currency) {
        throw new UserInputError(field('unitPriceMinor'), `${product.name} is priced in ${product.currency}; give its price in ${deal.currency}`);
      }
      unitPriceMinor = product.unitPriceMinor;
    }
    return {
      dealId: deal.id,
      productId: product?.id ?? null,
      name,
      quantity: draft.quantity,
      unitPriceMinor: assertAmount(field('unitPriceMinor'), unitPriceMinor),
      discountBasisPoints: draft.discountBasisPoints ?? 0,
      position: index,
    };
  }
}

export function lineTotal(line: Pick<DealLineItem, 'unitPriceMinor' | 'quantity' | 'discountBasisPoints'>): number {
  return lineTotalMinor(line.unitPriceMinor, line.quantity, line.discountBasisPoints);
}
