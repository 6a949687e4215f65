import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import type { Settings } from '@dealflow/sdk';
import { EnumColumn, IdColumn, JsonColumn, TextColumn } from '../../database/columns';
import { TenantEntity } from '../../tenancy/tenant-entity';

export enum InstallationScope {
  /** Runs for events attributed to a partner whose group (or own setting) names this installation. */
  ASSIGNED_PARTNERS = 'ASSIGNED_PARTNERS',
  /** Runs for every event of its hooks: rep commission plans, customer referral rewards. */
  ALL_EVENTS = 'ALL_EVENTS',
}
registerEnumType(InstallationScope, { name: 'InstallationScope' });

/**
 * A plugin version switched on for the tenant with its settings. Upgrading pins a new version
 * for events from then on; events already run keep the version they ran with.
 */
@ObjectType({ simpleResolvers: true, description: 'A plugin version installed with its settings.' })
@Entity()
@Index(['tenantId', 'pluginId'])
export class PluginInstallation extends TenantEntity {
  @IdColumn()
  pluginId: string;

  @IdColumn()
  versionId: string;

  @Field(() => String, { description: 'A name telling installations of one plugin apart, e.g. "Gold affiliates".' })
  @TextColumn(120)
  name: string;

  /** Valid against the version's settings schema (checked on every change). */
  @JsonColumn()
  settings: Settings;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Field(() => InstallationScope)
  @EnumColumn()
  scope: InstallationScope;
}
