import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OptionalText, RequiredText } from '../../graphql/validation';
import { InstallationScope } from './plugin-installation.entity';

@InputType()
export class PublishPluginVersionInput {
  @Field(() => String, { description: 'The bundle `dealflow-plugin build` wrote: one self-contained script.' })
  bundle: string;
}

@InputType()
export class InstallPluginInput {
  @Field(() => ID, { description: 'The version to install (pinned until upgraded).' })
  versionId: string;

  @Field(() => String)
  @RequiredText(120)
  name: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Checked against the version\'s settings schema; defaults fill the gaps.' })
  settings?: Record<string, unknown> | null;

  @Field(() => InstallationScope, { defaultValue: InstallationScope.ASSIGNED_PARTNERS })
  scope: InstallationScope;

  @Field(() => Boolean, { defaultValue: true })
  enabled: boolean;
}

@InputType()
export class UpdateInstallationInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @OptionalText(120)
  name?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Replaces all settings; checked against the schema.' })
  settings?: Record<string, unknown> | null;

  @Field(() => InstallationScope, { nullable: true })
  scope?: InstallationScope | null;

  @Field(() => Boolean, { nullable: true, description: 'A disabled installation runs on no new events.' })
  enabled?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Upgrade (or downgrade) to another version of the same plugin; settings are checked again.' })
  versionId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The installation\'s version as you read it: a concurrent change is refused.' })
  version?: number | null;
}
