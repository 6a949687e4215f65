import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { TextColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';
import { VisibleToPartners } from '../../tenancy/partner-view';

@ObjectType({ simpleResolvers: true, description: 'The ordered stages a deal moves through. A tenant may have several.' })
@Entity()
@Index(['tenantId', 'name'], { unique: true })
@VisibleToPartners('everything')
export class Pipeline extends TenantEntity {
  @Field(() => String)
  @TextColumn(80)
  name: string;

  @Field(() => Boolean, { description: 'New deals and converted leads land here unless told otherwise.' })
  @Column({ type: 'boolean', default: false })
  isDefault: boolean;
}
