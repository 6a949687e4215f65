import { graphql } from '../../gql';

export const SettingsStageFields = graphql(`
  fragment SettingsStage on Stage { id name probability kind position version }
`);

export const SettingsPipelineFields = graphql(`
  fragment SettingsPipeline on Pipeline { id name isDefault version stages { ...SettingsStage } }
`);

export const SettingsPipelinesDocument = graphql(`
  query SettingsPipelines { pipelines(first: 50) { edges { node { ...SettingsPipeline } } } }
`);

export const CreatePipelineDocument = graphql(`
  mutation CreateSettingsPipeline($input: CreatePipelineInput!) { createPipeline(input: $input) { ...SettingsPipeline } }
`);

export const UpdatePipelineDocument = graphql(`
  mutation UpdateSettingsPipeline($input: UpdatePipelineInput!) { updatePipeline(input: $input) { id name isDefault version } }
`);

export const CreateStageDocument = graphql(`
  mutation CreateSettingsStage($input: CreateStageInput!) { createStage(input: $input) { ...SettingsStage } }
`);

export const UpdateStageDocument = graphql(`
  mutation UpdateSettingsStage($input: UpdateStageInput!) { updateStage(input: $input) { ...SettingsStage } }
`);

export const ReorderStagesDocument = graphql(`
  mutation ReorderSettingsStages($input: ReorderStagesInput!) { reorderStages(input: $input) { ...SettingsStage } }
`);

export const DeleteStageDocument = graphql(`
  mutation DeleteSettingsStage($input: DeleteStageInput!) { deleteStage(input: $input) }
`);

export const SettingsUserFields = graphql(`
  fragment SettingsUser on User { id name email role jobTitle active lastLoginAt version }
`);

export const SettingsUsersDocument = graphql(`
  query SettingsUsers { users(first: 100) { totalCount edges { node { ...SettingsUser } } } }
`);

export const UpdateUserDocument = graphql(`
  mutation UpdateSettingsUser($input: UpdateUserInput!) { updateUser(input: $input) { ...SettingsUser } }
`);

export const SettingsInviteFields = graphql(`
  fragment SettingsInvite on Invite { id email role jobTitle expiresAt }
`);

export const InvitesDocument = graphql(`
  query SettingsInvites { invites { ...SettingsInvite } }
`);

export const InviteUserDocument = graphql(`
  mutation InviteSettingsUser($input: InviteUserInput!) { inviteUser(input: $input) { acceptUrl invite { ...SettingsInvite } } }
`);

export const RevokeInviteDocument = graphql(`
  mutation RevokeSettingsInvite($input: IdInput!) { revokeInvite(input: $input) { id } }
`);

export const WorkspaceDocument = graphql(`
  query SettingsWorkspace { tenant { id name slug baseCurrency locale timeZone repsSeeOwnRecordsOnly } }
`);

export const UpdateWorkspaceDocument = graphql(`
  mutation UpdateSettingsWorkspace($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) { id name slug baseCurrency locale timeZone repsSeeOwnRecordsOnly }
  }
`);
