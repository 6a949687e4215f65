import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { EnumColumn, IdColumn, TextColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';
import { VisibleToPartners } from '../../tenancy/partner-view';

/** OPEN stages are the sales process; every pipeline also has exactly one WON and one LOST. */
export enum StageKind {
  OPEN = 'OPEN',
  WON = 'WON',
  LOST = 'LOST',
}
registerEnumType(StageKind, { name: 'StageKind' });

@ObjectType({ simpleResolvers: true, description: 'A step of a pipeline, with the chance that a deal in it is won.' })
@Entity()
@Index(['tenantId', 'pipelineId', 'position'])
@VisibleToPartners('everything')
export class Stage extends TenantEntity {
  @IdColumn()
  pipelineId: string;

  @Field(() => String)
  @TextColumn(80)
  name: string;

  @Field(() => Int, { description: 'Order within the pipeline, from 0. WON and LOST come last.' })
  @Column({ type: 'int' })
  position: number;

  @Field(() => Int, { description: 'Win probability in percent (0–100), used for the weighted pipeline.' })
  @Column({ type: 'int' })
  probability: number;

  @Field(() => StageKind)
  @EnumColumn()
  kind: StageKind;
}

/** The sales process of DOMAIN.md §2, with the win probability of each step. */
export const DEFAULT_STAGES: ReadonlyArray<{ name: string; probability: number; kind: StageKind }> = [
  { name: 'Prospecting', probability: 10, kind: StageKind.OPEN },
  { name: 'Preparation', probability: 20, kind: StageKind.OPEN },
  { name: 'Approach', probability: 30, kind: StageKind.OPEN },
  { name: 'Presentation', probability: 50, kind: StageKind.OPEN },
  { name: 'Objection handling', probability: 60, kind: StageKind.OPEN },
  { name: 'Closing', probability: 80, kind: StageKind.OPEN },
  { name: 'Follow-up', probability: 90, kind: StageKind.OPEN },
  { name: 'Won', probability: 100, kind: StageKind.WON },
  { name: 'Lost', probability: 0, kind: StageKind.LOST },
];
