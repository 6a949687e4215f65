import { Arg, Args, Authorized, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Command } from '../../graphql/command';
import { ConnectionType, PageArgs, type Connection } from '../../graphql/connection';
import { IdInput } from '../../graphql/id-input';
import { Session } from '../../graphql/session';
import { Money } from '../../money/money.graphql';
import type { RequestContext } from '../../tenancy/request-context';
import { Product } from './product.entity';
import { CreateProductInput, ProductFilter, ProductOrderBy, UpdateProductInput } from './product.inputs';
import { ProductService } from './product.service';

@ObjectType({ simpleResolvers: true })
export class ProductConnection extends ConnectionType(Product) {}

@Resolver(() => Product)
export class ProductResolver {
  constructor(private readonly service: ProductService) {}

  @Authorized()
  @Query(() => ProductConnection)
  products(
    @Session() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ProductFilter, { nullable: true }) filter?: ProductFilter,
    @Arg('orderBy', () => ProductOrderBy, { nullable: true }) orderBy?: ProductOrderBy,
  ): Promise<Connection<Product>> {
    return this.service.list(ctx, page, filter ?? {}, orderBy);
  }

  @Authorized()
  @Query(() => Product, { nullable: true })
  product(@Session() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Product | null> {
    return ctx.loader(Product).load(id);
  }

  @FieldResolver(() => Money, { description: 'List price of one unit.' })
  unitPrice(@Root() product: Product): Money {
    return Money.of(product.unitPriceMinor, product.currency);
  }

  @Authorized()
  @Command(() => Product)
  createProduct(@Session() ctx: RequestContext, @Arg('input') input: CreateProductInput): Promise<Product> {
    return this.service.create(ctx, input);
  }

  @Authorized()
  @Command(() => Product, { description: 'Send active: false to retire a product instead of deleting it.' })
  updateProduct(@Session() ctx: RequestContext, @Arg('input') input: UpdateProductInput): Promise<Product> {
    return this.service.update(ctx, input);
  }

  @Authorized()
  @Command(() => ID, { description: 'Deletes a product for good (managers and above); returns its id.' })
  deleteProduct(@Session() ctx: RequestContext, @Arg('input') input: IdInput): Promise<string> {
    return this.service.delete(ctx, input.id);
  }
}
