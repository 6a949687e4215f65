import { definedOnly, optionalText } from '../../common/text';
import { SortDirection, paginate, type Connection, type PageArgs, type SortKey } from '../../graphql/connection';
import { UserInputError } from '../../graphql/errors';
import { contains, containsPattern } from '../../graphql/search';
import { assertAmount, assertCurrency } from '../../money/money';
import type { RequestContext } from '../../tenancy/request-context';
import { Role } from '../../tenancy/roles';
import { Product } from './product.entity';
import {
  ProductOrderField,
  type CreateProductInput,
  type ProductFilter,
  type ProductOrderBy,
  type UpdateProductInput,
} from './product.inputs';

const SORT: Record<ProductOrderField, SortKey<Product>> = {
  [ProductOrderField.NAME]: { property: 'name', type: 'string' },
  [ProductOrderField.CREATED_AT]: { property: 'id', type: 'string' },
  [ProductOrderField.UPDATED_AT]: { property: 'updatedAt', type: 'date' },
};

/** The catalogue. Line items belong to the deals module, which refuses inactive products. */
export class ProductService {
  list(ctx: RequestContext, page: PageArgs, filter: ProductFilter = {}, orderBy?: ProductOrderBy): Promise<Connection<Product>> {
    const query = ctx.data.repo(Product).select('p');
    if (filter.search?.trim()) query.andWhere(contains(['p.name', 'p.sku'], 'search'), { search: containsPattern(filter.search) });
    if (filter.active != null) query.andWhere('p.active = :active', { active: filter.active });
    const field = orderBy?.field ?? ProductOrderField.NAME;
    return paginate(query, 'p', page, SORT[field], orderBy?.direction ?? SortDirection.ASC);
  }

  async create(ctx: RequestContext, input: CreateProductInput): Promise<Product> {
    const unitPriceMinor = assertAmount('unitPriceMinor', input.unitPriceMinor);
    const currency = normalizeCurrency(input.currency);
    const sku = optionalText(input.sku) ?? null;
    await this.assertSkuFree(ctx, sku);
    return ctx.data.repo(Product).insert({
      name: input.name.trim(),
      sku,
      description: optionalText(input.description) ?? null,
      unitPriceMinor,
      currency,
      active: input.active,
    });
  }

  async update(ctx: RequestContext, input: UpdateProductInput): Promise<Product> {
    const product = await ctx.data.repo(Product).getById(input.id, 'Product', 'id');
    const name = optionalText(input.name);
    if (name === null) throw new UserInputError('name', 'Name cannot be blank');
    const sku = optionalText(input.sku);
    await this.assertSkuFree(ctx, sku, product.id);
    return ctx.data.repo(Product).update(product, definedOnly({
      name,
      sku,
      description: optionalText(input.description),
      unitPriceMinor: input.unitPriceMinor == null ? undefined : assertAmount('unitPriceMinor', input.unitPriceMinor),
      currency: input.currency == null ? undefined : normalizeCurrency(input.currency),
      active: input.active ?? undefined,
    }));
  }

  async delete(ctx: RequestContext, id: string): Promise<string> {
    ctx.requireRole(Role.MANAGER, 'delete products');
    const product = await ctx.data.repo(Product).getById(id, 'Product', 'id');
    await ctx.data.repo(Product).delete({ id: product.id });
    return product.id;
  }

  /** Case-insensitive on both databases (SQLite's unique index alone would tell ABC-1 from abc-1). */
  private async assertSkuFree(ctx: RequestContext, sku: string | null | undefined, exceptId?: string): Promise<void> {
    if (!sku) return;
    const query = ctx.data.repo(Product).select('p').andWhere('LOWER(p.sku) = LOWER(:sku)', { sku });
    if (exceptId) query.andWhere('p.id <> :exceptId', { exceptId });
    if (await query.getExists()) throw new UserInputError('sku', `Another product already has SKU ${sku}`);
  }
}

function normalizeCurrency(code: string): string {
  return assertCurrency('currency', code.trim().toUpperCase());
}
