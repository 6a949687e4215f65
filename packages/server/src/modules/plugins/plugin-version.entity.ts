import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, TextColumn, TimestampColumn } from '../../database/columns';
import type { PluginManifest } from './plugin-manifest';
import { TenantEntity } from '../../tenancy/tenant-entity';

/**
 * One published version of a plugin: its bundle and manifest, never changed after publishing
 * (the service has no update for it). Ledger entries name the version that made them, so any
 * entry can be replayed through the very code that wrote it.
 */
@ObjectType({ simpleResolvers: true, description: 'An immutable published version of a plugin.' })
@Entity()
@Index(['tenantId', 'pluginId', 'semver'], { unique: true })
export class PluginVersion extends TenantEntity {
  @IdColumn()
  pluginId: string;

  /** (`version` is every row's optimistic-lock counter, hence the longer name.) */
  @Field(() => String, { description: 'Semver, e.g. 1.2.0.' })
  @TextColumn(40)
  semver: string;

  /** The self-contained script, stored as a JSON string. */
  @Field(() => String, { description: 'The bundled code, as it runs in the sandbox.' })
  @JsonColumn()
  bundle: string;

  @Field(() => String, { description: 'sha256 of the bundle.' })
  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  /** JSON of the manifest as the sandbox read it from the bundle (hooks, settings schema, limits). */
  @JsonColumn()
  manifest: PluginManifest;

  @IdColumn()
  publishedById: string;

  @Field(() => Date)
  @TimestampColumn()
  publishedAt: Date;
}
