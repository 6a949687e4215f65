import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, TextColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';

export enum PluginKind {
  COMMISSION = 'COMMISSION',
  REWARD = 'REWARD',
}
registerEnumType(PluginKind, { name: 'PluginKind' });

/** A plugin in the tenant's catalogue: a built-in one, or one a partner or the tenant published. */
@ObjectType({ simpleResolvers: true, description: 'Commission or reward logic, published in immutable versions.' })
@Entity()
@Index(['tenantId', 'key'], { unique: true })
export class Plugin extends TenantEntity {
  @Field(() => String, { description: 'The manifest id, e.g. affiliate-commission.' })
  @TextColumn(64)
  key: string;

  @Field(() => String)
  @TextColumn(120)
  name: string;

  @Field(() => String, { nullable: true })
  @TextColumn(500, { nullable: true })
  description: string | null;

  @Field(() => PluginKind)
  @EnumColumn()
  kind: PluginKind;

  @Field(() => Boolean, { description: 'Shipped with Dealflow (packages/plugins).' })
  @Column({ type: 'boolean', default: false })
  builtIn: boolean;
}
